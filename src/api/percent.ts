import type { Locale } from './club.ts'

/**
 * `78,4 %` / `78.4%` with up to one decimal (at least `digits`), or a dash when there is
 * nothing to divide by; the same in the renderer and in the documents.
 */
export function formatPercent(percent: number | null, locale: Locale, digits = 1): string {
  if (percent === null) return '–'
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: 1,
  }).format(percent / 100)
}
