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

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
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
