import type { Kysely } from 'kysely'
import type { AttendanceMeaning } from '../../api/meetings.ts'
import type { MemberStatus } from '../../api/members.ts'
import { idList } from '../db/idList.ts'
import type { Database } from '../db/schema.ts'
import { classify, coversDay, type LeaveRange, type Outcome } from './attendanceRules.ts'

/** What decides whether a member is expected at a meeting, read once for many meetings. */
export interface Attendee {
  readonly id: number
  readonly kind: 'person' | 'organisation'
  readonly status: MemberStatus
  readonly joinDate: string | null
  readonly leaveDate: string | null
  readonly leaves: readonly LeaveRange[]
}

export interface ExpectationRules {
  readonly expectHonorary: boolean
  readonly yearStartMonth: number
}

/** One attendance row, as the figures need it. */
export interface MarkFact {
  readonly memberId: number
  readonly meaning: AttendanceMeaning
  readonly makeUpDate: string
}

export async function expectationRules(db: Kysely<Database>): Promise<ExpectationRules> {
  const club = await db
    .selectFrom('club')
    .select(['expect_honorary', 'year_start_month'])
    .executeTakeFirstOrThrow()
  return { expectHonorary: club.expect_honorary === 1, yearStartMonth: club.year_start_month }
}

/**
 * Expected at a meeting on `date`: persons (organisations do not attend) who are active, or
 * honorary when the club expects them, joined by that day and had not left before it. A former
 * member is expected at the meetings before the day they left, so past figures stay as they
 * were when the member leaves.
 */
export function isExpected(member: Attendee, date: string, rules: ExpectationRules): boolean {
  if (member.kind !== 'person') return false
  if (member.joinDate !== null && member.joinDate > date) return false
  if (member.leaveDate !== null && member.leaveDate <= date) return false
  switch (member.status) {
    case 'active':
      return true
    case 'honorary':
      return rules.expectHonorary
    case 'former':
      return member.leaveDate !== null
    case 'on_leave':
    case 'prospect':
      return false
  }
}

/**
 * The members who may take part in meetings from `since` on (persons who had not left before),
 * with their leaves. Members marked although not among them still count through their marks.
 */
async function loadAttendees(db: Kysely<Database>, since: string): Promise<Attendee[]> {
  const rows = await db
    .selectFrom('member')
    .select(['id', 'kind', 'status', 'join_date', 'leave_date'])
    .where('kind', '=', 'person')
    .where((eb) => eb.or([eb('leave_date', 'is', null), eb('leave_date', '>', since)]))
    .execute()
  const leaveRows = await db
    .selectFrom('member_leave')
    .select(['member_id', 'from_date', 'to_date'])
    .where('to_date', '>=', since)
    .execute()
  const leaves = new Map<number, LeaveRange[]>()
  for (const row of leaveRows) {
    const list = leaves.get(row.member_id) ?? []
    list.push({ from: row.from_date, to: row.to_date })
    leaves.set(row.member_id, list)
  }
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    status: row.status,
    joinDate: row.join_date,
    leaveDate: row.leave_date,
    leaves: leaves.get(row.id) ?? [],
  }))
}

/** The members and rules of a club for counting many meetings, read once. */
export interface ClubAttendees {
  readonly attendees: readonly Attendee[]
  readonly ids: ReadonlySet<number>
  readonly rules: ExpectationRules
}

export async function loadClubAttendees(
  db: Kysely<Database>,
  since: string,
): Promise<ClubAttendees> {
  const attendees = await loadAttendees(db, since)
  return {
    attendees,
    ids: new Set(attendees.map((member) => member.id)),
    rules: await expectationRules(db),
  }
}

/**
 * Every member that counts at a meeting with a roll call, with what their mark amounts to:
 * the expected ones (unmarked = absent) and those marked although not expected.
 */
export function forEachOutcome(
  date: string,
  club: ClubAttendees,
  marks: ReadonlyMap<number, MarkFact>,
  visit: (memberId: number, meaning: AttendanceMeaning | null, outcome: Outcome) => void,
): void {
  const { rules } = club
  for (const member of club.attendees) {
    const mark = marks.get(member.id)
    if (mark === undefined && !isExpected(member, date, rules)) continue
    const meaning = mark?.meaning ?? null
    const outcome = classify({
      meaning,
      meetingDate: date,
      makeUpDate: mark?.makeUpDate ?? '',
      onLeave: member.leaves.length > 0 && coversDay(member.leaves, date),
      yearStartMonth: rules.yearStartMonth,
    })
    visit(member.id, meaning, outcome)
  }
  for (const mark of marks.values()) {
    if (club.ids.has(mark.memberId)) continue
    const outcome = classify({
      meaning: mark.meaning,
      meetingDate: date,
      makeUpDate: mark.makeUpDate,
      onLeave: false,
      yearStartMonth: rules.yearStartMonth,
    })
    visit(mark.memberId, mark.meaning, outcome)
  }
}

/**
 * Attendance rows of the given meetings, grouped by meeting and member. Each row is read
 * straight into the shape the figures use: a five-year report reads tens of thousands.
 */
export async function loadMarks(
  db: Kysely<Database>,
  meetingIds: readonly number[],
): Promise<Map<number, Map<number, MarkFact>>> {
  const byMeeting = new Map<number, Map<number, MarkFact>>()
  if (meetingIds.length === 0) return byMeeting
  const rows = await db
    .selectFrom('attendance')
    .innerJoin('attendance_code', 'attendance_code.id', 'attendance.code_id')
    .select([
      'attendance.meeting_id as meetingId',
      'attendance.member_id as memberId',
      'attendance_code.meaning as meaning',
      'attendance.make_up_date as makeUpDate',
    ])
    .where('attendance.meeting_id', 'in', idList(meetingIds))
    .execute()
  for (const row of rows) {
    let marks = byMeeting.get(row.meetingId)
    if (marks === undefined) {
      marks = new Map()
      byMeeting.set(row.meetingId, marks)
    }
    marks.set(row.memberId, row)
  }
  return byMeeting
}
