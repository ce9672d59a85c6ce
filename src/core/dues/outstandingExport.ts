import type { Kysely } from 'kysely'
import type { Currency, Locale } from '../../api/club.ts'
import type { OutstandingQuery, OutstandingRow } from '../../api/dues.ts'
import { KreisError } from '../../api/errors.ts'
import type { MemberStatus } from '../../api/members.ts'
import { fileStamp, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import type { ExportColumn } from '../members/export/columns.ts'
import { clubMoney } from './money.ts'
import { outstanding } from './outstanding.ts'
import { writeTable, type TableFile, type TableFormat } from './tableExport.ts'

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

function outstandingColumns(locale: Locale, currency: Currency): ExportColumn<OutstandingRow>[] {
  const w = outstandingWords[locale]
  const getters: [ExportColumn<OutstandingRow>['kind'], ExportColumn<OutstandingRow>['value']][] = [
    ['text', (row) => row.memberNumber],
    ['text', (row) => row.displayName],
    ['text', (row) => w.statuses[row.status as MemberStatus] ?? row.status],
    ['money', (row) => ({ cents: row.openCents })],
    ['number', (row) => row.openCharges],
    ['date', (row) => ({ date: row.oldestDue })],
    ['number', (row) => row.daysOverdue],
    ['number', (row) => row.dunningLevel],
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
