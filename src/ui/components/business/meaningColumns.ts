import { countKeys } from '../../../api/attendanceCounts.ts'
import type { ClubKind } from '../../../api/club.ts'
import { type AttendanceCounts } from '../../../api/attendance.ts'
import { attendanceMeanings, type AttendanceMeaning } from '../../../api/meetings.ts'

/** What each kind of club records: BNI's PALMS, Rotary's and Lions' make-ups and leave. */
function kindMeanings(kind: ClubKind): readonly AttendanceMeaning[] {
  if (kind === 'bni') return ['present', 'absent', 'late', 'medical', 'substitute']
  if (kind === 'rotary' || kind === 'lions')
    return ['present', 'absent', 'excused', 'make_up', 'leave']
  return ['present', 'absent', 'excused']
}

/**
 * The count columns of a report: those the club's kind records, and any other that was counted
 * in the period (a club may have added a code of its own).
 */
export function shownMeanings(
  kind: ClubKind,
  counted: readonly AttendanceCounts[],
): AttendanceMeaning[] {
  const usual = kindMeanings(kind)
  return attendanceMeanings.filter(
    (meaning) =>
      usual.includes(meaning) || counted.some((counts) => counts[countKeys[meaning]] > 0),
  )
}

/** Room for the longest of the two languages' labels in a count column's header. */
export function meaningWidth(meaning: AttendanceMeaning): number {
  if (meaning === 'excused' || meaning === 'leave') return 96
  if (meaning === 'make_up' || meaning === 'substitute') return 90
  return 84
}
