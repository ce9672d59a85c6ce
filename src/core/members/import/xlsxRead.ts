import ExcelJS from 'exceljs'
import { unpacksWithin } from './unpackedSize.ts'

type CellValue = ExcelJS.CellValue

/**
 * What a workbook may unpack to. A Kreis export of 100,000 members unpacks to about 115 MB;
 * exceljs keeps every cell as an object, so far more could not be read anyway.
 */
const maxUnpackedBytes = 256 * 1024 * 1024

/** The first worksheet as rows of text; date cells become ISO `YYYY-MM-DD`. */
export async function readWorksheet(bytes: Uint8Array): Promise<string[][]> {
  if (!(await unpacksWithin(bytes, maxUnpackedBytes))) throw new Error('unpacks too large')
  const workbook = new ExcelJS.Workbook()
  // exceljs' typing wants its own Buffer flavour; the bytes are passed through unchanged.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer)
  const sheet = workbook.worksheets[0]
  if (sheet === undefined) return []
  const grid: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value)
    })
    grid[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '')
  })
  return Array.from(grid, (cells) => cells ?? [])
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return isoDay(value)
  if (typeof value === 'number') return numberText(value)
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : cellText(value.text)
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result
    return result instanceof Date || typeof result !== 'object' || result === null
      ? cellText(result as CellValue)
      : ''
  }
  return ''
}

// Excel stores dates as day numbers; exceljs hands them over as UTC midnight.
function isoDay(date: Date): string {
  const shifted = new Date(date.getTime() + 500)
  return shifted.toISOString().slice(0, 10)
}

// Integers (postcodes, member numbers, phone numbers typed as numbers) must not become 1.2e+10.
function numberText(value: number): string {
  return Number.isInteger(value) ? value.toFixed(0) : String(value)
}
