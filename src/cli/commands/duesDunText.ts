import type { Currency, Locale } from '../../api/club.ts'
import type { DunningLetterPlan, DunningPreview } from '../../api/dues.ts'
import { formatCents } from '../../api/money.ts'
import { dunningText } from '../../core/letters/dunningText.ts'
import { shortDate } from '../../core/pdf/dates.ts'

/** What `kreis dues dun` says, German and English. */
const duesDunMessages = {
  de: {
    missingOut:
      'Bitte geben Sie mit --out den Ordner an, in den die Mahnbriefe geschrieben werden.',
    badDate: '„--date“: „{value}“ ist kein Datum. Erwartet wird JJJJ-MM-TT, z. B. 2026-11-21.',
    future:
      '„--date“: {value} liegt in der Zukunft. Gemahnt wird zum heutigen oder einem vergangenen Tag.',
    nothing: 'Am {date} ist niemand zu mahnen.',
    heading: 'Mahnlauf zum {date}: {count} Briefe, zusammen {total}',
    fee: ' + {fee} Gebühr',
    noAddress: '  (keine Anschrift: kein Brief)',
    dryRun: 'Probelauf: Es wurde nichts geschrieben oder gespeichert.',
    written: '{count} Mahnbriefe geschrieben und als versandt vermerkt: {folder}',
    skipped: 'Ohne Anschrift, nicht gemahnt: {names}',
  },
  en: {
    missingOut: 'Please name the folder for the dunning letters with --out.',
    badDate: '“--date”: “{value}” is not a date. Expected YYYY-MM-DD, e.g. 2026-11-21.',
    future: '“--date”: {value} is in the future. Dunning runs on today or a day gone by.',
    nothing: 'Nobody is to be reminded on {date}.',
    heading: 'Dunning run on {date}: {count} letters, {total} in all',
    fee: ' + {fee} fee',
    noAddress: '  (no address: no letter)',
    dryRun: 'Dry run: nothing was written or recorded.',
    written: '{count} dunning letters written and recorded as sent: {folder}',
    skipped: 'No address, not reminded: {names}',
  },
} as const

export type DuesDunMessage = keyof (typeof duesDunMessages)['de']

export function duesDunText(
  locale: Locale,
  key: DuesDunMessage,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return duesDunMessages[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  )
}

/** One line per letter: number, name, level, amount; and whether it can be sent at all. */
export function letterLine(letter: DunningLetterPlan, locale: Locale, currency: Currency): string {
  const money = (cents: number) => formatCents(cents, locale, currency)
  const fee = letter.feeCents > 0 ? duesDunText(locale, 'fee', { fee: money(letter.feeCents) }) : ''
  const level = `${letter.level} ${dunningText[locale].levelName[letter.level]}`
  const address = letter.hasAddress ? '' : duesDunText(locale, 'noAddress')
  return `${letter.memberNumber}  ${letter.displayName}  ${level}  ${money(letter.openCents)}${fee}${address}`
}

export function previewText(preview: DunningPreview, locale: Locale, currency: Currency): string {
  if (preview.letters.length === 0) {
    return duesDunText(locale, 'nothing', { date: shortDate(preview.date, locale) })
  }
  return [
    duesDunText(locale, 'heading', {
      date: shortDate(preview.date, locale),
      count: preview.letters.length,
      total: formatCents(preview.totalCents, locale, currency),
    }),
    ...preview.letters.map((letter) => `  ${letterLine(letter, locale, currency)}`),
  ].join('\n')
}
