import { clubYearFrom, clubYearOf, type ClubYear } from '../../../api/clubYear.ts'
import { todayIso } from '../../format.ts'

export { clubYearFrom, type ClubYear }

/** The club year `today` lies in. */
export function clubYearAround(startMonth: number, today: string = todayIso()): ClubYear {
  return clubYearOf(today, startMonth)
}

/** The year `by` club years before (negative) or after `year`. */
export function shiftClubYear(year: ClubYear, by: number): ClubYear {
  return clubYearFrom(Number(year.start.slice(0, 4)) + by, Number(year.start.slice(5, 7)))
}
