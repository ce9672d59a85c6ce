import { easterSunday } from '../../../api/easter.ts'

const pad = (n: number) => String(n).padStart(2, '0')
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`

function plusDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000)
}

/**
 * The public holidays all German states share, plus Christmas Eve and New Year's Eve, when
 * clubs hardly meet either: what a series usually skips. Regional holidays are added by hand.
 */
function holidaysOf(year: number): string[] {
  const sunday = new Date(`${easterSunday(year)}T00:00:00Z`)
  return [
    `${year}-01-01`,
    iso(plusDays(sunday, -2)),
    iso(plusDays(sunday, 1)),
    `${year}-05-01`,
    iso(plusDays(sunday, 39)),
    iso(plusDays(sunday, 50)),
    `${year}-10-03`,
    `${year}-12-24`,
    `${year}-12-25`,
    `${year}-12-26`,
    `${year}-12-31`,
  ]
}

/** The holidays from `from` to `to` (inclusive) that fall on the ISO `weekday`. */
export function holidaysOnWeekday(from: string, to: string, weekday: number): string[] {
  const found: string[] = []
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++)
    for (const day of holidaysOf(year)) {
      const date = new Date(`${day}T00:00:00Z`)
      const isoDay = date.getUTCDay() === 0 ? 7 : date.getUTCDay()
      if (day >= from && day <= to && isoDay === weekday) found.push(day)
    }
  return found.sort()
}
