import { KreisError } from '../../api/errors.ts'
import { addMonths } from '../../api/clubYear.ts'

/** Generating meetings: a club year or two at a time. */
export const generateYears = 2
/** Lists and exports: enough for a long history, small enough to answer at once. */
export const listYears = 10

/** Refuses a range that runs backwards or spans more than `years` years. */
export function checkRange(from: string, to: string, years: number): void {
  if (from > to || to >= addMonths(from, years * 12)) {
    throw new KreisError('meeting.range', { from, to, years })
  }
}
