import { isoTimestamp } from '../clock.ts'
import { getMember } from '../members/memberRead.ts'
import {
  assignOffice,
  currentBoard,
  endOffice,
  listRoles,
  removeOffice,
  saveRole,
} from '../members/offices.ts'
import {
  listCustomFields,
  listMembershipTypes,
  saveCustomField,
  saveMembershipType,
} from '../members/rosterLists.ts'
import type { Handlers } from './context.ts'

type RosterProcedures =
  | 'roles/list'
  | 'roles/save'
  | 'offices/assign'
  | 'offices/end'
  | 'offices/remove'
  | 'board/current'
  | 'customFields/list'
  | 'customFields/save'
  | 'membershipTypes/list'
  | 'membershipTypes/save'

export const rosterHandlers: Pick<Handlers, RosterProcedures> = {
  'roles/list': async (_input, { session }) => listRoles(session.requireClub().db),
  'roles/save': async (role, { session }) => {
    const { db } = session.requireClub()
    await saveRole(db, role)
    return listRoles(db)
  },
  'offices/assign': async (office, { session, clock }) => {
    const { db } = session.requireClub()
    await db.transaction().execute((trx) => assignOffice(trx, office, clock))
    return getMember(db, office.memberId)
  },
  'offices/end': async ({ officeId, endDate }, { session, clock }) => {
    const { db } = session.requireClub()
    const memberId = await db
      .transaction()
      .execute((trx) => endOffice(trx, officeId, endDate, clock))
    return getMember(db, memberId)
  },
  'offices/remove': async ({ officeId }, { session, clock }) => {
    const { db } = session.requireClub()
    const memberId = await db.transaction().execute((trx) => removeOffice(trx, officeId, clock))
    return getMember(db, memberId)
  },
  'board/current': async ({ date }, { session, clock }) =>
    currentBoard(session.requireClub().db, date ?? isoTimestamp(clock).slice(0, 10)),
  'customFields/list': async (_input, { session }) => listCustomFields(session.requireClub().db),
  'customFields/save': async (field, { session }) => {
    const { db } = session.requireClub()
    await saveCustomField(db, field)
    return listCustomFields(db)
  },
  'membershipTypes/list': async (_input, { session }) =>
    listMembershipTypes(session.requireClub().db),
  'membershipTypes/save': async (type, { session }) => {
    const { db } = session.requireClub()
    await saveMembershipType(db, type)
    return listMembershipTypes(db)
  },
}
