import { describe, expect, it } from 'vitest'
import { KreisError } from '../../../src/api/errors.ts'
import type { BillingInterval, FeeSchedule } from '../../../src/api/dues.ts'
import { typeSlices } from '../../../src/core/dues/billingSlices.ts'
import {
  daysAfter,
  daysInclusive,
  parsePeriod,
  sliceContaining,
  uncoveredParts,
} from '../../../src/core/dues/periods.ts'

describe('parsePeriod', () => {
  it('reads a club year across New Year', () => {
    expect(parsePeriod(' 2026/27 ', 7)).toEqual({
      key: '2026/27',
      start: '2026-07-01',
      end: '2027-06-30',
    })
    expect(parsePeriod('1999/00', 10)).toEqual({
      key: '1999/00',
      start: '1999-10-01',
      end: '2000-09-30',
    })
  })

  it('reads a calendar club year, a month and a range', () => {
    expect(parsePeriod('2026', 1)).toEqual({ key: '2026', start: '2026-01-01', end: '2026-12-31' })
    expect(parsePeriod('2028-02', 7)).toEqual({
      key: '2028-02',
      start: '2028-02-01',
      end: '2028-02-29',
    })
    expect(parsePeriod('2026-07-15..2026-12-31', 7)).toEqual({
      key: '2026-07-15..2026-12-31',
      start: '2026-07-15',
      end: '2026-12-31',
    })
  })

  it.each([
    ['2026/28', 7],
    ['2026/27', 1],
    ['2026', 7],
    ['2026-13', 7],
    ['2026-02-30..2026-03-01', 7],
    ['2026-12-31..2026-01-01', 7],
    ['letztes Jahr', 7],
  ])('refuses %s (year from month %i)', (text, month) => {
    let error: unknown = null
    try {
      parsePeriod(text, month)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(KreisError)
    expect((error as KreisError).toData()).toEqual({
      code: 'dues.period',
      params: { period: text },
    })
  })
})

describe('sliceContaining', () => {
  const clubYear = { start: '2026-07-01', end: '2027-06-30' }

  it('makes the club year one yearly slice', () => {
    expect(sliceContaining('2026-07-01', 'yearly', 7)).toEqual(clubYear)
    expect(sliceContaining('2027-06-30', 'yearly', 7)).toEqual(clubYear)
  })

  it('cuts half-years and quarters from the month the club year starts', () => {
    expect(sliceContaining('2027-03-15', 'half_yearly', 7)).toEqual({
      start: '2027-01-01',
      end: '2027-06-30',
    })
    expect(sliceContaining('2026-01-31', 'quarterly', 2)).toEqual({
      start: '2025-11-01',
      end: '2026-01-31',
    })
    expect(sliceContaining('2028-02-10', 'monthly', 7)).toEqual({
      start: '2028-02-01',
      end: '2028-02-29',
    })
  })
})

describe('uncoveredParts', () => {
  const year = { start: '2026-07-01', end: '2027-06-30' }

  it('leaves what no span covers, in order', () => {
    expect(uncoveredParts(year, [])).toEqual([year])
    expect(
      uncoveredParts(year, [
        { start: '2026-07-01', end: '2026-09-30' },
        { start: '2026-10-01', end: '2026-12-31' },
      ]),
    ).toEqual([{ start: '2027-01-01', end: '2027-06-30' }])
    expect(
      uncoveredParts(year, [
        { start: '2026-01-01', end: '2026-08-31' },
        { start: '2026-11-01', end: '2026-11-30' },
      ]),
    ).toEqual([
      { start: '2026-09-01', end: '2026-10-31' },
      { start: '2026-12-01', end: '2027-06-30' },
    ])
    expect(uncoveredParts(year, [{ start: '2026-01-01', end: '2027-12-31' }])).toEqual([])
  })
})

describe('typeSlices', () => {
  const schedule = (validFrom: string, interval: BillingInterval): FeeSchedule => ({
    id: 0,
    membershipTypeId: 1,
    validFrom,
    amountCents: 12000,
    interval,
    prorate: 'month',
    admissionFeeCents: 0,
    exempt: false,
    dueDays: 14,
  })
  const clubYear = { start: '2026-07-01', end: '2027-06-30' }
  const spans = (slices: ReturnType<typeof typeSlices>) =>
    slices.map((s) => [s.start, s.end, s.from, s.schedule?.interval ?? null])

  it('bills only slices whose first day lies within the period', () => {
    const quarterly = [schedule('2020-01-01', 'quarterly')]
    expect(spans(typeSlices([schedule('2020-01-01', 'yearly')], clubYear, 7))).toEqual([
      ['2026-07-01', '2027-06-30', '2026-07-01', 'yearly'],
    ])
    expect(typeSlices(quarterly, { start: '2027-01-01', end: '2027-01-31' }, 7)).toHaveLength(1)
    expect(
      typeSlices([schedule('2020-01-01', 'yearly')], { start: '2027-01-01', end: '2027-01-31' }, 7),
    ).toEqual([])
    expect(
      spans(
        typeSlices(
          [schedule('2020-01-01', 'monthly')],
          { start: '2026-07-02', end: '2026-09-01' },
          7,
        ),
      ),
    ).toEqual([
      ['2026-08-01', '2026-08-31', '2026-08-01', 'monthly'],
      ['2026-09-01', '2026-09-30', '2026-09-01', 'monthly'],
    ])
  })

  it('lets a longer slice run out before a shorter interval starts', () => {
    const schedules = [schedule('2027-01-01', 'quarterly'), schedule('2020-01-01', 'yearly')]
    expect(spans(typeSlices(schedules, clubYear, 7))).toEqual([
      ['2026-07-01', '2027-06-30', '2026-07-01', 'yearly'],
    ])
    expect(spans(typeSlices(schedules, { start: '2027-07-01', end: '2027-12-31' }, 7))).toEqual([
      ['2027-07-01', '2027-09-30', '2027-07-01', 'quarterly'],
      ['2027-10-01', '2027-12-31', '2027-10-01', 'quarterly'],
    ])
  })

  it('bills the rest of a longer slice after the last short one', () => {
    const schedules = [schedule('2027-01-01', 'yearly'), schedule('2020-01-01', 'quarterly')]
    expect(spans(typeSlices(schedules, clubYear, 7))).toEqual([
      ['2026-07-01', '2026-09-30', '2026-07-01', 'quarterly'],
      ['2026-10-01', '2026-12-31', '2026-10-01', 'quarterly'],
      ['2026-07-01', '2027-06-30', '2027-01-01', 'yearly'],
    ])
    expect(spans(typeSlices(schedules, { start: '2027-01-01', end: '2027-01-31' }, 7))).toEqual([
      ['2026-07-01', '2027-06-30', '2027-01-01', 'yearly'],
    ])
  })

  it('keeps slices before the first schedule, without one', () => {
    expect(spans(typeSlices([schedule('2027-01-01', 'yearly')], clubYear, 7))).toEqual([
      ['2026-07-01', '2027-06-30', '2026-07-01', null],
    ])
  })
})

describe('day counts', () => {
  it('counts a span with both ends, and days after a day without it', () => {
    expect(daysInclusive('2026-07-01', '2026-07-01')).toBe(1)
    expect(daysInclusive('2026-07-01', '2027-06-30')).toBe(365)
    expect(daysInclusive('2028-02-01', '2028-02-29')).toBe(29)
    expect(daysAfter('2026-11-21', '2026-11-21')).toBe(0)
    expect(daysAfter('2026-11-21', '2026-11-22')).toBe(1)
    expect(daysAfter('2026-10-29', '2026-11-02')).toBe(4)
    expect(daysAfter('2026-11-22', '2026-11-21')).toBe(-1)
    // Across the change to winter time the count stays whole.
    expect(daysAfter('2026-03-28', '2026-03-30')).toBe(2)
  })
})
