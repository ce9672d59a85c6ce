import type { Kysely } from 'kysely'
import type { RollCall, RollCallRow } from '../../api/attendance.ts'
import type { Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { meetingVisits } from '../guests/visits.ts'
import { refColumns, toRef } from '../members/memberRef.ts'
import { attendanceCodes } from './codes.ts'
import { expectationRules, isExpected } from './expected.ts'
import { getMeetingRow, toMeeting, type MeetingRow } from './meetingRows.ts'
import { sortKeyColumn } from './memberRefs.ts'

export interface RollCallQuery {
  readonly meetingId: number
  readonly includeOthers: boolean
}

/** Listed on request besides the expected members. */
const otherStatuses = new Set(['honorary', 'on_leave', 'prospect'])

/**
 * The roll call of a meeting: every expected member, those marked although not expected, and
 * on request the others (honorary, on leave, prospects), in the club language's name order
 * (DIN 5007-2 for German clubs); with the club's codes and the meeting's guests.
 */
export async function rollCall(
  db: Kysely<Database>,
  query: RollCallQuery,
  // The roll call needs no "today"; the clock keeps the signature its callers share.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  clock: Clock,
): Promise<RollCall> {
  const meeting = await getMeetingRow(db, query.meetingId)
  return {
    meeting: toMeeting(meeting),
    codes: await attendanceCodes(db),
    rows: await rollCallRows(db, meeting, query.includeOthers ? 'others' : 'expected'),
    visits: await meetingVisits(db, meeting.id),
  }
}

/** The row of one member at a meeting, listed or not. */
export async function rollCallRow(
  db: Kysely<Database>,
  meetingId: number,
  memberId: number,
): Promise<RollCallRow | undefined> {
  const meeting = await getMeetingRow(db, meetingId)
  const [row] = await rollCallRows(db, meeting, memberId)
  return row
}

/** `expected`: expected and marked members; `others`: also the others; a number: that member. */
async function rollCallRows(
  db: Kysely<Database>,
  meeting: MeetingRow,
  which: 'expected' | 'others' | number,
): Promise<RollCallRow[]> {
  const sortKey = await sortKeyColumn(db)
  const rules = await expectationRules(db)
  const marks = await db
    .selectFrom('attendance')
    .selectAll()
    .where('meeting_id', '=', meeting.id)
    .execute()
  const marked = new Map(marks.map((mark) => [mark.member_id, mark]))
  let memberQuery = db
    .selectFrom('member')
    .select([...refColumns, 'status', 'join_date', 'leave_date', sortKey])
    .orderBy(sortKey)
    .orderBy('id')
  memberQuery =
    typeof which === 'number'
      ? memberQuery.where('id', '=', which)
      : memberQuery.where((eb) =>
          eb.or([
            eb.and([
              eb('kind', '=', 'person'),
              eb.or([eb('leave_date', 'is', null), eb('leave_date', '>', meeting.date)]),
            ]),
            eb(
              'id',
              'in',
              eb.selectFrom('attendance').select('member_id').where('meeting_id', '=', meeting.id),
            ),
          ]),
        )
  const members = await memberQuery.execute()
  const onLeave = await onLeaveAt(db, meeting.date)

  const rows: RollCallRow[] = []
  for (const member of members) {
    const expected = isExpected(
      {
        id: member.id,
        kind: member.kind,
        status: member.status,
        joinDate: member.join_date,
        leaveDate: member.leave_date,
        leaves: [],
      },
      meeting.date,
      rules,
    )
    const mark = marked.get(member.id)
    const listed =
      typeof which === 'number' ||
      expected ||
      mark !== undefined ||
      (which === 'others' && member.kind === 'person' && otherStatuses.has(member.status))
    if (!listed) continue
    rows.push({
      memberId: member.id,
      codeId: mark?.code_id ?? null,
      makeUpDate: mark?.make_up_date ?? '',
      makeUpClub: mark?.make_up_club ?? '',
      substituteName: mark?.substitute_name ?? '',
      note: mark?.note ?? '',
      member: toRef(member),
      status: member.status,
      onLeave: onLeave.has(member.id),
      expected,
    })
  }
  return rows
}

/** The members on a leave of absence that covers `date`. */
async function onLeaveAt(db: Kysely<Database>, date: string): Promise<Set<number>> {
  const rows = await db
    .selectFrom('member_leave')
    .select('member_id')
    .where('from_date', '<=', date)
    .where('to_date', '>=', date)
    .execute()
  return new Set(rows.map((row) => row.member_id))
}
