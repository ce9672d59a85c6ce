import type ExcelJS from 'exceljs'
import type { Kysely } from 'kysely'
import Papa from 'papaparse'
import type { Currency, Locale } from '../../api/club.ts'
import type { OutstandingQuery, OutstandingRow } from '../../api/dues.ts'
import { KreisError } from '../../api/errors.ts'
import type { MemberStatus } from '../../api/members.ts'
import { fileStamp, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { neutralise, neutraliseXlsx } from '../members/export/neutralise.ts'
import {
  addHeader,
  addSheet,
  columnWidth,
  xlsxBook,
  yieldToZip,
} from '../members/export/xlsxBook.ts'
import { clubMoney } from './money.ts'
import { outstanding } from './outstanding.ts'

export type TableFormat = 'csv' | 'xlsx'

/** A column of a dues export. Money is cents and goes out as euros with two decimals. */
export interface TableColumn<R> {
  readonly header: string
  readonly kind: 'text' | 'date' | 'money' | 'count'
  /** Text, an ISO date, cents or a count; null for an empty cell. */
  readonly value: (row: R) => string | number | null
}

export interface TableFile {
  readonly bytes: Uint8Array
  readonly fileName: string
}

/**
 * A dues table as CSV or XLSX, the way the member export writes them: CSV in UTF-8 with a
 * BOM, `;` and decimal commas in German; XLSX with real numbers and dates. Text that a
 * spreadsheet would run as a formula is neutralised in both.
 */
export async function writeTable<R>(
  columns: readonly TableColumn<R>[],
  rows: readonly R[],
  format: TableFormat,
  locale: Locale,
  sheetName: string,
): Promise<Uint8Array> {
  return format === 'csv'
    ? writeCsv(columns, rows, locale)
    : writeXlsx(columns, rows, locale, sheetName)
}

function writeCsv<R>(columns: readonly TableColumn<R>[], rows: readonly R[], locale: Locale) {
  const config = { delimiter: locale === 'de' ? ';' : ',', newline: '\r\n', quotes: false }
  const cells = (row: R) =>
    columns.map((column) => {
      const value = column.value(row)
      if (value === null) return null
      if (column.kind === 'money') return euros(Number(value), locale)
      if (column.kind === 'count') return String(value)
      if (column.kind === 'date') {
        const iso = String(value)
        return locale === 'de' ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : iso
      }
      return neutralise(String(value))
    })
  const text = Papa.unparse(
    [columns.map((column) => neutralise(column.header)), ...rows.map(cells)],
    config,
  )
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${text}\r\n`, 'utf8')])
}

/** `-1234,50` in German, `-1234.50` in English: no thousands separator, always two decimals. */
function euros(cents: number, locale: Locale): string {
  const text = (cents / 100).toFixed(2)
  return locale === 'de' ? text.replace('.', ',') : text
}

async function writeXlsx<R>(
  columns: readonly TableColumn<R>[],
  rows: readonly R[],
  locale: Locale,
  sheetName: string,
): Promise<Uint8Array> {
  const book = xlsxBook()
  const sheet = addSheet(book, sheetName)
  const formats: Record<TableColumn<R>['kind'], string | undefined> = {
    text: undefined,
    count: undefined,
    money: '#,##0.00',
    date: locale === 'de' ? 'dd.mm.yyyy' : 'yyyy-mm-dd',
  }
  sheet.columns = columns.map((column, index) => {
    const numFmt = formats[column.kind]
    const width =
      column.kind === 'text'
        ? columnWidth(column.header, rows, (row) => {
            const value = column.value(row)
            return value === null ? null : String(value)
          })
        : Math.max(12, column.header.length + 2)
    return { key: String(index), width, ...(numFmt === undefined ? {} : { style: { numFmt } }) }
  })
  addHeader(
    sheet,
    columns.map((column) => column.header),
  )
  // One shared style object per kind: exceljs recognises repeated styles by identity only.
  const byFormat = new Map<string | undefined, Partial<ExcelJS.Style>>()
  const styles = columns.map((column) => {
    const numFmt = formats[column.kind]
    const style = byFormat.get(numFmt) ?? (numFmt === undefined ? {} : { numFmt })
    byFormat.set(numFmt, style)
    return style
  })
  for (const [index, row] of rows.entries()) {
    await yieldToZip(index)
    const values: ExcelJS.CellValue[] = []
    columns.forEach((column, i) => {
      const value = column.value(row)
      if (value === null) return
      values[i + 1] =
        column.kind === 'money'
          ? Number(value) / 100
          : column.kind === 'count'
            ? Number(value)
            : column.kind === 'date'
              ? new Date(`${String(value)}T00:00:00Z`)
              : neutraliseXlsx(String(value))
    })
    const added = sheet.addRow(values)
    added.eachCell((cell, column) => {
      cell.style = styles[column - 1] ?? {}
    })
    added.commit()
  }
  sheet.commit()
  return book.finish()
}

const outstandingWords = {
  de: {
    sheet: 'Offene Posten',
    stem: 'offene-posten',
    headers: [
      'Mitgliedsnummer',
      'Name',
      'Status',
      'Offener Betrag ({currency})',
      'Offene Posten',
      'Älteste Fälligkeit',
      'Tage überfällig',
      'Mahnstufe',
      'Lastschriftmandat',
    ],
    yes: 'ja',
    no: 'nein',
    statuses: {
      prospect: 'Interessent',
      active: 'aktiv',
      honorary: 'Ehrenmitglied',
      on_leave: 'ruhend',
      former: 'ausgetreten',
    },
  },
  en: {
    sheet: 'Outstanding',
    stem: 'outstanding',
    headers: [
      'Member number',
      'Name',
      'Status',
      'Open amount ({currency})',
      'Open items',
      'Oldest due date',
      'Days overdue',
      'Dunning level',
      'Direct debit mandate',
    ],
    yes: 'yes',
    no: 'no',
    statuses: {
      prospect: 'prospect',
      active: 'active',
      honorary: 'honorary',
      on_leave: 'on leave',
      former: 'former',
    },
  },
} as const

function outstandingColumns(locale: Locale, currency: Currency): TableColumn<OutstandingRow>[] {
  const w = outstandingWords[locale]
  const getters: [TableColumn<OutstandingRow>['kind'], (row: OutstandingRow) => string | number][] =
    [
      ['text', (row) => row.memberNumber],
      ['text', (row) => row.displayName],
      ['text', (row) => w.statuses[row.status as MemberStatus] ?? row.status],
      ['money', (row) => row.openCents],
      ['count', (row) => row.openCharges],
      ['date', (row) => row.oldestDue],
      ['count', (row) => row.daysOverdue],
      ['count', (row) => row.dunningLevel],
      ['text', (row) => (row.hasMandate ? w.yes : w.no)],
    ]
  return getters.map(([kind, value], index) => ({
    header: (w.headers[index] ?? '').replace('{currency}', currency),
    kind,
    value,
  }))
}

/** The outstanding list as the screen filters it, for the treasurer's own follow-up. */
export async function exportOutstanding(
  db: Kysely<Database>,
  query: OutstandingQuery,
  format: TableFormat,
  clock: Clock,
): Promise<TableFile> {
  const rows = await outstanding(db, query, clock)
  if (rows.length === 0) throw new KreisError('export.nothing')
  const { locale, currency } = await clubMoney(db)
  const w = outstandingWords[locale]
  return {
    bytes: await writeTable(outstandingColumns(locale, currency), rows, format, locale, w.sheet),
    fileName: `${w.stem}-${fileStamp(clock)}.${format}`,
  }
}
