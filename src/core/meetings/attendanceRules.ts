import type { AttendanceMeaning } from '../../api/meetings.ts'
import { addDays, addMonths } from '../../api/clubYear.ts'

/**
 * What one member's mark at one meeting amounts to in the figures:
 * - attended: counts for the member and for the meeting;
 * - absent: expected, did not come (also unmarked, and a make-up from another club year);
 * - excused: expected, did not come, shown apart;
 * - excluded: the meeting leaves the member's count (leave, medical, substitute).
 */
export type Outcome = 'attended' | 'absent' | 'excused' | 'excluded'

/** A leave of absence of one member, both days included. */
export interface LeaveRange {
  readonly from: string
  readonly to: string
}

export interface MarkFacts {
  /** The meaning of the mark's code; null when the member was not marked. */
  readonly meaning: AttendanceMeaning | null
  readonly meetingDate: string
  readonly makeUpDate: string
  /** A leave of absence (member_leave) covers the meeting's day. */
  readonly onLeave: boolean
  /** The first month of the club year (Rotary: 7, the Rotary year July–June). */
  readonly yearStartMonth: number
}

export function coversDay(leaves: readonly LeaveRange[], day: string): boolean {
  return leaves.some((leave) => leave.from <= day && day <= leave.to)
}

/**
 * The calendar year in which the club year of `iso` begins: the year `clubYearOf` names by its
 * start, worked out from the digits, as a five-year report asks it thousands of times.
 */
function clubYearStart(iso: string, startMonth: number): number {
  const year = Number(iso.slice(0, 4))
  return Number(iso.slice(5, 7)) >= startMonth ? year : year - 1
}

/** A make-up counts only when it happened in the same club (Rotary) year as the meeting. */
export function makeUpCounts(meetingDate: string, makeUpDate: string, startMonth: number): boolean {
  if (makeUpDate === '') return false
  return clubYearStart(makeUpDate, startMonth) === clubYearStart(meetingDate, startMonth)
}

export function classify(facts: MarkFacts): Outcome {
  const outcome = outcomeOfMark(facts)
  // A member who came while on leave still attended; anything else is left out for the leave.
  if (facts.onLeave && outcome !== 'attended') return 'excluded'
  return outcome
}

function outcomeOfMark(facts: MarkFacts): Outcome {
  switch (facts.meaning) {
    case 'present':
    case 'late':
      return 'attended'
    case 'make_up':
      return makeUpCounts(facts.meetingDate, facts.makeUpDate, facts.yearStartMonth)
        ? 'attended'
        : 'absent'
    case 'excused':
      return 'excused'
    case 'leave':
    case 'medical':
    case 'substitute':
      return 'excluded'
    case 'absent':
    case null:
      return 'absent'
  }
}

/** The meeting counts towards the expected ones unless it was left out. */
export const isCounted = (outcome: Outcome): boolean => outcome !== 'excluded'

/** BNI's rolling window: the six months that end on `to`, both ends included. */
export function rollingWindow(to: string): LeaveRange {
  return { from: addDays(addMonths(to, -6), 1), to }
}

/** attended / expected in percent with one decimal, rounded half up in integers; null for 0/0. */
export function percentOf(attended: number, expected: number): number | null {
  if (expected === 0) return null
  return Math.floor((2000 * attended + expected) / (2 * expected)) / 10
}
