import { todayIso } from '../../format.ts'

/** A club year as the meetings view pages through it: `2026/27` from July to June. */
export interface ClubYear {
  readonly start: string
  readonly end: string
  readonly label: string
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The club year that begins in `startMonth` of `startYear`. */
export function clubYearFrom(startYear: number, startMonth: number): ClubYear {
  const endDate = new Date(Date.UTC(startYear + 1, startMonth - 1, 0))
  const end = `${endDate.getUTCFullYear()}-${pad(endDate.getUTCMonth() + 1)}-${pad(endDate.getUTCDate())}`
  return {
    start: `${startYear}-${pad(startMonth)}-01`,
    end,
    label: startMonth === 1 ? String(startYear) : `${startYear}/${String(startYear + 1).slice(2)}`,
  }
}

/** The club year `today` lies in. */
export function clubYearAround(startMonth: number, today: string = todayIso()): ClubYear {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  return clubYearFrom(month >= startMonth ? year : year - 1, startMonth)
}

/** The year `by` club years before (negative) or after `year`. */
export function shiftClubYear(year: ClubYear, by: number): ClubYear {
  return clubYearFrom(Number(year.start.slice(0, 4)) + by, Number(year.start.slice(5, 7)))
}
