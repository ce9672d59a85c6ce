import type { Kysely } from 'kysely'
import { idList } from '../db/idList.ts'
import type { Database } from '../db/schema.ts'
import { coversDay, isCounted } from './attendanceRules.ts'
import { forEachOutcome, isExpected, loadClubAttendees, loadMarks } from './expected.ts'

export interface MeetingCount {
  readonly attended: number
  readonly expected: number
  readonly guests: number
  readonly rollCallTaken: boolean
}

/**
 * Attended, expected and guests per meeting, for the meeting list. A meeting without a roll
 * call shows how many members it expects (less those on leave) and nobody attended yet.
 */
export async function meetingCounts(
  db: Kysely<Database>,
  meetingIds: readonly number[],
): Promise<Map<number, MeetingCount>> {
  const counts = new Map<number, MeetingCount>()
  if (meetingIds.length === 0) return counts
  const meetings = await db
    .selectFrom('meeting')
    .select(['id', 'date', 'roll_call_at'])
    .where('id', 'in', idList(meetingIds))
    .execute()
  if (meetings.length === 0) return counts
  const since = meetings.map((m) => m.date).reduce((a, b) => (b < a ? b : a))
  const club = await loadClubAttendees(db, since)
  const marks = await loadMarks(db, meetingIds)
  const guestRows = await db
    .selectFrom('guest_visit')
    .select(['meeting_id', (eb) => eb.fn.countAll<number>().as('guests')])
    .where('meeting_id', 'in', idList(meetingIds))
    .groupBy('meeting_id')
    .execute()
  const guests = new Map(guestRows.map((row) => [row.meeting_id, Number(row.guests)]))

  for (const meeting of meetings) {
    let attended = 0
    let expected = 0
    if (meeting.roll_call_at === null) {
      for (const member of club.attendees) {
        if (!isExpected(member, meeting.date, club.rules)) continue
        if (!coversDay(member.leaves, meeting.date)) expected++
      }
    } else {
      const marked = marks.get(meeting.id) ?? new Map()
      forEachOutcome(meeting.date, club, marked, (_id, _meaning, outcome) => {
        if (isCounted(outcome)) expected++
        if (outcome === 'attended') attended++
      })
    }
    counts.set(meeting.id, {
      attended,
      expected,
      guests: guests.get(meeting.id) ?? 0,
      rollCallTaken: meeting.roll_call_at !== null,
    })
  }
  return counts
}
