import type { Kysely } from 'kysely'
import type { Currency, Locale } from '../../api/club.ts'
import type { ChapterReport, ChapterRow } from '../../api/business.ts'
import type { AttendanceCode, DateRange } from '../../api/meetings.ts'
import type { Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { attendanceCodes } from '../meetings/codes.ts'
import { documentClub } from '../meetings/documents/documentClub.ts'
import { meaningColumns } from '../meetings/documents/meaningColumns.ts'
import type { ExportColumn } from '../members/export/columns.ts'
import { writeSheet } from '../members/export/xlsx.ts'
import { xlsxBook } from '../members/export/xlsxBook.ts'
import { businessKeys, businessLabels } from './chapterColumns.ts'
import { chapterReport } from './chapterReport.ts'
import { chapterText } from './chapterText.ts'

/** A sheet row: a member, or the totals under them (no member number). */
type SheetRow = Omit<ChapterRow, 'member'> & { readonly number: string; readonly name: string }

/**
 * The chapter report as a workbook: the members' figures with the totals as the last row,
 * and a second sheet with the period and closed business as the chapter's sum, the only
 * amount in the file. Text a spreadsheet would run as a formula is neutralised by writeSheet.
 */
async function writeChapterXlsx(
  report: ChapterReport,
  codes: readonly AttendanceCode[],
  locale: Locale,
  currency: Currency,
): Promise<Uint8Array> {
  const t = chapterText[locale]
  const counted = meaningColumns(
    codes,
    report.rows.map((row) => row.counts),
    locale,
  )
  const labels = businessLabels(locale)
  const columns: ExportColumn<SheetRow>[] = [
    { header: t.memberNumber, kind: 'text', value: (row) => row.number },
    { header: t.name, kind: 'text', value: (row) => row.name },
    ...counted.map((column): ExportColumn<SheetRow> => ({
      header: column.label,
      kind: 'number',
      value: (row) => row.counts[column.key],
    })),
    ...businessKeys.map((key, index): ExportColumn<SheetRow> => ({
      header: labels[index] ?? key,
      kind: 'number',
      value: (row) => row[key],
    })),
  ]
  const rows: SheetRow[] = [
    ...report.rows.map(({ member, ...figures }) => ({
      ...figures,
      number: member.memberNumber,
      name: member.displayName,
    })),
    { ...report.totals, number: '', name: t.total },
  ]
  const totals: ExportColumn<ChapterReport>[] = [
    { header: t.from, kind: 'date', value: (r) => ({ date: r.from }) },
    { header: t.to, kind: 'date', value: (r) => ({ date: r.to }) },
    {
      header: t.tyfcbColumn.replace('{currency}', currency),
      kind: 'money',
      value: (r) => ({ cents: r.totals.tyfcbCents }),
    },
  ]
  const book = xlsxBook()
  await writeSheet(book, t.sheet, columns, rows, locale)
  await writeSheet(book, t.totalsSheet, totals, [report], locale)
  return book.finish()
}

export async function makeChapterReportXlsx(
  db: Kysely<Database>,
  range: DateRange,
  clock: Clock,
): Promise<Uint8Array> {
  const report = await chapterReport(db, range, clock)
  const club = await documentClub(db)
  return writeChapterXlsx(report, await attendanceCodes(db), club.locale, club.currency)
}
