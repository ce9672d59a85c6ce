import { addDays, addMonths } from '../../../api/clubYear.ts'
import { todayIso } from '../../format.ts'
import {
  clubYearAround,
  clubYearFrom,
  shiftClubYear,
  type ClubYear,
} from '../meetings/clubYears.ts'

/** The periods officers report on most; `custom` takes two dates. */
export const periodPresets = [
  'clubYear',
  'previousYear',
  'halfYear',
  'sixMonths',
  'custom',
] as const
export type PeriodPreset = (typeof periodPresets)[number]

export interface Period {
  readonly from: string
  readonly to: string
}

/** A period that has not ended yet runs to today: figures of days to come would only dilute. */
const soFar = (from: string, to: string, today: string): Period => ({
  from,
  to: to < today ? to : today,
})

/** The half of the running club year that today lies in. */
function halfYear(year: ClubYear, today: string): Period {
  const middle = addMonths(year.start, 6)
  return today < middle
    ? soFar(year.start, addDays(middle, -1), today)
    : soFar(middle, year.end, today)
}

/**
 * The dates of a preset for a club whose year starts in `startMonth`. The rolling six months end
 * today, as BNI counts absences (the six months that end on the last day, both ends included).
 */
export function presetPeriod(
  preset: Exclude<PeriodPreset, 'custom'>,
  startMonth: number,
  today: string = todayIso(),
): Period {
  const year = clubYearAround(startMonth, today)
  switch (preset) {
    case 'clubYear':
      return soFar(year.start, year.end, today)
    case 'previousYear': {
      const previous = shiftClubYear(year, -1)
      return { from: previous.start, to: previous.end }
    }
    case 'halfYear':
      return halfYear(year, today)
    case 'sixMonths':
      return { from: addDays(addMonths(today, -6), 1), to: today }
  }
}

/** `2026/27` for the running club year, `2025/26` for the one before. */
export function clubYearLabel(startMonth: number, back: number, today: string = todayIso()) {
  const year = clubYearAround(startMonth, today)
  return clubYearFrom(Number(year.start.slice(0, 4)) - back, startMonth).label
}
