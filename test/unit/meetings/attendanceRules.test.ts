import { describe, expect, it } from 'vitest'
import { addDays, clubYearOf } from '../../../src/api/clubYear.ts'
import {
  classify,
  makeUpCounts,
  percentOf,
  rollingWindow,
  type MarkFacts,
} from '../../../src/core/meetings/attendanceRules.ts'
import { isExpected, type Attendee } from '../../../src/core/meetings/expected.ts'

const rotary = 7
const facts = (fields: Partial<MarkFacts>): MarkFacts => ({
  meaning: null,
  meetingDate: '2026-03-10',
  makeUpDate: '',
  onLeave: false,
  yearStartMonth: rotary,
  ...fields,
})

describe('attendance rules', () => {
  it('counts a make-up in the same Rotary year, not one from the year before', () => {
    expect(classify(facts({ meaning: 'make_up', makeUpDate: '2025-07-01' }))).toBe('attended')
    expect(classify(facts({ meaning: 'make_up', makeUpDate: '2026-06-30' }))).toBe('attended')
    expect(classify(facts({ meaning: 'make_up', makeUpDate: '2025-06-30' }))).toBe('absent')
    // The first meeting of a Rotary year: a make-up in June belongs to the year before.
    const july = { meetingDate: '2026-07-07', meaning: 'make_up' as const }
    expect(classify(facts({ ...july, makeUpDate: '2026-06-28' }))).toBe('absent')
    expect(classify(facts({ ...july, makeUpDate: '2026-07-02' }))).toBe('attended')
    expect(makeUpCounts('2026-03-10', '', rotary)).toBe(false)
  })

  it('agrees with the club year of clubYearOf on every day of two years', () => {
    for (let day = '2025-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
      for (const startMonth of [1, 7, 10]) {
        const year = clubYearOf(day, startMonth)
        expect(makeUpCounts(year.start, day, startMonth)).toBe(true)
        expect(makeUpCounts(addDays(year.start, -1), day, startMonth)).toBe(false)
      }
    }
  })

  it('follows the club year, not the calendar year, for clubs starting in January', () => {
    expect(makeUpCounts('2026-01-05', '2025-12-30', 1)).toBe(false)
    expect(makeUpCounts('2026-12-30', '2026-01-02', 1)).toBe(true)
  })

  it('leaves a meeting out for a leave, by code or by a leave range', () => {
    expect(classify(facts({ meaning: 'leave' }))).toBe('excluded')
    expect(classify(facts({ onLeave: true }))).toBe('excluded')
    expect(classify(facts({ meaning: 'absent', onLeave: true }))).toBe('excluded')
    // Who comes while on leave has still attended.
    expect(classify(facts({ meaning: 'present', onLeave: true }))).toBe('attended')
  })

  it('counts a substitute and a medical absence as no absence', () => {
    expect(classify(facts({ meaning: 'substitute' }))).toBe('excluded')
    expect(classify(facts({ meaning: 'medical' }))).toBe('excluded')
  })

  it('counts late as attended, excused apart, unmarked as absent', () => {
    expect(classify(facts({ meaning: 'late' }))).toBe('attended')
    expect(classify(facts({ meaning: 'present' }))).toBe('attended')
    expect(classify(facts({ meaning: 'excused' }))).toBe('excused')
    expect(classify(facts({ meaning: 'absent' }))).toBe('absent')
    expect(classify(facts({ meaning: null }))).toBe('absent')
  })

  it('takes the six months up to and including the end as the rolling window', () => {
    expect(rollingWindow('2026-11-21')).toEqual({ from: '2026-05-22', to: '2026-11-21' })
    expect(rollingWindow('2026-08-31')).toEqual({ from: '2026-03-01', to: '2026-08-31' })
  })

  it('rounds percentages half up to one decimal', () => {
    expect(percentOf(2, 3)).toBe(66.7)
    expect(percentOf(1, 6)).toBe(16.7)
    expect(percentOf(1, 16)).toBe(6.3)
    expect(percentOf(5, 8)).toBe(62.5)
    expect(percentOf(3, 3)).toBe(100)
    expect(percentOf(0, 4)).toBe(0)
    expect(percentOf(0, 0)).toBeNull()
  })
})

describe('who is expected', () => {
  const member = (fields: Partial<Attendee>): Attendee => ({
    id: 1,
    kind: 'person',
    status: 'active',
    joinDate: null,
    leaveDate: null,
    leaves: [],
    ...fields,
  })
  const rules = { expectHonorary: false, yearStartMonth: rotary }
  const day = '2026-03-10'

  it('expects active persons who had joined and not left', () => {
    expect(isExpected(member({}), day, rules)).toBe(true)
    expect(isExpected(member({ joinDate: day }), day, rules)).toBe(true)
    expect(isExpected(member({ joinDate: '2026-03-11' }), day, rules)).toBe(false)
    expect(isExpected(member({ kind: 'organisation' }), day, rules)).toBe(false)
  })

  it('expects a former member at the meetings before the day they left', () => {
    const former = member({ status: 'former', leaveDate: '2026-03-11' })
    expect(isExpected(former, day, rules)).toBe(true)
    expect(isExpected(former, '2026-03-11', rules)).toBe(false)
  })

  it('expects honorary members only when the club says so; prospects and on leave never', () => {
    expect(isExpected(member({ status: 'honorary' }), day, rules)).toBe(false)
    expect(
      isExpected(member({ status: 'honorary' }), day, { ...rules, expectHonorary: true }),
    ).toBe(true)
    expect(isExpected(member({ status: 'prospect' }), day, rules)).toBe(false)
    expect(isExpected(member({ status: 'on_leave' }), day, rules)).toBe(false)
  })
})
