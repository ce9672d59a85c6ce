import Papa from 'papaparse'
import type { Locale } from '../../../api/club.ts'
import { centsToDecimal } from '../../dues/decimal.ts'
import type { CellValue, ExportColumn } from './columns.ts'
import { neutralise } from './neutralise.ts'
import type { ExportRow } from './selection.ts'

/**
 * Excel-friendly CSV: UTF-8 with a BOM (without it Excel reads UTF-8 as Windows-1252),
 * `;` in German because German Excel expects it there, CRLF, quotes only where needed.
 */
export function writeCsv<R = ExportRow>(
  columns: readonly ExportColumn<R>[],
  rows: readonly R[],
  locale: Locale,
): Uint8Array {
  const config = { delimiter: locale === 'de' ? ';' : ',', newline: '\r\n', quotes: false }
  const parts: Buffer[] = [Buffer.from([0xef, 0xbb, 0xbf])]
  const header = Papa.unparse([columns.map((column) => neutralise(column.header))], config)
  parts.push(Buffer.from(`${header}\r\n`, 'utf8'))
  // In slices: one string for 100,000 rows is a rope of millions of pieces, slow to flatten.
  for (let start = 0; start < rows.length; start += chunkRows) {
    const data = rows
      .slice(start, start + chunkRows)
      .map((row) => columns.map((column) => cellText(column.value(row), locale)))
    parts.push(Buffer.from(`${Papa.unparse(data, config)}\r\n`, 'utf8'))
  }
  return Buffer.concat(parts)
}

const chunkRows = 2000

/** null for an empty cell: papaparse passes it through without looking for quotes. */
function cellText(value: CellValue, locale: Locale): string | null {
  if (value === null) return null
  if (typeof value === 'object' && 'cents' in value) {
    const decimal = centsToDecimal(value.cents)
    return locale === 'de' ? decimal.replace('.', ',') : decimal
  }
  if (typeof value === 'object') return locale === 'de' ? germanDate(value.date) : value.date
  if (typeof value === 'number')
    return locale === 'de' ? String(value).replace('.', ',') : String(value)
  if (typeof value === 'boolean')
    return value ? (locale === 'de' ? 'ja' : 'yes') : locale === 'de' ? 'nein' : 'no'
  return neutralise(value)
}

/** `1970-12-24` → `24.12.1970`, which German Excel takes for a date. */
function germanDate(iso: string): string {
  const [year, month, day] = iso.split('-')
  return `${day}.${month}.${year}`
}
