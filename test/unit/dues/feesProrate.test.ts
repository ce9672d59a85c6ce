import { describe, expect, it } from 'vitest'
import { prorate, shareOf } from '../../../src/core/dues/prorate.ts'

const year = { start: '2026-01-01', end: '2026-12-31' }
const always = { start: '0000-01-01', end: '9999-12-31' }

describe('prorate', () => {
  it('counts the join month fully: €120 a year from 5 September is €40', () => {
    expect(prorate('month', 12000, year, { ...always, start: '2026-09-05' })).toEqual({
      amountCents: 4000,
      computation: {
        rule: 'month',
        fullCents: 12000,
        units: 4,
        ofUnits: 12,
        from: '2026-09-05',
        to: '2026-12-31',
      },
    })
  })

  it('counts the leave month fully', () => {
    expect(prorate('month', 12000, year, { start: '2019-01-01', end: '2026-03-01' })).toMatchObject(
      {
        amountCents: 3000,
        computation: { units: 3, ofUnits: 12, to: '2026-03-01' },
      },
    )
  })

  it('counts days and rounds half up to whole cents', () => {
    // 6000 × 122 / 365 = 2005.48 → 2005
    expect(prorate('day', 6000, year, { ...always, start: '2026-09-01' }).amountCents).toBe(2005)
    // 6000 × 240 / 365 = 3945.2 → 3945 (club year 2026/27 from 3 November)
    expect(
      prorate(
        'day',
        6000,
        { start: '2026-07-01', end: '2027-06-30' },
        { ...always, start: '2026-11-03' },
      ).computation,
    ).toMatchObject({ units: 240, ofUnits: 365 })
    expect(shareOf(1, 1, 2)).toBe(1)
    expect(shareOf(3, 1, 2)).toBe(2)
    expect(shareOf(5, 1, 4)).toBe(1)
    expect(shareOf(7, 1, 4)).toBe(2)
    expect(shareOf(1_000_000_000, 365, 366)).toBe(997_267_760)
  })

  it('charges the full amount without a rule, or for the whole slice', () => {
    expect(prorate('none', 12000, year, { ...always, start: '2026-12-30' })).toEqual({
      amountCents: 12000,
      computation: { rule: 'full', amountCents: 12000 },
    })
    expect(prorate('day', 12000, year, always).computation.rule).toBe('full')
    expect(prorate('month', 12000, year, { ...always, start: '2026-01-20' }).amountCents).toBe(
      12000,
    )
  })

  it('marks an individual amount', () => {
    expect(prorate('month', 9000, year, always, true).computation).toEqual({
      rule: 'individual',
      amountCents: 9000,
    })
  })
})
