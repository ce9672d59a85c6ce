import type { Locale } from '../../api/club.ts'

const formats = new Map<string, Intl.DateTimeFormat>()

function format(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let made = formats.get(key)
  if (made === undefined) {
    // ISO days are calendar days, not instants: read and written in UTC, they never shift.
    made = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
      ...options,
      timeZone: 'UTC',
    })
    formats.set(key, made)
  }
  return made
}

const day = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`)

/** `21.11.2026` / `21 Nov 2026`. */
export function shortDate(iso: string, locale: Locale): string {
  return format(locale, {
    day: '2-digit',
    month: locale === 'de' ? '2-digit' : 'short',
    year: 'numeric',
  }).format(day(iso))
}

/** `21. November 2026` / `21 November 2026`. */
export function longDate(iso: string, locale: Locale): string {
  return format(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(day(iso))
}

/** `21.11.` / `21 Nov`: a day that comes back every year. */
export function dayOfYear(iso: string, locale: Locale): string {
  if (locale === 'de') return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.`
  return format(locale, { day: '2-digit', month: 'short' }).format(day(iso))
}

/** `November` for grouping a year's days by month. */
export function monthName(iso: string, locale: Locale): string {
  return format(locale, { month: 'long' }).format(day(iso))
}
