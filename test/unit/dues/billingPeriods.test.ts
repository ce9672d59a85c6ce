import { describe, expect, it } from 'vitest'
import { KreisError } from '../../../src/api/errors.ts'
import { parsePeriod, slicesStartingIn } from '../../../src/core/dues/periods.ts'

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

describe('slicesStartingIn', () => {
  const clubYear = { start: '2026-07-01', end: '2027-06-30' }

  it('makes the club year one yearly slice', () => {
    expect(slicesStartingIn(clubYear, 'yearly', 7)).toEqual([clubYear])
  })

  it('cuts half-years and quarters from the month the club year starts', () => {
    expect(slicesStartingIn(clubYear, 'half_yearly', 7)).toEqual([
      { start: '2026-07-01', end: '2026-12-31' },
      { start: '2027-01-01', end: '2027-06-30' },
    ])
    expect(slicesStartingIn({ start: '2026-01-01', end: '2026-12-31' }, 'quarterly', 2)).toEqual([
      { start: '2026-02-01', end: '2026-04-30' },
      { start: '2026-05-01', end: '2026-07-31' },
      { start: '2026-08-01', end: '2026-10-31' },
      { start: '2026-11-01', end: '2027-01-31' },
    ])
    expect(slicesStartingIn(clubYear, 'monthly', 7)).toHaveLength(12)
  })

  it('bills only slices whose start lies within the period', () => {
    expect(slicesStartingIn({ start: '2027-01-01', end: '2027-01-31' }, 'yearly', 7)).toEqual([])
    expect(slicesStartingIn({ start: '2027-01-01', end: '2027-01-31' }, 'quarterly', 7)).toEqual([
      { start: '2027-01-01', end: '2027-03-31' },
    ])
    expect(slicesStartingIn({ start: '2026-07-02', end: '2026-09-01' }, 'monthly', 7)).toEqual([
      { start: '2026-08-01', end: '2026-08-31' },
      { start: '2026-09-01', end: '2026-09-30' },
    ])
  })
})
