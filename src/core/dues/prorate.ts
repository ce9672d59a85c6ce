import type { Computation, Prorate } from '../../api/dues.ts'
import { daysInclusive, monthsTouched, type Span } from './periods.ts'

/**
 * `full × units / ofUnits`, rounded half up to a whole cent in integer arithmetic: doubling
 * numerator and denominator turns "add a half, round down" into whole numbers, so no float
 * ever decides a cent (€60 × 1/7 days = 857.142… → 857, € 0.01 × 1/2 = 0.5 → 1).
 */
export function shareOf(fullCents: number, units: number, ofUnits: number): number {
  return Math.floor((2 * fullCents * units + ofUnits) / (2 * ofUnits))
}

export interface Prorated {
  readonly amountCents: number
  readonly computation: Computation
}

/**
 * What a member owes for a slice they belonged to from `member.start` to `member.end` only
 * (the part of the slice they were a member). By month, the join and the leave month count
 * fully: €120 a year from 5 September in a calendar-year slice is 4/12 = €40. By day, each
 * day counts. `individual` marks an amount set for the member rather than the type's.
 */
export function prorate(
  rule: Prorate,
  fullCents: number,
  slice: Span,
  member: Span,
  individual = false,
): Prorated {
  const from = member.start > slice.start ? member.start : slice.start
  const to = member.end < slice.end ? member.end : slice.end
  const whole: Prorated = {
    amountCents: fullCents,
    computation: { rule: individual ? 'individual' : 'full', amountCents: fullCents },
  }
  if (rule === 'none' || (from === slice.start && to === slice.end)) return whole
  const [units, ofUnits] =
    rule === 'month'
      ? [monthsTouched(from, to), monthsTouched(slice.start, slice.end)]
      : [daysInclusive(from, to), daysInclusive(slice.start, slice.end)]
  if (units >= ofUnits) return whole
  return {
    amountCents: shareOf(fullCents, units, ofUnits),
    computation: { rule, fullCents, units, ofUnits, from, to },
  }
}
