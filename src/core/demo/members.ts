import type { MemberStatus, NewMember } from '../db/schema.ts'
import { businesses, type TitleKind } from './businesses.ts'
import { companyBuilder, toAscii } from './companies.ts'
import { addYears, formatDay, parseDay, type Day } from './days.ts'
import {
  femaleNamesClassic,
  femaleNamesModern,
  lastNames,
  maleNamesClassic,
  maleNamesModern,
  modernNamesFrom,
} from './names.ts'
import { mobilePrefixes, places, streets } from './places.ts'
import { createRandom, type Random } from './random.ts'
import { roles } from './roles.ts'

export interface DemoMemberOptions {
  readonly count: number
  readonly seed: number
  /** ISO `YYYY-MM-DD`: ages and dates are relative to it. */
  readonly today: string
  /** ISO timestamp for created_at and updated_at. */
  readonly timestamp: string
}

const clubFounded = parseDay('1985-01-01')
const modernNamesBorn = parseDay(`${modernNamesFrom}-01-01`)
const minJoinAge = 28

// Everything derived from the data lists is built once, not per member.
const companies = businesses.map((business) => {
  const { owner, employed } = roles[business.roles]
  const bearsName = business.company.includes('{name}')
  return {
    business,
    build: companyBuilder(business.company),
    bearsName,
    owner,
    // Whoever works for "Malerbetrieb Kaiser" without being Kaiser is not its owner.
    hired: bearsName ? employed : [owner, ...employed],
  }
})
const weightedPlaces = places.flatMap((place) => Array<typeof place>(place.weight).fill(place))

/** A plausible Rotary roster, identical for the same options. Persons only for now. */
export function* generateDemoMembers(options: DemoMemberOptions): Generator<NewMember> {
  const random = createRandom(options.seed)
  const today = calendar(parseDay(options.today))
  const width = options.count < 10_000 ? 4 : String(options.count).length
  const nextStatus = statusPlan(options.count)
  for (let index = 1; index <= options.count; index++) {
    const memberNumber = String(index).padStart(width, '0')
    yield demoMember(random, memberNumber, nextStatus(random), today, options.timestamp)
  }
}

function demoMember(
  random: Random,
  memberNumber: string,
  status: MemberStatus,
  today: Calendar,
  timestamp: string,
): NewMember {
  const { birth, join, leave } = lifeDates(random, status, today)
  const female = random.chance(0.35)
  const modern = birth >= modernNamesBorn
  const firstName = random.pick(
    female
      ? modern
        ? femaleNamesModern
        : femaleNamesClassic
      : modern
        ? maleNamesModern
        : maleNamesClassic,
  )
  const lastName = random.pick(lastNames)
  const { business, build, bearsName, owner, hired } = random.pick(companies)
  const place = random.pick(weightedPlaces)
  // Most members run a firm bearing their own name; the rest work for one.
  const own = bearsName && random.chance(0.6)
  const name = own ? lastName : otherThan(random, lastName)
  const company = build({ name, name2: otherThan(random, name), ort: place.adjective })
  const position = own ? owner : random.pick(hired)
  const [mobilePrefix, mobileDigits] = random.pick(mobilePrefixes)
  const suffix = random.chance(0.08) ? random.pick(['a', 'b', 'c']) : ''
  return {
    member_number: memberNumber,
    kind: 'person',
    status,
    salutation: female ? 'Frau' : 'Herr',
    title: academicTitle(random, business.titles, birth < today.yearsAgo(40)),
    first_name: firstName,
    last_name: lastName,
    organisation_name: null,
    company: company.name,
    position: female ? position[1] : position[0],
    classification: business.classification,
    email: `${toAscii(firstName)}.${toAscii(lastName)}@${company.domain}.de`,
    phone: `${place.areaCode} ${digits(random, 10 - place.areaCode.length + random.int(0, 1))}`,
    mobile: random.chance(0.85) ? `${mobilePrefix} ${digits(random, mobileDigits)}` : null,
    website: `https://www.${company.domain}.de`,
    street: random.pick(streets),
    house_number: `${random.int(1, random.chance(0.7) ? 40 : 160)}${suffix}`,
    postcode: random.pick(place.postcodes),
    town: place.town,
    country: 'DE',
    birthday: formatDay(birth),
    join_date: join === null ? null : formatDay(join),
    leave_date: leave === null ? null : formatDay(leave),
    created_at: timestamp,
    updated_at: timestamp,
  }
}

/**
 * Exact shares rather than a coin per member, so even a 60-member club shows every status.
 * Prospects take the last numbers, as an application gets the next free one.
 */
function statusPlan(count: number): (random: Random) => MemberStatus {
  const quota = (share: number): number =>
    count < 20 ? Math.round(count * share) : Math.max(1, Math.round(count * share))
  const prospects = quota(0.025)
  const left: [MemberStatus, number][] = [
    ['honorary', quota(0.04)],
    ['former', quota(0.08)],
    ['on_leave', quota(0.03)],
  ]
  let remaining = count - prospects
  return (random) => {
    if (remaining === 0) return 'prospect'
    // Selection sampling: each status keeps exactly its quota, spread evenly over the numbers.
    let draw = random.int(0, remaining - 1)
    remaining--
    for (const entry of left) {
      if (draw < entry[1]) {
        entry[1]--
        return entry[0]
      }
      draw -= entry[1]
    }
    return 'active'
  }
}

interface LifeDates {
  readonly birth: Day
  readonly join: Day | null
  readonly leave: Day | null
}

/** Today and the days some whole number of years before it, each worked out once. */
interface Calendar {
  readonly today: Day
  readonly yearsAgo: (years: number) => Day
}

function calendar(today: Day): Calendar {
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

function lifeDates(random: Random, status: MemberStatus, calendar: Calendar): LifeDates {
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
      const birth = bornBetween(85, 30)
      return { birth, join: joinedBetween(birth, today), leave: null }
    }
  }
}

function academicTitle(random: Random, kind: TitleKind, senior: boolean): string | null {
  switch (kind) {
    case 'med':
      if (senior && random.chance(0.08)) return 'Prof. Dr.'
      return random.chance(0.7) ? 'Dr. med.' : null
    case 'dent':
      return random.chance(0.6) ? 'Dr. med. dent.' : null
    case 'vet':
      return random.chance(0.5) ? 'Dr. med. vet.' : null
    case 'eng':
      return random.chance(0.45) ? 'Dipl.-Ing.' : null
    case 'prof':
      return senior && random.chance(0.6) ? 'Prof. Dr.' : 'Dr.'
    case 'none':
      return random.chance(0.13) ? 'Dr.' : null
  }
}

/** "Pfeiffer & Pfeiffer" would read as a typo. */
function otherThan(random: Random, lastName: string): string {
  let other = random.pick(lastNames)
  while (other === lastName) other = random.pick(lastNames)
  return other
}

const powersOfTen = Array.from({ length: 10 }, (_, power) => 10 ** power)

/** A subscriber number of the given length; German numbers never start with 0. */
function digits(random: Random, length: number): string {
  const lowest = powersOfTen[length - 1]
  const above = powersOfTen[length]
  if (lowest === undefined || above === undefined) throw new RangeError(`${length} digits`)
  return String(random.int(lowest, above - 1))
}
