import { describe, expect, it } from 'vitest'
import { easterSunday } from '../../../src/api/easter.ts'

describe('Easter Sunday', () => {
  it('falls on the Gregorian dates, the earliest and latest possible ones included', () => {
    expect([2024, 2025, 2026, 2027, 2038, 2285, 1818].map(easterSunday)).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
      '2285-03-22',
      '1818-03-22',
    ])
  })
})
