import { KreisError } from '../../api/errors.ts'
import { attendanceReport } from '../meetings/attendanceReport.ts'
import { deleteLeave, listLeaves, saveLeave } from '../meetings/leaves.ts'
import { markAttendance } from '../meetings/marks.ts'
import { rollCall, rollCallRow } from '../meetings/rollCall.ts'
import type { Handlers } from './context.ts'

type AttendanceProcedures =
  | 'attendance/rollCall'
  | 'attendance/mark'
  | 'attendance/markMany'
  | 'attendance/leaves'
  | 'attendance/saveLeave'
  | 'attendance/deleteLeave'
  | 'attendance/report'

export const attendanceHandlers: Pick<Handlers, AttendanceProcedures> = {
  'attendance/rollCall': async (query, { session, clock }) =>
    rollCall(session.requireClub().db, query, clock),
  // Saved as you go: the roll call screen replaces just the member's row.
  'attendance/mark': async ({ meetingId, mark }, { session, clock }) => {
    const { db } = session.requireClub()
    await markAttendance(db, meetingId, [mark], clock)
    const row = await rollCallRow(db, meetingId, mark.memberId)
    if (row === undefined) throw new KreisError('attendance.memberNotFound', { id: mark.memberId })
    return row
  },
  'attendance/markMany': async ({ meetingId, marks }, { session, clock }) => {
    const { db } = session.requireClub()
    await markAttendance(db, meetingId, marks, clock)
    return rollCall(db, { meetingId, includeOthers: false }, clock)
  },
  'attendance/leaves': async ({ memberId }, { session }) =>
    listLeaves(session.requireClub().db, memberId),
  'attendance/saveLeave': async (input, { session, clock }) =>
    saveLeave(session.requireClub().db, input, clock),
  'attendance/deleteLeave': async ({ id }, { session }) =>
    deleteLeave(session.requireClub().db, id),
  'attendance/report': async (range, { session, clock }) =>
    attendanceReport(session.requireClub().db, range, clock),
}
