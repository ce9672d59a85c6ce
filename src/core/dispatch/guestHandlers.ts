import { convertGuest } from '../guests/convert.ts'
import { listGuests, saveGuest } from '../guests/guests.ts'
import { recordVisit, removeVisit } from '../guests/visits.ts'
import type { Handlers } from './context.ts'

type GuestProcedures =
  'guests/list' | 'guests/save' | 'guests/recordVisit' | 'guests/removeVisit' | 'guests/convert'

export const guestHandlers: Pick<Handlers, GuestProcedures> = {
  'guests/list': async (query, { session }) => listGuests(session.requireClub().db, query),
  'guests/save': async (input, { session, clock }) =>
    saveGuest(session.requireClub().db, input, clock),
  'guests/recordVisit': async (input, { session, clock }) =>
    recordVisit(session.requireClub().db, input, clock),
  'guests/removeVisit': async ({ id }, { session }) => removeVisit(session.requireClub().db, id),
  'guests/convert': async ({ id }, { session, clock }) =>
    convertGuest(session.requireClub().db, id, clock),
}
