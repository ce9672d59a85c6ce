import type { FeeSchedule } from '../../api/dues.ts'
import { addDays, clubYearOf } from '../../api/clubYear.ts'
import { scheduleOn } from './feeSchedules.ts'
import { sliceContaining, type Span } from './periods.ts'

/**
 * A slice a type bills, with the schedule that governs it. `from` is the slice's first day
 * to bill: its start, except after a change to a longer interval, where the slices of the
 * old interval have already covered the first part of it.
 */
export interface TypeSlice extends Span {
  readonly from: string
  readonly schedule: FeeSchedule | null
}

/**
 * The slices a type bills in the period: those whose first day to bill lies in it. The slices
 * follow one another without gap or overlap from the type's first schedule on, so that a
 * change of interval neither bills a stretch twice nor leaves one out:
 * - each slice is cut by the interval of the schedule valid on its first day to bill, and the
 *   next one starts the day after it ends; a change dated within a slice takes effect after it;
 * - so yearly → quarterly from January (July club year) bills the year to June under the old
 *   schedule, and quarters from July;
 * - quarterly → yearly from January bills the quarters to December, then the club year from
 *   January only, pro rata (`from` 1 January), and whole years from July.
 * Before the first schedule the slices follow the first schedule's interval and have none, so
 * the members are listed as skipped for them.
 */
export function typeSlices(
  schedules: readonly FeeSchedule[],
  period: Span,
  yearStartMonth: number,
): TypeSlice[] {
  const first = schedules.at(-1)
  if (first === undefined) return []
  const origin = first.validFrom < period.start ? first.validFrom : period.start
  const slices: TypeSlice[] = []
  for (let day = clubYearOf(origin, yearStartMonth).start; day <= period.end;) {
    const schedule = scheduleOn(schedules, day)
    const slice = sliceContaining(day, (schedule ?? first).interval, yearStartMonth)
    if (day >= period.start) slices.push({ ...slice, from: day, schedule })
    day = addDays(slice.end, 1)
  }
  return slices
}
