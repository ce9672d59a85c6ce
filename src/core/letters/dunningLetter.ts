import type { Content } from 'pdfmake/interfaces'
import type { Locale } from '../../api/club.ts'
import type { DunningLetterPlan } from '../../api/dues.ts'
import { formatIban } from '../../api/iban.ts'
import { formatCents } from '../../api/money.ts'
import { shortDate } from '../pdf/dates.ts'
import { fill } from '../pdf/fill.ts'
import { letterInk, letterTable, paragraph, pt, type Letter } from './din5008.ts'
import type { LetterClub } from './letterClub.ts'
import { letterText } from './letterText.ts'
import { dunningText } from './dunningText.ts'
import { maskedIban } from './maskedIban.ts'
import { oneLine, type Recipient } from './recipient.ts'

export interface DunningLetterInput {
  readonly plan: DunningLetterPlan
  readonly recipient: Recipient
  readonly date: string
  readonly payBy: string
  /** When the member was last reminded, so a second letter can refer to the first. */
  readonly previous: string | null
  /** The member's active SEPA mandate: the amount is collected rather than transferred. */
  readonly mandate: { readonly reference: string; readonly iban: string } | null
}

/** A reminder, second reminder or final notice with its table of open items. */
export function dunningLetter(club: LetterClub, input: DunningLetterInput, locale: Locale): Letter {
  const t = dunningText[locale]
  const { plan } = input
  const money = (cents: number) => formatCents(cents, locale, club.currency)
  const day = (iso: string) => shortDate(iso, locale)
  const total = plan.openCents + plan.feeCents
  const since = input.previous === null ? '' : fill(t.since, { date: day(input.previous) })
  const rows = plan.charges.map((charge) => [
    charge.number,
    oneLine(charge.description, 70),
    day(charge.dueDate),
    money(charge.openCents),
  ])
  const totals = [
    ...(plan.feeCents > 0 ? [['', t.fee, '', money(plan.feeCents)]] : []),
    ['', t.total, '', money(total)],
  ]
  const body: Content[] = [
    paragraph(
      plan.level > 1 && input.previous === null
        ? t.openingUnreminded
        : fill(t.opening[plan.level], { since }),
    ),
    letterTable({
      widths: [pt(26), '*', pt(22), pt(26)],
      header: [t.number, t.description, t.due, t.open],
      rows,
      totals,
      right: [2, 3],
    }),
    ...payment(club, input, locale, money(total)),
    paragraph(t.crossed),
  ]
  return {
    address: input.recipient.address,
    date: input.date,
    info: [
      [letterText[locale].memberNumber, oneLine(plan.memberNumber, 30)],
      [t.payBy, day(input.payBy)],
    ],
    subject: t.subject[plan.level],
    greeting: input.recipient.greeting,
    body,
  }
}

function payment(
  club: LetterClub,
  input: DunningLetterInput,
  locale: Locale,
  total: string,
): Content[] {
  const t = dunningText[locale]
  const date = shortDate(input.payBy, locale)
  const final = input.plan.level === 3 ? [paragraph(t.final)] : []
  if (input.mandate !== null) {
    return [
      paragraph(
        fill(t.mandate, {
          reference: input.mandate.reference,
          total,
          iban: maskedIban(input.mandate.iban),
        }),
      ),
    ]
  }
  if (club.iban === '') return [paragraph(fill(t.pay, { total, date })), ...final]
  const reference = [
    input.plan.memberNumber,
    ...input.plan.charges.map((charge) => charge.number),
  ].join(' ')
  const account: [string, string][] = [
    [t.accountHolder, oneLine(club.accountHolder, 70)],
    ['IBAN', formatIban(club.iban)],
  ]
  if (club.bic !== '') account.push(['BIC', club.bic])
  if (club.bankName !== '') account.push([t.bank, oneLine(club.bankName, 70)])
  account.push([t.reference, oneLine(reference, 140)])
  return [
    paragraph(fill(t.transfer, { total, date })),
    {
      table: {
        widths: [pt(36), '*'],
        body: account.map(([label, value]) => [
          { text: label, color: letterInk.muted },
          { text: value, bold: label === 'IBAN' },
        ]),
      },
      layout: 'noBorders',
      margin: [pt(5), 0, 0, 10],
    },
    ...final,
  ]
}
