import { localToday } from '../clock.ts'
import { memberAccount } from '../dues/account.ts'
import { cancelRun, commitBilling, listRuns, previewBilling } from '../dues/billing.ts'
import { addCredit } from '../dues/credits.ts'
import { addExtraCharges } from '../dues/extraCharges.ts'
import { listTypeFees, saveSchedule } from '../dues/feeSchedules.ts'
import { setMemberFee } from '../dues/memberFees.ts'
import { outstanding } from '../dues/outstanding.ts'
import { recordPayment, reverseBookedPayment } from '../dues/payments.ts'
import type { Handlers } from './context.ts'

type DuesProcedures =
  | 'dues/types'
  | 'dues/saveSchedule'
  | 'dues/setMemberFee'
  | 'dues/extraCharge'
  | 'dues/billPreview'
  | 'dues/billCommit'
  | 'dues/runs'
  | 'dues/cancelRun'
  | 'dues/account'
  | 'dues/pay'
  | 'dues/reversePayment'
  | 'dues/credit'
  | 'dues/outstanding'

export const duesHandlers: Pick<Handlers, DuesProcedures> = {
  'dues/types': async (_input, { session, clock }) => listTypeFees(session.requireClub().db, clock),
  'dues/saveSchedule': async (schedule, { session, clock }) => {
    const { db } = session.requireClub()
    await saveSchedule(db, schedule, clock)
    return listTypeFees(db, clock)
  },
  'dues/setMemberFee': async (fee, { session, clock }) => {
    const { db } = session.requireClub()
    await setMemberFee(db, fee, clock)
    return memberAccount(db, fee.memberId, localToday(clock))
  },
  'dues/extraCharge': async (input, { session, clock }) =>
    addExtraCharges(session.requireClub().db, input, clock),
  'dues/billPreview': async ({ period }, { session }) =>
    previewBilling(session.requireClub().db, period),
  'dues/billCommit': async ({ period }, { session, clock }) =>
    commitBilling(session.requireClub().db, period, clock),
  'dues/runs': async (_input, { session }) => listRuns(session.requireClub().db),
  'dues/cancelRun': async (input, { session, clock }) =>
    cancelRun(session.requireClub().db, input, clock),
  'dues/account': async ({ memberId }, { session, clock }) =>
    memberAccount(session.requireClub().db, memberId, localToday(clock)),
  'dues/pay': async (payment, { session, clock }) => {
    const { db } = session.requireClub()
    await db.transaction().execute((trx) => recordPayment(trx, payment, clock))
    return memberAccount(db, payment.memberId, localToday(clock))
  },
  'dues/reversePayment': async (reversal, { session, clock }) => {
    const { db } = session.requireClub()
    const memberId = await db.transaction().execute(async (trx) => {
      const id = await reverseBookedPayment(trx, reversal, clock)
      const row = await trx
        .selectFrom('payment')
        .select('member_id')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
      return row.member_id
    })
    return memberAccount(db, memberId, localToday(clock))
  },
  'dues/credit': async (credit, { session, clock }) => {
    const { db } = session.requireClub()
    await db
      .transaction()
      .execute((trx) => addCredit(trx, { ...credit, reason: 'reduction' }, clock))
    return memberAccount(db, credit.memberId, localToday(clock))
  },
  'dues/outstanding': async (query, { session, clock }) =>
    outstanding(session.requireClub().db, query, clock),
}
