import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'

/** How many rows a column's width is measured on. */
const widthSample = 500

export interface XlsxBook {
  readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter
  /** Commits the workbook and answers with the whole file. */
  readonly finish: () => Promise<Uint8Array>
}

/**
 * A workbook through exceljs' streaming writer, row by row: the in-memory workbook would hold
 * every cell as an object and needs several seconds and gigabytes at 100,000 members.
 */
export function xlsxBook(): XlsxBook {
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
  return {
    workbook,
    finish: async () => {
      await workbook.commit()
      await finished
      return Buffer.concat(chunks)
    },
  }
}

/** A sheet whose header row stays in view while scrolling. */
export function addSheet(book: XlsxBook, name: string): ExcelJS.Worksheet {
  return book.workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
}

export function addHeader(sheet: ExcelJS.Worksheet, titles: readonly string[]): void {
  const row = sheet.addRow([...titles])
  row.font = { bold: true }
  row.commit()
}

/**
 * Lets the zip stream compress what is written so far, every thousand rows; otherwise every
 * row's XML waits uncompressed in memory until the loop ends.
 */
export async function yieldToZip(rowIndex: number): Promise<void> {
  if (rowIndex % 1000 === 999) await new Promise((resolve) => setImmediate(resolve))
}

/** Wide enough for the header and what the first rows hold, within reason. */
export function columnWidth<T>(
  header: string,
  rows: readonly T[],
  text: (row: T) => string | null,
): number {
  let width = header.length
  for (const row of rows.slice(0, widthSample)) {
    const value = text(row)
    if (value !== null) width = Math.max(width, value.length)
  }
  return Math.min(Math.max(width + 2, 8), 50)
}
