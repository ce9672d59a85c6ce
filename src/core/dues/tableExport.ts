import type { Locale } from '../../api/club.ts'
import type { ExportColumn } from '../members/export/columns.ts'
import { writeCsv } from '../members/export/csv.ts'
import { writeSheet } from '../members/export/xlsx.ts'
import { xlsxBook } from '../members/export/xlsxBook.ts'

export type TableFormat = 'csv' | 'xlsx'

export interface TableFile {
  readonly bytes: Uint8Array
  readonly fileName: string
}

/**
 * A dues table the way the member export writes its own: CSV in UTF-8 with a BOM, `;` and
 * decimal commas in German; XLSX with real numbers and dates; text a spreadsheet would run as
 * a formula neutralised in both. Amounts are cells of `{ cents }`.
 */
export async function writeTable<R>(
  columns: readonly ExportColumn<R>[],
  rows: readonly R[],
  format: TableFormat,
  locale: Locale,
  sheetName: string,
): Promise<Uint8Array> {
  if (format === 'csv') return writeCsv(columns, rows, locale)
  const book = xlsxBook()
  await writeSheet(book, sheetName, columns, rows, locale)
  return book.finish()
}
