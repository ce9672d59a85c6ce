import { describe, expect, it } from 'vitest'
import { earliestCollectionDate, isTargetBusinessDay } from '../../../src/core/sepa/businessDays.ts'

describe('TARGET2 business days', () => {
  it('closes on weekends and the TARGET holidays', () => {
    const closed = ['2026-11-21', '2026-11-22', '2026-01-01', '2026-04-03', '2026-04-06']
    const alsoClosed = ['2026-05-01', '2026-12-25', '2026-12-26']
    for (const day of [...closed, ...alsoClosed]) expect(isTargetBusinessDay(day)).toBe(false)
    // German public holidays that are not TARGET holidays: the bank settles.
    for (const day of ['2025-10-03', '2026-05-14', '2026-12-24', '2026-12-31', '2026-04-02']) {
      expect(isTargetBusinessDay(day)).toBe(true)
    }
  })

  it('sets the earliest collection two business days ahead', () => {
    expect(earliestCollectionDate('2026-11-21')).toBe('2026-11-24')
    expect(earliestCollectionDate('2026-11-18')).toBe('2026-11-20')
    expect(earliestCollectionDate('2026-11-19')).toBe('2026-11-23')
    // Maundy Thursday: Good Friday, the weekend and Easter Monday are skipped.
    expect(earliestCollectionDate('2026-04-02')).toBe('2026-04-08')
    expect(earliestCollectionDate('2026-12-23')).toBe('2026-12-28')
    expect(earliestCollectionDate('2026-12-30')).toBe('2027-01-04')
  })
})
