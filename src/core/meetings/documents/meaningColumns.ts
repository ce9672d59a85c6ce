import { countKeys } from '../../../api/attendanceCounts.ts'
import type { Locale } from '../../../api/club.ts'
import type { AttendanceCounts } from '../../../api/attendance.ts'
import type { AttendanceCode, AttendanceMeaning } from '../../../api/meetings.ts'
import { meaningText } from './documentText.ts'

export interface MeaningColumn {
  readonly key: keyof AttendanceCounts
  readonly label: string
}

/**
 * A count column per code the club uses, in the roll call's order and under the club's own
 * label; a meaning whose code was retired still gets a column when it was counted. Unmarked
 * members count as absent, so that column is always there.
 */
export function meaningColumns(
  codes: readonly AttendanceCode[],
  counted: readonly AttendanceCounts[],
  locale: Locale,
): MeaningColumn[] {
  const columns: MeaningColumn[] = []
  const seen = new Set<AttendanceMeaning>()
  const add = (meaning: AttendanceMeaning, label: string) => {
    if (seen.has(meaning)) return
    seen.add(meaning)
    columns.push({ key: countKeys[meaning], label })
  }
  for (const code of codes) {
    const used = counted.some((counts) => counts[countKeys[code.meaning]] > 0)
    if (code.active || used) add(code.meaning, locale === 'de' ? code.labelDe : code.labelEn)
  }
  for (const meaning of Object.keys(countKeys) as AttendanceMeaning[]) {
    const used = counted.some((counts) => counts[countKeys[meaning]] > 0)
    if (used || meaning === 'absent') add(meaning, meaningText[locale][meaning])
  }
  return columns
}
