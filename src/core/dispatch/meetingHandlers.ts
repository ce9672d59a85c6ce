import { dirname, join } from 'node:path'
import { attendanceCodes } from '../meetings/codes.ts'
import { generateMeetings } from '../meetings/generate.ts'
import { meetingsIcs } from '../meetings/ics.ts'
import { getMeeting } from '../meetings/meetingRows.ts'
import { deleteMeeting, listMeetings, saveMeeting, setMeetingStatus } from '../meetings/meetings.ts'
import { meetingText } from '../meetings/meetingText.ts'
import { saveAttendanceCodes } from '../meetings/saveCodes.ts'
import { listSeries, saveSeries } from '../meetings/series.ts'
import { getMeetingSettings, saveMeetingSettings } from '../meetings/settings.ts'
import type { Handlers } from './context.ts'
import { writeExport } from './writeExport.ts'

type MeetingProcedures =
  | 'meetings/settings'
  | 'meetings/saveSettings'
  | 'meetings/codes'
  | 'meetings/saveCodes'
  | 'meetings/series'
  | 'meetings/saveSeries'
  | 'meetings/generate'
  | 'meetings/list'
  | 'meetings/get'
  | 'meetings/save'
  | 'meetings/setStatus'
  | 'meetings/delete'
  | 'meetings/exportIcs'

export const meetingHandlers: Pick<Handlers, MeetingProcedures> = {
  'meetings/settings': async (_input, { session }) => getMeetingSettings(session.requireClub().db),
  'meetings/saveSettings': async (input, { session, clock }) =>
    saveMeetingSettings(session.requireClub().db, input, clock),
  'meetings/codes': async (_input, { session }) => attendanceCodes(session.requireClub().db),
  'meetings/saveCodes': async (input, { session }) =>
    saveAttendanceCodes(session.requireClub().db, input),
  'meetings/series': async (_input, { session }) => listSeries(session.requireClub().db),
  'meetings/saveSeries': async (input, { session, clock }) =>
    saveSeries(session.requireClub().db, input, clock),
  'meetings/generate': async (input, { session, clock }) =>
    generateMeetings(session.requireClub().db, input, clock),
  'meetings/list': async (input, { session }) => listMeetings(session.requireClub().db, input),
  'meetings/get': async ({ id }, { session }) => getMeeting(session.requireClub().db, id),
  'meetings/save': async (input, { session, clock }) =>
    saveMeeting(session.requireClub().db, input, clock),
  'meetings/setStatus': async (input, { session, clock }) =>
    setMeetingStatus(session.requireClub().db, input, clock),
  'meetings/delete': async ({ id }, { session }) => deleteMeeting(session.requireClub().db, id),
  /** The file is made first, so an empty period is said before the save dialog opens. */
  'meetings/exportIcs': async (range, { session, host, clock }) => {
    const file = session.requireClub()
    const ics = await meetingsIcs(file.db, range, clock)
    const club = await file.db.selectFrom('club').select('locale').executeTakeFirstOrThrow()
    const name = `${meetingText[club.locale].file}-${range.from}-${range.to}.ics`
    const path = await host.chooseExportPath(join(dirname(file.path), name), 'ics')
    if (path === null) return { path: null }
    writeExport(path, ics)
    return { path }
  },
}
