import type { AttendanceCounts } from './attendance.ts'
import type { AttendanceMeaning } from './meetings.ts'

/**
 * Where a code's meaning is counted: one mapping for the tally in core, the report documents
 * and the renderer's report columns.
 */
export const countKeys: Readonly<Record<AttendanceMeaning, keyof AttendanceCounts>> = {
  present: 'present',
  absent: 'absent',
  excused: 'excused',
  make_up: 'makeUp',
  leave: 'leave',
  late: 'late',
  medical: 'medical',
  substitute: 'substitute',
}
