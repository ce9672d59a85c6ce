import type ExcelJS from 'exceljs'
import type { Locale } from '../../../api/club.ts'
import type { CellValue, ExportColumn } from './columns.ts'
import { neutraliseXlsx } from './neutralise.ts'
import type { ExportRow } from './selection.ts'
import {
  addHeader,
  addSheet,
  columnWidth,
  xlsxBook,
  yieldToZip,
  type XlsxBook,
} from './xlsxBook.ts'

/** The members as one sheet, a column per export column. */
export async function writeXlsx(
  columns: readonly ExportColumn[],
  members: readonly ExportRow[],
  locale: Locale,
): Promise<Uint8Array> {
  const book = xlsxBook()
  await writeSheet(book, locale === 'de' ? 'Mitglieder' : 'Members', columns, members, locale)
  return book.finish()
}

/** A sheet of `rows` under a bold header; dates and amounts as real dates and numbers. */
export async function writeSheet<R>(
  book: XlsxBook,
  name: string,
  columns: readonly ExportColumn<R>[],
  rows: readonly R[],
  locale: Locale,
): Promise<void> {
  const sheet = addSheet(book, name)
  // exceljs files a style per cell and only recognises a repeated one by object identity:
  // handing every cell one of a few shared style objects saves most of the writing time.
  const plain: Partial<ExcelJS.Style> = {}
  const formatted: Partial<Record<ExportColumn<R>['kind'], Partial<ExcelJS.Style>>> = {
    date: { numFmt: locale === 'de' ? 'dd.mm.yyyy' : 'yyyy-mm-dd' },
    money: { numFmt: '#,##0.00' },
  }
  // Date and money columns carry their format, so what is typed in later looks the same.
  sheet.columns = columns.map((column, index) => {
    const style = formatted[column.kind]
    return {
      key: String(index),
      width: column.kind === 'date' ? 12 : columnWidth(column.header, rows, textOf(column)),
      ...(style === undefined ? {} : { style: { ...style } }),
    }
  })
  // Headers include custom field labels, which officers type: guarded like any other text.
  addHeader(
    sheet,
    columns.map((column) => neutraliseXlsx(column.header)),
  )
  const styles = columns.map((column) => formatted[column.kind] ?? plain)
  for (const [index, item] of rows.entries()) {
    await yieldToZip(index)
    // A sparse, 1-based array: most members leave most columns empty, and exceljs creates a
    // cell object for every value it is given, empty or not.
    const values: ExcelJS.CellValue[] = []
    columns.forEach((column, i) => {
      const value = cellValue(column.value(item))
      if (value !== null) values[i + 1] = value
    })
    const row = sheet.addRow(values)
    row.eachCell((cell, column) => {
      cell.style = styles[column - 1] ?? plain
    })
    row.commit()
  }
  sheet.commit()
}

function cellValue(value: CellValue): ExcelJS.CellValue {
  if (value === null) return null
  if (typeof value === 'object') {
    return 'cents' in value ? value.cents / 100 : new Date(`${value.date}T00:00:00Z`)
  }
  return typeof value === 'string' ? neutraliseXlsx(value) : value
}

function textOf<R>(column: ExportColumn<R>): (row: R) => string | null {
  return (row) => {
    const value = column.value(row)
    return typeof value === 'string' ? value : null
  }
}
