import type { BillingInterval } from '../../api/dues.ts'
import { KreisError } from '../../api/errors.ts'
import { addDays, clubYearOf } from '../../api/clubYear.ts'

/** A stretch of days, both ends included. */
export interface Span {
  readonly start: string
  readonly end: string
}

export interface Period extends Span {
  /** How the period is written: `2026/27`, `2026`, `2027-01` or `2026-07-01..2026-12-31`. */
  readonly key: string
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The last day of a month (1–12). */
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function isDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (match === null) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDay(year, month)
}

/**
 * Reads a billing period: a club year (`2026/27`, or `2026` when the club year is the
 * calendar year), a month (`2027-01`) or a range of days (`2026-07-01..2026-12-31`).
 */
export function parsePeriod(text: string, yearStartMonth: number): Period {
  const key = text.trim()
  const wrong = () => new KreisError('dues.period', { period: key })
  const clubYear = /^(\d{4})\/(\d{2})$/.exec(key)
  if (clubYear !== null && yearStartMonth !== 1) {
    const first = Number(clubYear[1])
    if (clubYear[2] !== pad((first + 1) % 100)) throw wrong()
    const year = clubYearOf(`${first}-${pad(yearStartMonth)}-01`, yearStartMonth)
    return { key, start: year.start, end: year.end }
  }
  if (/^\d{4}$/.test(key) && yearStartMonth === 1) {
    return { key, start: `${key}-01-01`, end: `${key}-12-31` }
  }
  const month = /^(\d{4})-(\d{2})$/.exec(key)
  if (month !== null) {
    const [year, m] = [Number(month[1]), Number(month[2])]
    if (m < 1 || m > 12) throw wrong()
    return { key, start: `${key}-01`, end: `${key}-${pad(lastDay(year, m))}` }
  }
  const range = /^(\S+)\.\.(\S+)$/.exec(key)
  if (range !== null) {
    const [start, end] = [range[1] ?? '', range[2] ?? '']
    if (!isDay(start) || !isDay(end) || end < start) throw wrong()
    return { key, start, end }
  }
  throw wrong()
}

const intervalMonths: Readonly<Record<BillingInterval, number>> = {
  yearly: 12,
  half_yearly: 6,
  quarterly: 3,
  monthly: 1,
}

/** Months since year 0, so slices can be counted across years. */
const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1

function firstOfMonth(index: number): string {
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`
}

/** The slice starting on the first of month `index`, `months` long. */
function sliceAt(index: number, months: number): Span {
  return { start: firstOfMonth(index), end: addDays(firstOfMonth(index + months), -1) }
}

/**
 * The billing slice of an interval that contains `day`. Slices run in blocks from the month
 * the club year starts: a half-yearly slice of a July club starts in July or January, a
 * yearly one is the club year.
 */
export function sliceContaining(
  day: string,
  interval: BillingInterval,
  yearStartMonth: number,
): Span {
  const months = intervalMonths[interval]
  const index = monthIndex(day)
  const offset = (((index - (yearStartMonth - 1)) % months) + months) % months
  return sliceAt(index - offset, months)
}

/** The parts of `span` that none of `covered` (sorted by start) overlaps, in order. */
export function uncoveredParts(span: Span, covered: readonly Span[]): Span[] {
  const parts: Span[] = []
  let from = span.start
  for (const c of covered) {
    if (c.start > span.end) break
    if (c.end < from) continue
    if (c.start > from) parts.push({ start: from, end: addDays(c.start, -1) })
    from = addDays(c.end, 1)
    if (from > span.end) return parts
  }
  parts.push({ start: from, end: span.end })
  return parts
}

/** Whole months from the month of `from` to the month of `to`, both counted fully. */
export function monthsTouched(from: string, to: string): number {
  return monthIndex(to) - monthIndex(from) + 1
}

const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000)

/** How many days the span from `from` to `to` covers, both days counted: 1 for one day. */
export function daysInclusive(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from) + 1
}

/**
 * How many days `to` lies after `from`: 0 on the same day, 1 on the next, negative before.
 * What "days overdue" means: a charge due today is 0 days overdue, tomorrow 1.
 */
export function daysAfter(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}
