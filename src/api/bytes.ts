import type { Locale } from './club.ts'

const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const

/**
 * `176 414 720` → `176,4 MB` (de) or `176.4 MB` (en): decimal units, as file managers show
 * them. The same words in the app and on the command line.
 */
export function formatBytes(bytes: number, locale: Locale): string {
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value)
}
