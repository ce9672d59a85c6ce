import { localToday } from '../clock.ts'
import type { BackupName } from './backupNames.ts'

/** Days before today of which the newest backup of each day is kept. */
const dailyDays = 14
/** Months before this one of which the newest backup of each month is kept. */
const monthlyMonths = 12

/**
 * Which backups go: all of today stay, the newest of each of the last 14 days, the newest of
 * each of the last 12 months; the rest is deleted. The newest backup of all always stays, and
 * so does every copy made before a migration: it is the only one in the old format.
 * Days are the user's calendar days (`dayOf`), so "today" is what the user calls today.
 */
export function backupsToDelete(
  backups: readonly BackupName[],
  now: Date,
  dayOf: (moment: Date) => string = (moment) => localToday({ now: () => moment }),
): string[] {
  const today = dayOf(now)
  const newestFirst = [...backups].sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.fileName.localeCompare(a.fileName),
  )
  const daysSeen = new Set<string>()
  const monthsSeen = new Set<string>()
  const doomed: string[] = []
  newestFirst.forEach((backup, index) => {
    const day = dayOf(backup.createdAt)
    const month = day.slice(0, 7)
    const firstOfDay = !daysSeen.has(day)
    const firstOfMonth = !monthsSeen.has(month)
    daysSeen.add(day)
    monthsSeen.add(month)
    const keep =
      index === 0 ||
      backup.reason === 'beforeMigration' ||
      day >= today ||
      (firstOfDay && daysBetween(day, today) <= dailyDays) ||
      (firstOfMonth && monthsBetween(month, today.slice(0, 7)) <= monthlyMonths)
    if (!keep) doomed.push(backup.fileName)
  })
  return doomed
}

function daysBetween(from: string, to: string): number {
  return (utcDay(to) - utcDay(from)) / 86_400_000
}

function utcDay(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))
}

function monthsBetween(from: string, to: string): number {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7))
  return index(to) - index(from)
}
