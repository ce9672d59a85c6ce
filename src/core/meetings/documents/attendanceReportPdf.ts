import type { Kysely } from 'kysely'
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { AttendanceReport } from '../../../api/attendance.ts'
import type { AttendanceCode, DateRange } from '../../../api/meetings.ts'
import { localToday, type Clock } from '../../clock.ts'
import type { Database } from '../../db/schema.ts'
import { printable } from '../../directory/pageSetup.ts'
import { shortDate } from '../../pdf/dates.ts'
import { fill } from '../../pdf/fill.ts'
import { renderPdf, type PdfOptions } from '../../pdf/pdfmake.ts'
import { attendanceReport } from '../attendanceReport.ts'
import { attendanceCodes } from '../codes.ts'
import { addCounts, noCounts } from '../countKeys.ts'
import { documentClub, type DocumentClub } from './documentClub.ts'
import { headCell, meetingDocument, numberCell, reportTable } from './documentPage.ts'
import { formatPercent } from '../../../api/percent.ts'
import { documentText } from './documentText.ts'
import { meaningColumns } from './meaningColumns.ts'

/** Flagged rows stand out in print without colour: bold, with the reason in words. */
const flagged = { bold: true, color: '#8b1a1a' }

/**
 * The attendance report as a document: per member the marks by code, the meetings expected
 * and attended and the percentage; members below the club's threshold (and in BNI chapters,
 * at the absence limit) in bold with the reason; the club's figures on top and as the last row.
 */
export function attendanceReportDocument(
  report: AttendanceReport,
  club: DocumentClub,
  codes: readonly AttendanceCode[],
  today: string,
): TDocumentDefinitions {
  const locale = club.locale
  const t = documentText[locale]
  const rolling = club.kind === 'bni'
  const columns = meaningColumns(
    codes,
    report.members.map((member) => member.counts),
    locale,
  )
  const threshold = formatPercent(report.thresholdPercent, locale, 0)
  const facts: Content[] = [
    fill(t.period, { from: shortDate(report.from, locale), to: shortDate(report.to, locale) }),
    fill(t.meetings, { count: report.meetings }),
    {
      text: [
        {
          text: fill(t.clubPercent, { percent: formatPercent(report.clubPercent, locale) }),
          bold: true,
        },
        ` · ${fill(t.threshold, { percent: threshold })}`,
        rolling ? ` · ${fill(t.absenceLimit, { limit: report.absenceLimit })}` : '',
      ],
    },
  ]
  const body: TableCell[][] = report.members.map((member) => {
    const notes = [
      member.belowThreshold ? t.belowThreshold : '',
      rolling && member.overAbsenceLimit ? t.overLimit : '',
    ].filter((note) => note !== '')
    const style = notes.length > 0 ? flagged : {}
    return [
      { text: printable(member.member.displayName, 70), ...style },
      ...columns.map((column) => numberCell(member.counts[column.key])),
      numberCell(member.expected),
      numberCell(member.attended),
      { text: formatPercent(member.percent, locale), alignment: 'right', ...style },
      ...(rolling
        ? [{ ...numberCell(member.absencesRolling), ...(member.overAbsenceLimit ? flagged : {}) }]
        : []),
      { text: notes.join(', '), ...style },
    ]
  })
  const sums = noCounts()
  for (const member of report.members) addCounts(sums, member.counts)
  const expected = report.members.reduce((sum, member) => sum + member.expected, 0)
  const attended = report.members.reduce((sum, member) => sum + member.attended, 0)
  const totalRow: TableCell[] = [
    { text: t.total, bold: true },
    ...columns.map((column) => numberCell(sums[column.key], true)),
    numberCell(expected, true),
    numberCell(attended, true),
    { text: formatPercent(report.clubPercent, locale), alignment: 'right', bold: true },
    ...(rolling ? [''] : []),
    '',
  ]
  const numeric = columns.length + 3 + (rolling ? 1 : 0)
  const landscape = numeric > 6
  const table = reportTable({
    // Both notes side by side in a chapter's report; one note fits the narrow column.
    widths: [
      '*',
      ...Array.from({ length: numeric }, () => (landscape ? 50 : 44)),
      rolling ? 140 : 78,
    ],
    head: [
      t.name,
      ...columns.map((column) => column.label),
      t.expected,
      t.attended,
      t.percent,
      ...(rolling ? [t.rolling] : []),
      t.note,
    ].map((text, index) => headCell(text, index > 0 && index <= numeric)),
    rows: body,
    total: totalRow,
    empty: t.noRows,
  })
  const legend = fill(t.legend, {
    threshold,
    limit: rolling
      ? fill(t.legendLimit, { limit: report.absenceLimit, to: shortDate(report.to, locale) })
      : '',
  })
  return meetingDocument({
    club,
    title: t.attendanceReport,
    facts,
    content: [table, { text: legend, style: 'small', margin: [0, 8, 0, 0] }],
    landscape,
    editionDate: today,
    forGuests: false,
  })
}

export async function makeAttendanceReportPdf(
  db: Kysely<Database>,
  range: DateRange,
  clock: Clock,
  pdf: PdfOptions = {},
): Promise<{ bytes: Uint8Array; pages: number }> {
  const report = await attendanceReport(db, range, clock)
  const doc = attendanceReportDocument(
    report,
    await documentClub(db),
    await attendanceCodes(db),
    localToday(clock),
  )
  return renderPdf(doc, pdf)
}
