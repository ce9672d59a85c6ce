import type { Kysely } from 'kysely'
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { formatCents } from '../../api/money.ts'
import type { ChapterReport, ChapterRow } from '../../api/business.ts'
import type { AttendanceCode, DateRange } from '../../api/meetings.ts'
import { localToday, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { printable } from '../directory/pageSetup.ts'
import { attendanceCodes } from '../meetings/codes.ts'
import { documentClub, type DocumentClub } from '../meetings/documents/documentClub.ts'
import {
  headCell,
  meetingDocument,
  numberCell,
  reportTable,
} from '../meetings/documents/documentPage.ts'
import { meaningColumns } from '../meetings/documents/meaningColumns.ts'
import { shortDate } from '../pdf/dates.ts'
import { fill } from '../pdf/fill.ts'
import { renderPdf, type PdfOptions } from '../pdf/pdfmake.ts'
import { chapterReport } from './chapterReport.ts'
import { businessKeys, businessLabels } from './chapterColumns.ts'
import { chapterText, chapterTitle } from './chapterText.ts'

type Figures = Omit<ChapterRow, 'member'>

/**
 * The chapter report as a landscape sheet: a row per member with the roll call by code and
 * the business figures, the chapter's totals, and closed business only as the chapter's sum.
 */
function chapterReportDocument(
  report: ChapterReport,
  club: DocumentClub,
  codes: readonly AttendanceCode[],
  today: string,
): TDocumentDefinitions {
  const locale = club.locale
  const t = chapterText[locale]
  const columns = meaningColumns(
    codes,
    report.rows.map((row) => row.counts),
    locale,
  )
  const figures = (row: Figures, bold = false): TableCell[] => [
    ...columns.map((column) => numberCell(row.counts[column.key], bold)),
    ...businessKeys.map((key) => numberCell(row[key], bold)),
  ]
  const numeric = columns.length + businessKeys.length
  // Wide enough for the longest short header on one line, narrow enough to leave a name room.
  const table = reportTable({
    widths: ['*', ...Array.from({ length: numeric }, () => 50)],
    head: [
      headCell(t.name, false),
      ...[...columns.map((column) => column.label), ...businessLabels(locale)].map((label) =>
        headCell(label, true),
      ),
    ],
    rows: report.rows.map((row) => [
      { text: printable(row.member.displayName, 70) },
      ...figures(row),
    ]),
    total: [{ text: t.total, bold: true }, ...figures(report.totals, true)],
    empty: t.noRows,
  })
  const facts: Content[] = [
    fill(t.period, { from: shortDate(report.from, locale), to: shortDate(report.to, locale) }),
    {
      text: fill(t.tyfcb, {
        amount: formatCents(report.totals.tyfcbCents, locale, club.currency),
      }),
      bold: true,
    },
    { text: t.tyfcbNote, style: 'small' },
  ]
  return meetingDocument({
    club,
    title: chapterTitle(club.kind, locale),
    facts,
    content: [table, { text: t.legend, style: 'small', margin: [0, 8, 0, 0] }],
    landscape: true,
    editionDate: today,
    forGuests: false,
  })
}

export async function makeChapterReportPdf(
  db: Kysely<Database>,
  range: DateRange,
  clock: Clock,
  pdf: PdfOptions = {},
): Promise<{ bytes: Uint8Array; pages: number }> {
  const report = await chapterReport(db, range, clock)
  const doc = chapterReportDocument(
    report,
    await documentClub(db),
    await attendanceCodes(db),
    localToday(clock),
  )
  return renderPdf(doc, pdf)
}
