import type { Kysely } from 'kysely'
import type { AttendanceReport, MemberAttendance } from '../../api/attendance.ts'
import type { DateRange, MeetingSettings } from '../../api/meetings.ts'
import { localToday, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { percentOf, rollingWindow } from './attendanceRules.ts'
import { tallyAttendance, type Tally } from './attendanceTally.ts'
import { sortedRefs } from './memberRefs.ts'
import { checkRange, listYears } from './range.ts'
import { getMeetingSettings } from './settings.ts'

/**
 * Attendance per member and for the club over `range`: the meetings held with a roll call,
 * each member's counts by meaning, percentage and BNI absences in the six months up to the
 * period's end, and a point per meeting for the chart.
 */
export async function attendanceReport(
  db: Kysely<Database>,
  range: DateRange,
  clock: Clock,
): Promise<AttendanceReport> {
  const { from, to } = range
  checkRange(from, to, listYears)
  const settings = await getMeetingSettings(db)
  const today = localToday(clock)
  // The six months that count end with the period, or today for a period not over yet.
  const { tallies, points } = await tallyAttendance(db, {
    from,
    to,
    windowFrom: rollingWindow(to < today ? to : today).from,
    heldUntil: today,
  })
  const attended = points.reduce((sum, point) => sum + point.attended, 0)
  const expected = points.reduce((sum, point) => sum + point.expected, 0)
  return {
    from,
    to,
    meetings: points.length,
    members: await memberRows(db, tallies, settings),
    points,
    clubPercent: percentOf(attended, expected),
    thresholdPercent: settings.thresholdPercent,
    absenceLimit: settings.absenceLimit,
  }
}

/** The members who took part in the period's figures, in the club language's name order. */
async function memberRows(
  db: Kysely<Database>,
  tallies: ReadonlyMap<number, Tally>,
  settings: MeetingSettings,
): Promise<MemberAttendance[]> {
  const ids = [...tallies].filter(([, tally]) => tally.inPeriod).map(([id]) => id)
  const refs = await sortedRefs(db, ids)
  return refs.flatMap((member) => {
    const tally = tallies.get(member.id)
    if (tally === undefined) return []
    const percent = percentOf(tally.attended, tally.expected)
    return [
      {
        member,
        counts: tally.counts,
        expected: tally.expected,
        attended: tally.attended,
        percent,
        belowThreshold: percent !== null && percent < settings.thresholdPercent,
        absencesRolling: tally.absencesRolling,
        overAbsenceLimit: tally.absencesRolling >= settings.absenceLimit,
      },
    ]
  })
}
