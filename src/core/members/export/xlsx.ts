import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import type { Locale } from '../../../api/club.ts'
import type { CellValue, ExportColumn } from './columns.ts'
import { neutraliseXlsx } from './neutralise.ts'
import type { ExportRow } from './selection.ts'

const widthSample = 500

/**
 * XLSX through exceljs' streaming writer, row by row: the in-memory workbook would hold every
 * cell as an object and needs several seconds and gigabytes at 100,000 members.
 */
export async function writeXlsx(
  columns: readonly ExportColumn[],
  members: readonly ExportRow[],
  locale: Locale,
): Promise<Uint8Array> {
  const stream = new PassThrough()
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve)
    stream.on('error', reject)
  })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
    // Fast deflate: the sheet XML is repetitive, level 1 already shrinks it tenfold and takes
    // a fraction of the default level's time at 100,000 rows.
    zip: { zlib: { level: 1 } },
  })
  const sheet = workbook.addWorksheet(locale === 'de' ? 'Mitglieder' : 'Members', {
    views: [{ state: 'frozen', ySplit: 1 }],
  })
  const dateFormat = locale === 'de' ? 'dd.mm.yyyy' : 'yyyy-mm-dd'
  // Date columns carry the date format, so dates typed in later look like the exported ones.
  sheet.columns = columns.map((column, index) => ({
    key: String(index),
    width: columnWidth(column, members),
    ...(column.kind === 'date' ? { style: { numFmt: dateFormat } } : {}),
  }))
  const header = sheet.addRow(columns.map((column) => column.header))
  header.font = { bold: true }
  header.commit()
  // exceljs files a style per cell and only recognises a repeated one by object identity:
  // handing every cell one of two shared style objects saves most of the writing time.
  const plain: Partial<ExcelJS.Style> = {}
  const dated: Partial<ExcelJS.Style> = { numFmt: dateFormat }
  const styles = columns.map((column) => (column.kind === 'date' ? dated : plain))
  for (const [index, member] of members.entries()) {
    // Let the zip stream compress what is written so far; otherwise every row's XML waits
    // uncompressed in memory until the loop ends.
    if (index % 1000 === 999) await new Promise((resolve) => setImmediate(resolve))
    // A sparse, 1-based array: most members leave most columns empty, and exceljs creates a
    // cell object for every value it is given, empty or not.
    const values: ExcelJS.CellValue[] = []
    columns.forEach((column, i) => {
      const value = cellValue(column.value(member))
      if (value !== null) values[i + 1] = value
    })
    const row = sheet.addRow(values)
    row.eachCell((cell, column) => {
      cell.style = styles[column - 1] ?? plain
    })
    row.commit()
  }
  sheet.commit()
  await workbook.commit()
  await finished
  return Buffer.concat(chunks)
}

function cellValue(value: CellValue): ExcelJS.CellValue {
  if (value === null) return null
  if (typeof value === 'object') return new Date(`${value.date}T00:00:00Z`)
  return typeof value === 'string' ? neutraliseXlsx(value) : value
}

/** Wide enough for the header and what the first rows hold, within reason. */
function columnWidth(column: ExportColumn, members: readonly ExportRow[]): number {
  if (column.kind === 'date') return 12
  let width = column.header.length
  for (const member of members.slice(0, widthSample)) {
    const value = column.value(member)
    if (typeof value === 'string') width = Math.max(width, value.length)
  }
  return Math.min(Math.max(width + 2, 8), 50)
}
