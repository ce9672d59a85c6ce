import type { DirectoryEntry } from './directoryEntry.ts'

/** A day of the year to mark: a birthday or a membership anniversary. */
export interface DateLine {
  readonly memberId: number
  readonly name: string
  /** The day in the year asked for, ISO. */
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

/** Birthdays of the year of the members who allowed theirs to be published. */
export function birthdaysOf(entries: readonly DirectoryEntry[], year: number): DateLine[] {
  const lines: DateLine[] = []
  for (const entry of entries) {
    if (entry.birthday === null) continue
    const age = year - Number(entry.birthday.slice(0, 4))
    if (age <= 0) continue
    lines.push({
      memberId: entry.id,
      name: entry.name,
      date: dayIn(year, entry.birthday),
      count: isRoundAge(age) ? age : null,
    })
  }
  return lines.sort(byDay)
}

/** Members completing 5, 10, 15 … years of membership in the year. */
export function anniversariesOf(entries: readonly DirectoryEntry[], year: number): DateLine[] {
  const lines: DateLine[] = []
  for (const entry of entries) {
    if (entry.memberSince === null) continue
    const years = year - Number(entry.memberSince.slice(0, 4))
    if (years <= 0 || years % 5 !== 0) continue
    lines.push({
      memberId: entry.id,
      name: entry.name,
      date: dayIn(year, entry.memberSince),
      count: years,
    })
  }
  return lines.sort(byDay)
}
