import { KreisError } from '../../api/errors.ts'
import type { SeriesInterval } from '../../api/meetings.ts'

/** What decides a series' dates; the rest of a series (time, place) does not move them. */
export interface SeriesPattern {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  readonly weekday: number
  readonly interval: SeriesInterval
  /** Monthly: the n-th weekday of the month (1–4), or -1 for the last. */
  readonly nth: number | null
  readonly startDate: string
  /** Empty: open-ended. */
  readonly endDate: string
  readonly skipDates: readonly string[]
}

const dayMs = 86_400_000

// Days are counted as whole UTC days since 1970: no time of day, so no daylight saving time.
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / dayMs
const isoOf = (day: number): string => new Date(day * dayMs).toISOString().slice(0, 10)
/** 1970-01-01 was a Thursday (ISO 4). */
const isoWeekday = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1

/** The first day on or after `day` that falls on `weekday`. */
function onOrAfter(day: number, weekday: number): number {
  return day + ((weekday - isoWeekday(day) + 7) % 7)
}

/** The n-th (or, for -1, the last) `weekday` of a month (0-based month), as a day number. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  if (nth === -1) {
    const last = Date.UTC(year, month + 1, 0) / dayMs
    return last - ((isoWeekday(last) - weekday + 7) % 7)
  }
  return onOrAfter(Date.UTC(year, month, 1) / dayMs, weekday) + (nth - 1) * 7
}

function stepping(series: SeriesPattern, first: number, last: number, step: number): number[] {
  // Fortnightly series keep the phase of their first meeting, whatever range is asked for.
  const anchor = onOrAfter(dayNumber(series.startDate), series.weekday)
  const start = first <= anchor ? anchor : anchor + Math.ceil((first - anchor) / step) * step
  const days: number[] = []
  for (let day = start; day <= last; day += step) days.push(day)
  return days
}

function monthly(series: SeriesPattern, first: number, last: number): number[] {
  if (series.nth === null) throw new KreisError('meeting.nthNeeded', {})
  const days: number[] = []
  const from = new Date(first * dayMs)
  let year = from.getUTCFullYear()
  let month = from.getUTCMonth()
  for (;;) {
    const day = nthWeekday(year, month, series.weekday, series.nth)
    if (day > last) break
    if (day >= first) days.push(day)
    month += 1
    if (month === 12) [year, month] = [year + 1, 0]
  }
  return days
}

/**
 * Every day the series meets within [from, to] and its own start and end, skip dates
 * included (the generator counts those apart).
 */
export function seriesSlots(series: SeriesPattern, from: string, to: string): string[] {
  const first = dayNumber(from > series.startDate ? from : series.startDate)
  const last = dayNumber(series.endDate !== '' && series.endDate < to ? series.endDate : to)
  if (first > last) return []
  const days =
    series.interval === 'monthly'
      ? monthly(series, first, last)
      : stepping(series, first, last, series.interval === 'weekly' ? 7 : 14)
  return days.map(isoOf)
}

/** The days the series meets within [from, to], without its skip dates. */
export function seriesDates(series: SeriesPattern, from: string, to: string): string[] {
  const skip = new Set(series.skipDates)
  return seriesSlots(series, from, to).filter((date) => !skip.has(date))
}
