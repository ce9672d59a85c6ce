import type { Currency, Locale } from './club.ts'

/** The largest amount the contract accepts: ten million euros, in cents (far inside a double's integers). */
export const maxCents = 1_000_000_000

const formats = new Map<string, Intl.NumberFormat>()

/** `1.234,50 €` in German, `€1,234.50` in English. */
export function formatCents(cents: number, locale: Locale, currency: Currency): string {
  const key = `${locale}|${currency}`
  let format = formats.get(key)
  if (format === undefined) {
    format = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
      style: 'currency',
      currency,
    })
    formats.set(key, format)
  }
  return format.format(cents / 100)
}
