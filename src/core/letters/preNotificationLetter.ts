import type { Content } from 'pdfmake/interfaces'
import type { Locale } from '../../api/club.ts'
import { formatCents } from '../../api/money.ts'
import { shortDate } from '../pdf/dates.ts'
import { letterInk, letterTable, paragraph, pt, type Letter } from './din5008.ts'
import type { LetterClub } from './letterClub.ts'
import { letterText } from './letterText.ts'
import { maskedIban } from './maskedIban.ts'
import { oneLine, type Recipient } from './recipient.ts'

export const preNotificationText = {
  de: {
    title: 'Vorabankündigung SEPA-Lastschrift',
    subject: 'Vorabankündigung (Pre-Notification) Ihrer ersten SEPA-Lastschrift',
    opening:
      'vielen Dank für Ihr SEPA-Lastschriftmandat. Wir kündigen Ihnen hiermit die erste Lastschrift an, die wir auf seiner Grundlage von Ihrem Konto einziehen:',
    amount: 'Betrag',
    collectionDate: 'Fälligkeitstag',
    mandate: 'Mandatsreferenz',
    creditorId: 'Gläubiger-ID',
    account: 'Ihr Konto',
    items: 'Die Lastschrift umfasst:',
    number: 'Nr.',
    description: 'Bezeichnung',
    sum: 'Betrag',
    total: 'Summe',
    cover:
      'Bitte sorgen Sie dafür, dass Ihr Konto zum Fälligkeitstag gedeckt ist. Fällt der Tag auf ein Wochenende oder einen Feiertag, wird am folgenden Bankarbeitstag belastet. Sie können innerhalb von acht Wochen ab dem Belastungsdatum die Erstattung des Betrags verlangen; es gelten die mit Ihrer Bank vereinbarten Bedingungen.',
    fileStem: 'vorabankuendigung',
  },
  en: {
    title: 'SEPA direct debit pre-notification',
    subject: 'Pre-notification of your first SEPA direct debit',
    opening:
      'Thank you for your SEPA direct debit mandate. This is to let you know in advance of the first direct debit we will collect from your account under it:',
    amount: 'Amount',
    collectionDate: 'Collection date',
    mandate: 'Mandate reference',
    creditorId: 'Creditor ID',
    account: 'Your account',
    items: 'The direct debit covers:',
    number: 'No.',
    description: 'Description',
    sum: 'Amount',
    total: 'Total',
    cover:
      'Please make sure your account is covered on the collection date. If it falls on a weekend or bank holiday, the account is debited on the next business day. You are entitled to a refund from your bank within eight weeks of the debit, under the terms agreed with your bank.',
    fileStem: 'pre-notification',
  },
} as const

export interface PreNotificationInput {
  readonly recipient: Recipient
  readonly memberNumber: string
  readonly today: string
  readonly collectionDate: string
  readonly mandateReference: string
  readonly iban: string
  readonly charges: readonly {
    readonly number: string
    readonly description: string
    readonly amountCents: number
  }[]
}

/** The notice a payer is owed before the first debit from a new mandate. */
export function preNotificationLetter(
  club: LetterClub,
  input: PreNotificationInput,
  locale: Locale,
): Letter {
  const t = preNotificationText[locale]
  const money = (cents: number) => formatCents(cents, locale, club.currency)
  const total = input.charges.reduce((sum, charge) => sum + charge.amountCents, 0)
  const facts: [string, string][] = [
    [t.amount, money(total)],
    [t.collectionDate, shortDate(input.collectionDate, locale)],
    [t.mandate, input.mandateReference],
    [t.creditorId, club.creditorId],
    [t.account, maskedIban(input.iban)],
  ]
  const body: Content[] = [
    paragraph(t.opening),
    {
      table: {
        widths: [pt(36), '*'],
        body: facts.map(([label, value]) => [
          { text: label, color: letterInk.muted },
          { text: value, bold: label === t.amount },
        ]),
      },
      layout: 'noBorders',
      margin: [pt(5), 0, 0, 10],
    },
    paragraph(t.items),
    letterTable({
      widths: [pt(26), '*', pt(26)],
      header: [t.number, t.description, t.sum],
      rows: input.charges.map((charge) => [
        charge.number,
        oneLine(charge.description, 80),
        money(charge.amountCents),
      ]),
      totals: [['', t.total, money(total)]],
      right: [2],
    }),
    paragraph(t.cover),
  ]
  return {
    address: input.recipient.address,
    date: input.today,
    info: [
      [letterText[locale].memberNumber, oneLine(input.memberNumber, 30)],
      [t.collectionDate, shortDate(input.collectionDate, locale)],
    ],
    subject: t.subject,
    greeting: input.recipient.greeting,
    body,
  }
}
