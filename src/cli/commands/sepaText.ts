import type { Locale } from '../../api/club.ts'
import type { CollectionProblem } from '../../api/sepa.ts'

const messages = {
  de: {
    missingDate:
      'Bitte geben Sie mit --collection-date an, an welchem Tag eingezogen wird (JJJJ-MM-TT).',
    badDate: '„--collection-date“: „{value}“ ist kein gültiges Datum (JJJJ-MM-TT).',
    missingOut: 'Bitte geben Sie mit --out an, wohin die XML-Datei geschrieben werden soll.',
    written: 'SEPA-Lastschriftdatei (pain.008.001.08) geschrieben: {path}',
    summary: '{count} Lastschriften über zusammen {total}, Einzug am {date}.',
    firstDebits:
      '{count} Mitglieder werden zum ersten Mal belastet: Sie sind 14 Tage vorher zu benachrichtigen.',
    problemsTitle: 'Nicht eingezogen ({count} Mitglieder ohne gültiges Mandat):',
    noMandate: 'kein Mandat',
    mandateLapsed: 'Mandat verfallen (36 Monate nicht genutzt)',
    mandateRevoked: 'Mandat widerrufen',
    invalidIban: 'IBAN des Mandats ungültig',
    mandateUsed: 'Einmalmandat schon genutzt',
    bicMissing: 'BIC des Mandats fehlt (Konto außerhalb des EWR)',
  },
  en: {
    missingDate: 'Please name the day of collection with --collection-date (YYYY-MM-DD).',
    badDate: '“--collection-date”: “{value}” is not a valid date (YYYY-MM-DD).',
    missingOut: 'Please name the XML file to write with --out.',
    written: 'SEPA direct debit file (pain.008.001.08) written: {path}',
    summary: '{count} direct debits totalling {total}, collected on {date}.',
    firstDebits:
      '{count} members are debited for the first time: they must be notified 14 days ahead.',
    problemsTitle: 'Not collected ({count} members without a valid mandate):',
    noMandate: 'no mandate',
    mandateLapsed: 'mandate lapsed (unused for 36 months)',
    mandateRevoked: 'mandate revoked',
    invalidIban: 'invalid IBAN on the mandate',
    mandateUsed: 'one-off mandate already used',
    bicMissing: 'no BIC on the mandate (account outside the EEA)',
  },
} as const satisfies Record<Locale, Record<string, string>>

export type SepaTextKey = keyof (typeof messages)['de']

export function sepaMessage(
  locale: Locale,
  key: SepaTextKey | CollectionProblem,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return messages[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  )
}
