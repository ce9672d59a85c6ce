import type { Locale } from '../api/club.ts'

const formatters = new Map<Locale, Intl.DateTimeFormat>()

/** `2026-11-21` → `21.11.2026` in German, `21 Nov 2026` in English; storage stays ISO. */
export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (iso === null || iso === undefined || iso === '') return ''
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (match === null) return iso
  let formatter = formatters.get(locale)
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
      day: '2-digit',
      month: locale === 'de' ? '2-digit' : 'short',
      year: 'numeric',
      timeZone: 'UTC',
    })
    formatters.set(locale, formatter)
  }
  return formatter.format(
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))),
  )
}

/** A timestamp as date and time in the user's zone. */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date)
}

/** Today on the user's calendar, as stored: `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** The pattern the date pickers show and accept when typed. */
export function datePattern(locale: Locale): string {
  return locale === 'de' ? 'dd.MM.yyyy' : 'yyyy-MM-dd'
}
