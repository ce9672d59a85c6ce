import type { Locale } from '../../api/club.ts'
import type { BillingInterval, Computation, Prorate, SkipReason } from '../../api/dues.ts'
import { shortDate } from '../../core/pdf/dates.ts'

const messages = {
  de: {
    missingPeriod:
      'Bitte geben Sie mit --period den Abrechnungszeitraum an: ein Clubjahr (2026/27), einen Monat (2027-01) oder einen Bereich (2026-07-01..2026-12-31).',
    missingPayment:
      'Bitte geben Sie Mitgliedsnummer und Betrag an, z. B. „kreis dues pay club.kreis 1001 120,50“.',
    badAmount: '„{value}“ ist kein Betrag. Schreiben Sie z. B. 120,50 oder 120.50 (mehr als 0).',
    badPeriod:
      '„--period“: „{value}“ ist kein Abrechnungszeitraum. Möglich sind ein Clubjahr (2026/27), ein Monat (2027-01) oder ein Bereich (2026-07-01..2026-12-31).',
    badDate: '„--date“: „{value}“ ist kein gültiges Datum (JJJJ-MM-TT).',
    badMethod: '„--method“: „{value}“ ist nicht vorgesehen. Möglich: {allowed}.',
    number: 'Nr.',
    name: 'Name',
    type: 'Mitgliedsart',
    period: 'Zeitraum',
    amount: 'Betrag',
    due: 'fällig',
    computation: 'Berechnung',
    members: 'Mitglieder',
    interval: 'Intervall',
    prorate: 'anteilig',
    admission: 'Aufnahme',
    validFrom: 'gültig ab',
    exempt: 'beitragsfrei',
    noSchedule: 'kein Beitragssatz',
    open: 'offen',
    charges: 'Posten',
    oldestDue: 'fällig seit',
    days: 'Tage',
    level: 'Mahnstufe',
    mandate: 'Mandat',
    yes: 'ja',
    no: 'nein',
    previewTotal: '{count} Forderungen über zusammen {total} für {period} ({start} bis {end}).',
    skippedTitle: 'Nicht abgerechnet ({count}):',
    dryRun: 'Probelauf: es wurde nichts gebucht.',
    committed: 'Abrechnungslauf Nr. {id} gebucht: {count} Forderungen über zusammen {total}.',
    paid: 'Zahlung über {amount} gebucht für {name} ({number}).',
    balance: 'Saldo: {balance}',
    credit: 'Guthaben: {credit}',
    openTitle: 'Offene Posten:',
    noneOpen: 'Keine offenen Posten.',
    outstandingTotal: '{count} Mitglieder mit offenen Posten, zusammen {total}.',
    nobodyOwes: 'Niemand hat offene Posten.',
    'interval.yearly': 'jährlich',
    'interval.half_yearly': 'halbjährlich',
    'interval.quarterly': 'vierteljährlich',
    'interval.monthly': 'monatlich',
    'prorate.none': 'nein',
    'prorate.month': 'nach Monaten',
    'prorate.day': 'nach Tagen',
    'reason.noType': 'keine Mitgliedsart',
    'reason.noSchedule': 'kein Beitragssatz für den Zeitraum',
    'reason.exempt': 'beitragsfrei',
    'reason.alreadyBilled': 'schon abgerechnet',
    'reason.notMemberInPeriod': 'im Zeitraum kein Mitglied',
    'reason.status': 'Status (Interessent oder ausgeschieden)',
    'reason.zeroAmount': 'Betrag 0',
    'rule.full': 'voller Betrag',
    'rule.individual': 'individueller Betrag',
    'rule.month': '{units} von {ofUnits} Monaten von {full} ({from}–{to})',
    'rule.day': '{units} von {ofUnits} Tagen von {full} ({from}–{to})',
    'rule.admission': 'Aufnahmegebühr',
  },
  en: {
    missingPeriod:
      'Please name the billing period with --period: a club year (2026/27), a month (2027-01) or a range (2026-07-01..2026-12-31).',
    missingPayment:
      'Please give the member number and the amount, e.g. “kreis dues pay club.kreis 1001 120.50”.',
    badAmount: '“{value}” is not an amount. Write e.g. 120.50 or 120,50 (more than 0).',
    badPeriod:
      '“--period”: “{value}” is not a billing period. Use a club year (2026/27), a month (2027-01) or a range (2026-07-01..2026-12-31).',
    badDate: '“--date”: “{value}” is not a valid date (YYYY-MM-DD).',
    badMethod: '“--method”: “{value}” is not allowed. Choose from: {allowed}.',
    number: 'No.',
    name: 'Name',
    type: 'Membership type',
    period: 'Period',
    amount: 'Amount',
    due: 'Due',
    computation: 'Computation',
    members: 'Members',
    interval: 'Interval',
    prorate: 'Pro rata',
    admission: 'Admission',
    validFrom: 'Valid from',
    exempt: 'exempt',
    noSchedule: 'no fee schedule',
    open: 'Open',
    charges: 'Items',
    oldestDue: 'Due since',
    days: 'Days',
    level: 'Dunning level',
    mandate: 'Mandate',
    yes: 'yes',
    no: 'no',
    previewTotal: '{count} charges totalling {total} for {period} ({start} to {end}).',
    skippedTitle: 'Not billed ({count}):',
    dryRun: 'Dry run: nothing was booked.',
    committed: 'Billing run no. {id} booked: {count} charges totalling {total}.',
    paid: 'Payment of {amount} booked for {name} ({number}).',
    balance: 'Balance: {balance}',
    credit: 'Credit: {credit}',
    openTitle: 'Open items:',
    noneOpen: 'No open items.',
    outstandingTotal: '{count} members with open items, {total} in all.',
    nobodyOwes: 'Nobody has open items.',
    'interval.yearly': 'yearly',
    'interval.half_yearly': 'half-yearly',
    'interval.quarterly': 'quarterly',
    'interval.monthly': 'monthly',
    'prorate.none': 'no',
    'prorate.month': 'by month',
    'prorate.day': 'by day',
    'reason.noType': 'no membership type',
    'reason.noSchedule': 'no fee schedule for the period',
    'reason.exempt': 'exempt',
    'reason.alreadyBilled': 'already billed',
    'reason.notMemberInPeriod': 'not a member in the period',
    'reason.status': 'status (prospect or former member)',
    'reason.zeroAmount': 'amount 0',
    'rule.full': 'full amount',
    'rule.individual': 'individual amount',
    'rule.month': '{units} of {ofUnits} months of {full} ({from}–{to})',
    'rule.day': '{units} of {ofUnits} days of {full} ({from}–{to})',
    'rule.admission': 'admission fee',
  },
} as const satisfies Record<Locale, Record<string, string>>

export type DuesTextKey = keyof (typeof messages)['de']

export function duesText(
  locale: Locale,
  key: DuesTextKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return messages[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  )
}

export const intervalWord = (locale: Locale, interval: BillingInterval) =>
  duesText(locale, `interval.${interval}`)
export const prorateWord = (locale: Locale, rule: Prorate) => duesText(locale, `prorate.${rule}`)
export const reasonWord = (locale: Locale, reason: SkipReason) =>
  duesText(locale, `reason.${reason}`)

/** How an amount came about, in words: `4 von 12 Monaten von 120,00 € (05.09.2026–31.12.2026)`. */
export function computationWords(
  locale: Locale,
  computation: Computation,
  money: (cents: number) => string,
): string {
  if (computation.rule !== 'month' && computation.rule !== 'day') {
    return duesText(locale, `rule.${computation.rule}`)
  }
  return duesText(locale, `rule.${computation.rule}`, {
    units: computation.units,
    ofUnits: computation.ofUnits,
    full: money(computation.fullCents),
    from: shortDate(computation.from, locale),
    to: shortDate(computation.to, locale),
  })
}
