import { chapterReport } from '../referrals/chapterReport.ts'
import { memberReport } from '../referrals/memberReport.ts'
import { deleteOneToOne, listOneToOnes, saveOneToOne } from '../referrals/oneToOnes.ts'
import { deleteReferral, listReferrals, saveReferral } from '../referrals/referrals.ts'
import { deleteTyfcb, listTyfcb, saveTyfcb } from '../referrals/tyfcb.ts'
import type { Handlers } from './context.ts'

type ReferralProcedures =
  | 'referrals/list'
  | 'referrals/save'
  | 'referrals/delete'
  | 'tyfcb/list'
  | 'tyfcb/save'
  | 'tyfcb/delete'
  | 'oneToOnes/list'
  | 'oneToOnes/save'
  | 'oneToOnes/delete'
  | 'referrals/chapterReport'
  | 'referrals/memberReport'

export const referralHandlers: Pick<Handlers, ReferralProcedures> = {
  'referrals/list': async (query, { session }) => listReferrals(session.requireClub().db, query),
  'referrals/save': async (input, { session, clock }) =>
    saveReferral(session.requireClub().db, input, clock),
  'referrals/delete': async ({ id }, { session }) => deleteReferral(session.requireClub().db, id),
  'tyfcb/list': async (query, { session }) => listTyfcb(session.requireClub().db, query),
  'tyfcb/save': async (input, { session, clock }) =>
    saveTyfcb(session.requireClub().db, input, clock),
  'tyfcb/delete': async ({ id }, { session }) => deleteTyfcb(session.requireClub().db, id),
  'oneToOnes/list': async (query, { session }) => listOneToOnes(session.requireClub().db, query),
  'oneToOnes/save': async (input, { session, clock }) =>
    saveOneToOne(session.requireClub().db, input, clock),
  'oneToOnes/delete': async ({ id }, { session }) => deleteOneToOne(session.requireClub().db, id),
  'referrals/chapterReport': async (range, { session, clock }) =>
    chapterReport(session.requireClub().db, range, clock),
  'referrals/memberReport': async ({ memberId, range }, { session }) =>
    memberReport(session.requireClub().db, memberId, range),
}
