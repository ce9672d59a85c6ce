import { countKeys } from '../../api/attendanceCounts.ts'
import type { AttendanceCounts } from '../../api/attendance.ts'
import type { AttendanceMeaning } from '../../api/meetings.ts'
import type { Outcome } from './attendanceRules.ts'

/** Counts being added up. */
export type Counts = { -readonly [K in keyof AttendanceCounts]: AttendanceCounts[K] }

export const noCounts = (): Counts => ({
  present: 0,
  absent: 0,
  excused: 0,
  makeUp: 0,
  leave: 0,
  late: 0,
  medical: 0,
  substitute: 0,
})

/** Adds `counts` into `sum`. */
export function addCounts(sum: Counts, counts: AttendanceCounts): void {
  for (const key of Object.values(countKeys)) sum[key] += counts[key]
}

/**
 * Where a member's mark at a meeting is counted: under its code's meaning, and without a mark
 * as absent — or as on leave when a leave of absence covered the day.
 */
export function countKeyOf(
  meaning: AttendanceMeaning | null,
  outcome: Outcome,
): keyof AttendanceCounts {
  if (meaning !== null) return countKeys[meaning]
  return outcome === 'excluded' ? 'leave' : 'absent'
}
