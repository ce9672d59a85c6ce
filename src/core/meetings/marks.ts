import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import { isIsoDate } from '../../api/members.ts'
import type { MarkInput } from '../../api/attendance.ts'
import { isoTimestamp, localToday, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { inTransaction } from '../db/transaction.ts'
import { getMeetingRow, messageDate, refuseCancelled } from './meetingRows.ts'
import { refOf, requireMembers } from './memberRefs.ts'

/**
 * Records marks of one meeting in one transaction: a code sets the member's mark, `codeId`
 * null takes it back (unmarked again). Answers with the ids of the members marked, in input
 * order.
 */
export async function markAttendance(
  db: Kysely<Database>,
  meetingId: number,
  marks: readonly MarkInput[],
  clock: Clock,
): Promise<number[]> {
  return inTransaction(db, async (trx) => {
    const meeting = await getMeetingRow(trx, meetingId)
    await refuseCancelled(trx, meeting)
    if (meeting.date > localToday(clock)) {
      throw new KreisError('attendance.notHeldYet', { date: await messageDate(trx, meeting.date) })
    }
    await checkMarks(trx, marks)
    const now = isoTimestamp(clock)
    for (const mark of marks) {
      if (mark.codeId === null) {
        await trx
          .deleteFrom('attendance')
          .where('meeting_id', '=', meetingId)
          .where('member_id', '=', mark.memberId)
          .execute()
        continue
      }
      const values = {
        code_id: mark.codeId,
        make_up_date: mark.makeUpDate,
        make_up_club: mark.makeUpClub,
        substitute_name: mark.substituteName,
        note: mark.note,
        recorded_at: now,
      }
      await trx
        .insertInto('attendance')
        .values({ meeting_id: meetingId, member_id: mark.memberId, ...values })
        .onConflict((oc) => oc.columns(['meeting_id', 'member_id']).doUpdateSet(values))
        .execute()
    }
    await settleRollCall(trx, meeting, now)
    return marks.map((mark) => mark.memberId)
  })
}

/**
 * The first mark takes the roll call, from which on the meeting counts in the figures. Marks
 * all taken back (a meeting marked by mistake) take it back too: an empty roll call would count
 * every expected member as absent.
 */
async function settleRollCall(
  trx: Kysely<Database>,
  meeting: { readonly id: number; readonly roll_call_at: string | null },
  now: string,
): Promise<void> {
  const marked = await trx
    .selectFrom('attendance')
    .select('member_id')
    .where('meeting_id', '=', meeting.id)
    .limit(1)
    .executeTakeFirst()
  const rollCallAt = marked === undefined ? null : (meeting.roll_call_at ?? now)
  if (rollCallAt === meeting.roll_call_at) return
  await trx
    .updateTable('meeting')
    .set({ roll_call_at: rollCallAt })
    .where('id', '=', meeting.id)
    .execute()
}

/** Members and codes exist; a make-up names its date and club, a substitute their name. */
async function checkMarks(db: Kysely<Database>, marks: readonly MarkInput[]): Promise<void> {
  const names = await requireMembers(
    db,
    marks.map((mark) => mark.memberId),
  )
  const codes = new Map(
    (await db.selectFrom('attendance_code').select(['id', 'meaning']).execute()).map((code) => [
      code.id,
      code.meaning,
    ]),
  )
  for (const mark of marks) {
    if (mark.codeId === null) continue
    const name = refOf(names, mark.memberId).displayName
    const meaning = codes.get(mark.codeId)
    if (meaning === undefined) throw new KreisError('attendance.codeNotFound', { id: mark.codeId })
    if (meaning === 'make_up' && (mark.makeUpDate === '' || mark.makeUpClub === '')) {
      throw new KreisError('attendance.makeUpDetails', { member: name })
    }
    // The contract checks the date, but callers inside core (the CLI) build marks themselves.
    if (meaning === 'make_up' && !isIsoDate(mark.makeUpDate)) {
      throw new KreisError('input.invalid', { field: 'makeUpDate', reason: 'date' })
    }
    if (meaning === 'substitute' && mark.substituteName === '') {
      throw new KreisError('attendance.substituteName', { member: name })
    }
  }
}
