import type { MemberStatus } from '../db/schema.ts'
import { addYears, parseDay, type Day } from './days.ts'
import type { Random } from './random.ts'

const clubFounded = parseDay('1985-01-01')
const minJoinAge = 28

/** Today and the days some whole number of years before it, each worked out once. */
export interface Calendar {
  readonly today: Day
  readonly yearsAgo: (years: number) => Day
}

export function calendar(today: Day): Calendar {
  const known = new Map<number, Day>()
  return {
    today,
    yearsAgo: (years) => {
      let day = known.get(years)
      if (day === undefined) {
        day = addYears(today, -years)
        known.set(years, day)
      }
      return day
    },
  }
}

export interface LifeDates {
  /** For an organisation only a stand-in that keeps its join date plausible. */
  readonly birth: Day
  readonly join: Day | null
  readonly leave: Day | null
}

export function lifeDates(random: Random, status: MemberStatus, calendar: Calendar): LifeDates {
  const { today, yearsAgo } = calendar
  const bornBetween = (oldest: number, youngest: number): Day => {
    const from = yearsAgo(oldest)
    const to = yearsAgo(youngest)
    // Two draws averaged: most members are in their fifties and sixties, few at the edges.
    return Math.round((random.dateBetween(from, to) + random.dateBetween(from, to)) / 2)
  }
  const joinedBetween = (birth: Day, latest: Day): Day =>
    random.dateBetween(Math.max(clubFounded, addYears(birth, minJoinAge)), latest)

  switch (status) {
    case 'prospect':
      return { birth: bornBetween(60, 32), join: null, leave: null }
    case 'honorary': {
      const birth = bornBetween(92, 70)
      return { birth, join: joinedBetween(birth, yearsAgo(20)), leave: null }
    }
    case 'former': {
      const birth = bornBetween(85, 35)
      const join = joinedBetween(birth, yearsAgo(2))
      return { birth, join, leave: random.dateBetween(addYears(join, 1), today) }
    }
    case 'on_leave': {
      const birth = bornBetween(85, 30)
      return { birth, join: joinedBetween(birth, yearsAgo(1)), leave: null }
    }
    case 'active': {
      // A few young professionals, so the club shows its youngest membership type.
      const birth = random.chance(0.05) ? bornBetween(35, 29) : bornBetween(85, 30)
      return { birth, join: joinedBetween(birth, today), leave: null }
    }
  }
}
