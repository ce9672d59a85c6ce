import { makeAttendanceReportPdf } from '../meetings/documents/attendanceReportPdf.ts'
import { documentText } from '../meetings/documents/documentText.ts'
import { makeSignInSheet } from '../meetings/documents/signInSheet.ts'
import { getMeeting, refuseCancelled } from '../meetings/meetingRows.ts'
import { memberLocale } from '../members/locale.ts'
import { checkRange, listYears } from '../meetings/range.ts'
import { makeChapterReportPdf } from '../referrals/chapterReportPdf.ts'
import { makeChapterReportXlsx } from '../referrals/chapterReportXlsx.ts'
import { chapterText } from '../referrals/chapterText.ts'
import type { Handlers } from './context.ts'
import { saveDocument } from './saveDocument.ts'

type MeetingDocumentProcedures =
  'meetings/signInSheet' | 'attendance/saveReport' | 'referrals/saveChapterReport'

export const meetingDocumentHandlers: Pick<Handlers, MeetingDocumentProcedures> = {
  'meetings/signInSheet': async ({ id, open }, { session, host, clock }) => {
    const file = session.requireClub()
    const meeting = await getMeeting(file.db, id)
    await refuseCancelled(file.db, meeting)
    const name = `${documentText[await memberLocale(file.db)].signInStem}-${meeting.date}.pdf`
    return saveDocument(file, name, 'pdf', open, host, () => makeSignInSheet(file.db, id, clock))
  },
  'attendance/saveReport': async ({ range, open }, { session, host, clock }) => {
    const file = session.requireClub()
    checkRange(range.from, range.to, listYears)
    const t = documentText[await memberLocale(file.db)]
    const name = `${t.attendanceStem}-${range.from}-${range.to}.pdf`
    return saveDocument(file, name, 'pdf', open, host, () =>
      makeAttendanceReportPdf(file.db, range, clock),
    )
  },
  'referrals/saveChapterReport': async ({ range, format, open }, { session, host, clock }) => {
    const file = session.requireClub()
    checkRange(range.from, range.to, listYears)
    const t = chapterText[await memberLocale(file.db)]
    const name = `${t.stem}-${range.from}-${range.to}.${format}`
    return saveDocument(file, name, format, open, host, async () =>
      format === 'pdf'
        ? makeChapterReportPdf(file.db, range, clock)
        : // A workbook has no pages to count.
          { bytes: await makeChapterReportXlsx(file.db, range, clock), pages: 0 },
    )
  },
}
