import { businesses, type Business } from './businesses.ts'
import { companyBuilder, type Company, type CompanyParts } from './companies.ts'
import { lastNames } from './names.ts'
import { places, streets, type Place } from './places.ts'
import type { Random } from './random.ts'
import { roles, type Position } from './roles.ts'

export interface CompanyKind {
  readonly business: Business
  readonly build: (parts: CompanyParts) => Company
  readonly bearsName: boolean
  readonly owner: Position
  /** Positions for whoever works there without being the name on the door. */
  readonly hired: readonly Position[]
}

export function companyKind(business: Business): CompanyKind {
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
}

// Everything derived from the data lists is built once, not per member.
export const companyKinds: readonly CompanyKind[] = businesses.map(companyKind)
const weightedPlaces = places.flatMap((place) => Array<Place>(place.weight).fill(place))

/** A firm's name, web domain and business address. */
export interface Firm {
  readonly kind: CompanyKind
  readonly name: string
  /** Without the top-level domain. */
  readonly domain: string
  readonly place: Place
  readonly street: string
  readonly houseNumber: string
  readonly postcode: string
  readonly phone: string
}

/** `name` is the surname on the door; a second one is drawn where the pattern wants it. */
export function newFirm(random: Random, kind: CompanyKind, name: string): Firm {
  const place = pickPlace(random)
  const company = kind.build({ name, name2: otherThan(random, name), ort: place.adjective })
  return {
    kind,
    name: company.name,
    domain: company.domain,
    place,
    street: random.pick(streets),
    houseNumber: houseNumber(random),
    postcode: random.pick(place.postcodes),
    phone: landline(random, place),
  }
}

export function pickPlace(random: Random): Place {
  return random.pick(weightedPlaces)
}

/** Home is mostly not where the office is: another town of the region. */
export function otherPlace(random: Random, place: Place): Place {
  let other = pickPlace(random)
  while (other === place) other = pickPlace(random)
  return other
}

export function houseNumber(random: Random): string {
  const suffix = random.chance(0.08) ? random.pick(['a', 'b', 'c']) : ''
  return `${random.int(1, random.chance(0.7) ? 40 : 160)}${suffix}`
}

export function landline(random: Random, place: Place): string {
  return `${place.areaCode} ${digits(random, 10 - place.areaCode.length + random.int(0, 1))}`
}

/** "Pfeiffer & Pfeiffer" would read as a typo. */
export function otherThan(random: Random, lastName: string): string {
  let other = random.pick(lastNames)
  while (other === lastName) other = random.pick(lastNames)
  return other
}

const powersOfTen = Array.from({ length: 10 }, (_, power) => 10 ** power)

/** A subscriber number of the given length; German numbers never start with 0. */
export function digits(random: Random, length: number): string {
  const lowest = powersOfTen[length - 1]
  const above = powersOfTen[length]
  if (lowest === undefined || above === undefined) throw new RangeError(`${length} digits`)
  return String(random.int(lowest, above - 1))
}
