import type { Kysely } from 'kysely'
import type { MeetingPoint } from '../../api/attendance.ts'
import type { DateRange } from '../../api/meetings.ts'
import type { Database } from '../db/schema.ts'
import { isCounted, percentOf } from './attendanceRules.ts'
import { countKeyOf, noCounts, type Counts } from './countKeys.ts'
import { forEachOutcome, loadClubAttendees, loadMarks } from './expected.ts'

/** One member's figures over a period. */
export interface Tally {
  readonly counts: Counts
  expected: number
  attended: number
  /** Absences from `windowFrom` to the period's end (BNI's rolling six months). */
  absencesRolling: number
  /** Took part in a meeting of the period (not only in the window before it). */
  inPeriod: boolean
}

export interface TallyRange extends DateRange {
  /** Where the absences window starts; before `from` it reads meetings outside the period. */
  readonly windowFrom: string
  /** The last day whose meetings count: a meeting moved past today has not been held again. */
  readonly heldUntil: string
}

export interface AttendanceTally {
  readonly tallies: ReadonlyMap<number, Tally>
  /** A point per meeting of the period, for the chart. */
  readonly points: readonly MeetingPoint[]
}

/**
 * Counts the meetings held with a roll call (cancelled ones never count) per member and per
 * meeting, by the attendance rules. Members, marks and leaves are read once and counted here,
 * so five years of a large club stay a handful of queries.
 */
export async function tallyAttendance(
  db: Kysely<Database>,
  range: TallyRange,
): Promise<AttendanceTally> {
  const since = range.windowFrom < range.from ? range.windowFrom : range.from
  const until = range.heldUntil < range.to ? range.heldUntil : range.to
  const meetings = await db
    .selectFrom('meeting')
    .select(['id', 'date'])
    .where('date', '>=', since)
    .where('date', '<=', until)
    .where('status', '=', 'scheduled')
    .where('roll_call_at', 'is not', null)
    .orderBy('date')
    .orderBy('id')
    .execute()
  const tallies = new Map<number, Tally>()
  const points: MeetingPoint[] = []
  if (meetings.length === 0) return { tallies, points }
  const club = await loadClubAttendees(db, since)
  const marks = await loadMarks(
    db,
    meetings.map((meeting) => meeting.id),
  )
  for (const meeting of meetings) {
    const inPeriod = meeting.date >= range.from
    const inWindow = meeting.date >= range.windowFrom
    let attended = 0
    let expected = 0
    forEachOutcome(
      meeting.date,
      club,
      marks.get(meeting.id) ?? new Map(),
      (id, meaning, outcome) => {
        let tally = tallies.get(id)
        if (tally === undefined) {
          tally = {
            counts: noCounts(),
            expected: 0,
            attended: 0,
            absencesRolling: 0,
            inPeriod: false,
          }
          tallies.set(id, tally)
        }
        if (inWindow && outcome === 'absent') tally.absencesRolling++
        if (!inPeriod) return
        tally.inPeriod = true
        tally.counts[countKeyOf(meaning, outcome)]++
        if (isCounted(outcome)) {
          tally.expected++
          expected++
        }
        if (outcome === 'attended') {
          tally.attended++
          attended++
        }
      },
    )
    if (inPeriod) {
      points.push({
        meetingId: meeting.id,
        date: meeting.date,
        percent: percentOf(attended, expected),
        attended,
        expected,
      })
    }
  }
  return { tallies, points }
}
