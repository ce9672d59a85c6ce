import { sql, type Kysely } from 'kysely'
import type { Locale } from '../../api/club.ts'
import type { ChargeKind, PaymentMethod } from '../../api/dues.ts'
import { KreisError } from '../../api/errors.ts'
import type { Database } from '../db/schema.ts'
import { displayName, type NameParts } from '../members/displayName.ts'
import type { ExportColumn } from '../members/export/columns.ts'
import { clubMoney } from './money.ts'
import { writeTable, type TableFile, type TableFormat } from './tableExport.ts'
import { checkRange, type StatementRange } from './statement.ts'

type LineKind = ChargeKind | 'payment' | 'reversal' | 'cancellation' | 'reduction'

interface AccountingLine extends NameParts {
  readonly day: string
  readonly line_kind: LineKind
  readonly reference: string
  readonly member_number: string
  readonly membership_type: string | null
  readonly description: string
  /** Positive raises what the member owes (charges, reversals), negative lowers it. */
  readonly amount: number
  readonly method: PaymentMethod | null
}

const words = {
  de: {
    sheet: 'Buchungen',
    stem: 'beitragsbuchungen',
    headers: [
      'Datum',
      'Art',
      'Beleg',
      'Mitgliedsnummer',
      'Name',
      'Mitgliedsart',
      'Beschreibung',
      'Betrag ({currency})',
      'Zahlungsart',
    ],
    kinds: {
      dues: 'Beitrag',
      admission: 'Aufnahmegebühr',
      extra: 'Sonstige Forderung',
      dunning_fee: 'Mahngebühr',
      payment: 'Zahlung',
      reversal: 'Rückbuchung',
      cancellation: 'Gutschrift (Storno)',
      reduction: 'Gutschrift (Nachlass)',
    },
    methods: { transfer: 'Überweisung', cash: 'bar', direct_debit: 'Lastschrift' },
  },
  en: {
    sheet: 'Bookings',
    stem: 'dues-bookings',
    headers: [
      'Date',
      'Type',
      'Reference',
      'Member number',
      'Name',
      'Membership type',
      'Description',
      'Amount ({currency})',
      'Method',
    ],
    kinds: {
      dues: 'Dues',
      admission: 'Admission fee',
      extra: 'Other charge',
      dunning_fee: 'Reminder fee',
      payment: 'Payment',
      reversal: 'Reversal',
      cancellation: 'Credit (cancellation)',
      reduction: 'Credit (reduction)',
    },
    methods: { transfer: 'transfer', cash: 'cash', direct_debit: 'direct debit' },
  },
} as const

/**
 * Every ledger line booked in the range, oldest first, one row each, for the club's
 * accountant. Amounts carry the member account's sign: charges and reversals positive,
 * payments and credits negative, so a column sum is the change in what members owe.
 */
async function accountingLines(
  db: Kysely<Database>,
  from: string,
  to: string,
): Promise<AccountingLine[]> {
  const member = sql.raw(`m.member_number, m.kind, m.title, m.first_name, m.last_name,
    m.name_affix, m.organisation_name`)
  const result = await sql<AccountingLine>`
    select * from (
      select c.booked_on as day, 0 as seq, c.id, c.kind as line_kind, c.number as reference, ${member},
             t.name as membership_type, c.description, c.amount_cents as amount, null as method
        from charge c join member m on m.id = c.member_id
        left join membership_type t on t.id = coalesce(c.membership_type_id, m.membership_type_id)
       where c.booked_on between ${from} and ${to}
      union all
      select p.paid_on, case when p.reverses_id is null then 1 else 2 end, p.id,
             case when p.reverses_id is null then 'payment' else 'reversal' end, p.reference,
             ${member}, t.name, p.reason, -p.amount_cents, p.method
        from payment p join member m on m.id = p.member_id
        left join membership_type t on t.id = m.membership_type_id
       where p.paid_on between ${from} and ${to}
      union all
      select k.booked_on, 3, k.id, k.reason, coalesce(c.number, ''), ${member}, t.name, k.note,
             -k.amount_cents, null
        from credit k join member m on m.id = k.member_id
        left join charge c on c.id = k.charge_id
        left join membership_type t on t.id = coalesce(c.membership_type_id, m.membership_type_id)
       where k.booked_on between ${from} and ${to}
    ) order by day, seq, id`.execute(db)
  return result.rows
}

function columns(locale: Locale, currency: string): ExportColumn<AccountingLine>[] {
  const w = words[locale]
  const getters: [ExportColumn<AccountingLine>['kind'], ExportColumn<AccountingLine>['value']][] = [
    ['date', (line) => ({ date: line.day })],
    ['text', (line) => w.kinds[line.line_kind]],
    ['text', (line) => line.reference || null],
    ['text', (line) => line.member_number],
    ['text', (line) => displayName(line)],
    ['text', (line) => line.membership_type],
    ['text', (line) => line.description || null],
    ['money', (line) => ({ cents: line.amount })],
    ['text', (line) => (line.method === null ? null : w.methods[line.method])],
  ]
  return getters.map(([kind, value], index) => ({
    header: (w.headers[index] ?? '').replace('{currency}', currency),
    kind,
    value,
  }))
}

/** The accountant's export of a range as CSV or XLSX. */
export async function exportAccounting(
  db: Kysely<Database>,
  range: StatementRange,
  format: TableFormat,
): Promise<TableFile> {
  const { from, to } = checkRange(range)
  const lines = await accountingLines(db, from, to)
  if (lines.length === 0) throw new KreisError('export.nothing')
  const { locale, currency } = await clubMoney(db)
  const w = words[locale]
  return {
    bytes: await writeTable(columns(locale, currency), lines, format, locale, w.sheet),
    fileName: `${w.stem}-${from}-${to}.${format}`,
  }
}
