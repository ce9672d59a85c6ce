import Papa from 'papaparse'
import type { Locale } from '../../../api/club.ts'
import type { CellValue, ExportColumn } from './columns.ts'
import { neutralise } from './neutralise.ts'
import type { ExportRow } from './selection.ts'

/**
 * Excel-friendly CSV: UTF-8 with a BOM (without it Excel reads UTF-8 as Windows-1252),
 * `;` in German because German Excel expects it there, CRLF, quotes only where needed.
 */
export function writeCsv(
  columns: readonly ExportColumn[],
  members: readonly ExportRow[],
  locale: Locale,
): Uint8Array {
  const data = members.map((member) =>
    columns.map((column) => cellText(column.value(member), locale)),
  )
  const text = Papa.unparse(
    { fields: columns.map((column) => neutralise(column.header)), data },
    { delimiter: locale === 'de' ? ';' : ',', newline: '\r\n', quotes: false },
  )
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${text}\r\n`, 'utf8')])
}

function cellText(value: CellValue, locale: Locale): string {
  if (value === null) return ''
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
