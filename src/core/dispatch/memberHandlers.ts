import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'
import { setConsent } from '../members/consent.ts'
import { memberLocale } from '../members/locale.ts'
import { listMembers } from '../members/memberList.ts'
import { getMember, lookupMembers } from '../members/memberRead.ts'
import { changeStatus } from '../members/memberStatus.ts'
import { createMember, updateMember } from '../members/memberWrite.ts'
import { setPhoto } from '../members/photo.ts'
import type { Handlers } from './context.ts'

/** Runs `work` in one transaction and answers with the member as it now is. */
async function write(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<number>) {
  const id = await db.transaction().execute(work)
  return getMember(db, id)
}

type MemberProcedures =
  | 'members/list'
  | 'members/lookup'
  | 'members/get'
  | 'members/create'
  | 'members/update'
  | 'members/changeStatus'
  | 'members/setPhoto'
  | 'members/setConsent'

export const memberHandlers: Pick<Handlers, MemberProcedures> = {
  'members/list': async (query, { session, clock }) => {
    const { db } = session.requireClub()
    return listMembers(db, query, await memberLocale(db), clock)
  },
  'members/lookup': async ({ search, kind }, { session }) => {
    const { db } = session.requireClub()
    return lookupMembers(db, search, kind, await memberLocale(db))
  },
  'members/get': async ({ id }, { session }) => getMember(session.requireClub().db, id),
  // The form's writes meet the classification policy; the reason, if given, lets them exceed it.
  'members/create': async ({ member, status, override }, { session, clock }) =>
    write(session.requireClub().db, (trx) =>
      createMember(trx, member, status, clock, { override: override ?? null }),
    ),
  'members/update': async ({ id, member, override }, { session, clock }) =>
    write(session.requireClub().db, async (trx) => {
      await updateMember(trx, id, member, clock, null, { override: override ?? null })
      return id
    }),
  'members/changeStatus': async ({ id, action, date, note, override }, { session, clock }) =>
    write(session.requireClub().db, async (trx) => {
      await changeStatus(trx, id, action, date, note, clock, { override: override ?? null })
      return id
    }),
  'members/setPhoto': async ({ id, dataUrl }, { session, clock }) =>
    write(session.requireClub().db, async (trx) => {
      await setPhoto(trx, id, dataUrl, clock)
      return id
    }),
  'members/setConsent': async ({ id, kind, granted, date }, { session, clock }) =>
    write(session.requireClub().db, async (trx) => {
      await setConsent(trx, id, kind, granted, date, clock)
      return id
    }),
}
