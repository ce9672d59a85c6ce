import { easterSunday } from '../../api/easter.ts'

/**
 * TARGET2 business days: the days the euro interbank system settles direct debits. It is
 * closed on weekends, 1 January, Good Friday, Easter Monday, 1 May, 25 and 26 December.
 */

const dayMs = 86_400_000

function toUtc(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))
}

function toIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

export function isTargetBusinessDay(iso: string): boolean {
  const ms = toUtc(iso)
  const weekday = new Date(ms).getUTCDay()
  if (weekday === 0 || weekday === 6) return false
  const monthDay = iso.slice(5)
  if (['01-01', '05-01', '12-25', '12-26'].includes(monthDay)) return false
  const easter = toUtc(easterSunday(Number(iso.slice(0, 4))))
  return ms !== easter - 2 * dayMs && ms !== easter + dayMs
}

/**
 * The earliest collection date for a file handed in today: two TARGET2 business days ahead.
 * The CORE scheme itself needs one (D-1 since 2016), but a file handed in after the bank's
 * cut-off counts from the next day, so one day more keeps every bank's cut-off safe.
 */
export function earliestCollectionDate(today: string): string {
  let ms = toUtc(today)
  let found = 0
  while (found < 2) {
    ms += dayMs
    if (isTargetBusinessDay(toIso(ms))) found++
  }
  return toIso(ms)
}
