import type { DirectoryEntry } from './directoryEntry.ts'

/** A span of at most a year, ISO days, both included: a calendar year or a club year. */
export interface Period {
  readonly start: string
  readonly end: string
}

export const calendarYear = (year: number): Period => ({
  start: `${year}-01-01`,
  end: `${year}-12-31`,
})

/** The day within the period on which a date comes round again, if it does. */
function recurrence(isoDate: string, period: Period): { date: string; year: number } | null {
  const first = Number(period.start.slice(0, 4))
  for (const year of [first, first + 1]) {
    const date = dayIn(year, isoDate)
    if (date >= period.start && date <= period.end) return { date, year }
  }
  return null
}

/** A day of the year to mark: a birthday or a membership anniversary. */
export interface DateLine {
  readonly memberId: number
  readonly name: string
  /** The day within the period asked for, ISO. */
  readonly date: string
  /** The age turned (round birthdays only) or the years of membership completed. */
  readonly count: number | null
}

/** 29 February falls on the 28th in other years, as most people then celebrate it. */
function dayIn(year: number, isoDate: string): string {
  const monthDay = isoDate.slice(5, 10)
  const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1
  return `${year}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`
}

const byDay = (a: DateLine, b: DateLine) => a.date.localeCompare(b.date)

/** A round birthday, whose age a directory names: 30, 40 … and every five years from 65. */
export function isRoundAge(age: number): boolean {
  return age > 0 && (age % 10 === 0 || (age >= 65 && age % 5 === 0))
}

/** Birthdays in the period of the members who allowed theirs to be published. */
export function birthdaysOf(entries: readonly DirectoryEntry[], period: Period): DateLine[] {
  const lines: DateLine[] = []
  for (const entry of entries) {
    if (entry.birthday === null) continue
    const next = recurrence(entry.birthday, period)
    const age = next === null ? 0 : next.year - Number(entry.birthday.slice(0, 4))
    if (next === null || age <= 0) continue
    lines.push({
      memberId: entry.id,
      name: entry.name,
      date: next.date,
      count: isRoundAge(age) ? age : null,
    })
  }
  return lines.sort(byDay)
}

/** Members completing 5, 10, 15 … years of membership in the period. */
export function anniversariesOf(entries: readonly DirectoryEntry[], period: Period): DateLine[] {
  const lines: DateLine[] = []
  for (const entry of entries) {
    if (entry.memberSince === null) continue
    const next = recurrence(entry.memberSince, period)
    const years = next === null ? 0 : next.year - Number(entry.memberSince.slice(0, 4))
    if (next === null || years <= 0 || years % 5 !== 0) continue
    lines.push({ memberId: entry.id, name: entry.name, date: next.date, count: years })
  }
  return lines.sort(byDay)
}
