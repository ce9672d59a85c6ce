import type { Locale } from '../../../api/club.ts'
import type { AttendanceCode, MeetingSeries } from '../../../api/meetings.ts'
import { formatDate } from '../../format.ts'

export type Translate = (key: string, params?: Record<string, unknown>) => string

const intlLocale = (locale: Locale) => (locale === 'de' ? 'de-DE' : 'en-GB')

function utcDay(iso: string): Date {
  return new Date(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))),
  )
}

/** ISO weekday of a stored date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const day = utcDay(iso).getUTCDay()
  return day === 0 ? 7 : day
}

/** `Dienstag` / `Tuesday` for an ISO weekday; 5 January 1970 was a Monday. */
export function weekdayName(weekday: number, locale: Locale, style: 'long' | 'short' = 'long') {
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(1970, 0, 4 + weekday)),
  )
}

/**
 * `Di., 17.11.2026` / `Tue, 17 Nov 2026`: a secretary plans by weekday. ICU abbreviates German
 * weekdays as `Di` or `Di.` depending on its version; German writes the period.
 */
export function dateWithWeekday(iso: string, locale: Locale): string {
  const day = weekdayName(isoWeekday(iso), locale, 'short')
  const short = locale === 'de' && !day.endsWith('.') ? `${day}.` : day
  return `${short}, ${formatDate(iso, locale)}`
}

/** `12:30–14:00`, or just the start when the end is open. */
export function timeRange(start: string, end: string): string {
  return end === '' ? start : `${start}–${end}`
}

/**
 * What people type for a time, made `HH:MM`: `7` → `07:00`, `1930` → `19:30`, `9.15` → `09:15`.
 * Anything else comes back unchanged for the field to flag.
 */
export function normalizeTime(text: string): string {
  const trimmed = text.trim()
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(trimmed)
  if (match === null) return trimmed
  const hours = Number(match[1])
  const minutes = Number(match[2] ?? '0')
  if (hours > 23 || minutes > 59) return trimmed
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}

export const isTime = (text: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(text)

const nthKeys = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' } as const

/** `1.` … `letzten` for a monthly series' n-th weekday (-1: the last). */
export function nthWord(nth: number | null, t: Translate): string {
  const key = nthKeys[(nth ?? 1) as keyof typeof nthKeys]
  return t(`meetings.nth.${key}`)
}

/** `jeden Dienstag, 12:30–14:00` / `jeden 2. Dienstag im Monat, 19:00`. */
export function seriesRhythm(series: MeetingSeries, locale: Locale, t: Translate): string {
  const day = weekdayName(series.weekday, locale)
  const time = timeRange(series.startTime, series.endTime)
  if (series.interval === 'monthly')
    return t('meetings.series.rhythmMonthly', {
      nth: nthWord(series.nth, t),
      day,
      time,
    })
  return t(`meetings.series.rhythm.${series.interval}`, { day, time })
}

/** The code's label in the language of the interface; the club names its codes in both. */
export function codeLabel(code: AttendanceCode, locale: Locale): string {
  return locale === 'de' ? code.labelDe : code.labelEn
}
