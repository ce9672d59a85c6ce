import type { Content } from 'pdfmake/interfaces'
import type { Locale } from '../../api/club.ts'
import type { LedgerEntry, OpenCharge } from '../../api/dues.ts'
import { formatCents } from '../../api/money.ts'
import { shortDate } from '../pdf/dates.ts'
import { fill } from '../pdf/fill.ts'
import { letterTable, paragraph, pt, type Letter } from './din5008.ts'
import type { LetterClub } from './letterClub.ts'
import { letterText } from './letterText.ts'
import { oneLine, type Recipient } from './recipient.ts'
import { statementText } from './statementText.ts'

export interface StatementInput {
  readonly recipient: Recipient
  readonly memberNumber: string
  readonly from: string
  readonly to: string
  /** The letter's date; the open items are those of this day. */
  readonly today: string
  /** The member's whole ledger, oldest first, with running balances. */
  readonly entries: readonly LedgerEntry[]
  readonly openCharges: readonly OpenCharge[]
  /** The member has an active mandate: what is open will be collected, not transferred. */
  readonly collected: boolean
}

/** The balance of the ledger before `from`, the lines from `from` to `to`, and after them. */
export function statementLines(entries: readonly LedgerEntry[], from: string, to: string) {
  const before = entries.filter((entry) => entry.date < from)
  const lines = entries.filter((entry) => entry.date >= from && entry.date <= to)
  const opening = before.at(-1)?.balanceCents ?? 0
  const closing = lines.at(-1)?.balanceCents ?? opening
  const charged = lines.reduce((sum, e) => sum + Math.max(e.amountCents, 0), 0)
  const paid = lines.reduce((sum, e) => sum - Math.min(e.amountCents, 0), 0)
  return { lines, opening, closing, charged, paid }
}

/** A dues statement: ledger lines with opening and closing balance, then what is open today. */
export function statementLetter(club: LetterClub, input: StatementInput, locale: Locale): Letter {
  const t = statementText[locale]
  const money = (cents: number) => formatCents(cents, locale, club.currency)
  const day = (iso: string) => shortDate(iso, locale)
  const { lines, opening, closing, charged, paid } = statementLines(
    input.entries,
    input.from,
    input.to,
  )
  const range = { from: day(input.from), to: day(input.to) }
  // A range that reaches beyond today closes today (or with its last booking), in the present.
  const current = input.to >= input.today
  const last = lines.at(-1)?.date ?? input.today
  const date = day(current ? (last > input.today ? last : input.today) : input.to)
  const amount = money(Math.abs(closing))
  const verdict =
    closing > 0
      ? fill(current ? t.owedNow : t.owed, { date, amount })
      : closing < 0
        ? fill(current ? t.inCreditNow : t.inCredit, { date, amount })
        : fill(current ? t.settledNow : t.settled, { date })
  const ledger = letterTable({
    widths: [pt(18), pt(22), '*', pt(21), pt(21), pt(22)],
    header: [t.date, t.reference, t.text, t.charged, t.paid, t.balance],
    rows: [
      ['', '', fill(t.opening, { date: day(input.from) }), '', '', money(opening)],
      ...lines.map((entry) => {
        const [reference, text] = describe(entry, locale)
        return [
          day(entry.date),
          oneLine(reference, 24),
          oneLine(text, 80),
          entry.amountCents > 0 ? money(entry.amountCents) : '',
          entry.amountCents < 0 ? money(-entry.amountCents) : '',
          money(entry.balanceCents),
        ]
      }),
    ],
    totals: [
      ['', '', t.sums, money(charged), money(paid), ''],
      ['', '', fill(t.closing, { date }), '', '', money(closing)],
    ],
    right: [3, 4, 5],
  })
  const body: Content[] = [
    paragraph(fill(t.intro, range)),
    ledger,
    paragraph(verdict),
    ...openItems(input, locale, money),
  ]
  return {
    address: input.recipient.address,
    date: input.today,
    info: [
      [letterText[locale].memberNumber, oneLine(input.memberNumber, 30)],
      [t.period, `${range.from} – ${range.to}`],
    ],
    subject: fill(t.subject, range),
    greeting: input.recipient.greeting,
    body,
  }
}

function openItems(
  input: StatementInput,
  locale: Locale,
  money: (cents: number) => string,
): Content[] {
  const t = statementText[locale]
  const today = shortDate(input.today, locale)
  if (input.openCharges.length === 0) return []
  const total = input.openCharges.reduce((sum, charge) => sum + charge.openCents, 0)
  return [
    { text: fill(t.openTitle, { date: today }), bold: true, margin: [0, 4, 0, 0] },
    letterTable({
      widths: [pt(26), '*', pt(22), pt(26)],
      header: [t.number, t.description, t.due, t.open],
      rows: input.openCharges.map((charge) => [
        charge.number,
        oneLine(charge.description, 70),
        shortDate(charge.dueDate, locale),
        money(charge.openCents),
      ]),
      totals: [['', t.total, '', money(total)]],
      right: [2, 3],
    }),
    paragraph(input.collected ? t.collect : t.pleasePay),
  ]
}

/** The voucher column and the text of a ledger line. */
function describe(entry: LedgerEntry, locale: Locale): [string, string] {
  const t = statementText[locale]
  const detail = (text: string) => (text.trim() === '' ? '' : `: ${text}`)
  const method = entry.method ?? 'transfer'
  switch (entry.kind) {
    case 'charge':
      return [entry.reference, entry.description]
    case 'payment':
      return ['', `${t.payments[method]}${detail(entry.reference)}`]
    case 'reversal':
      return ['', `${t.reversals[method]}${detail(entry.description)}`]
    case 'credit':
      return [entry.description, `${t.credit}${detail(entry.reference)}`]
  }
}
