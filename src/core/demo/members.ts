import type { Locale } from '../../api/club.ts'
import type { LeaveReason, MemberStatus } from '../../api/members.ts'
import { formatDay, parseDay, type Day } from './days.ts'
import type { Firm } from './firms.ts'
import { calendar, lifeDates, type Calendar } from './lifeDates.ts'
import { membershipTypeIds } from './membershipTypes.ts'
import { demoOrganisation } from './organisations.ts'
import { demoPerson } from './persons.ts'
import { planRoster } from './plan.ts'
import { createRandom, type Random } from './random.ts'
import type { DemoMember, KindFields } from './types.ts'

export interface DemoMemberOptions {
  readonly count: number
  readonly seed: number
  /** ISO `YYYY-MM-DD`: ages and dates are relative to it. */
  readonly today: string
  /** ISO timestamp for created_at and updated_at. */
  readonly timestamp: string
  /** The language of the few free-text notes. */
  readonly locale: Locale
  /** Sector id by a business's classification text; without it members have no sector. */
  readonly sectorIds?: ReadonlyMap<string, number>
}

/**
 * A plausible Rotary roster, identical for the same options: people and organisations, ids
 * 1..count in member-number order, so links (employer, sponsor) can be set as rows stream out.
 * Links always point to a lower id, which is already written when the row arrives.
 */
export function* generateDemoMembers(options: DemoMemberOptions): Generator<DemoMember> {
  const { count, locale, timestamp } = options
  const random = createRandom(options.seed)
  const today = calendar(parseDay(options.today))
  const plan = planRoster(random, count)
  const width = count < 10_000 ? 4 : String(count).length
  const sponsors: SponsorBook = {
    joined: new Int32Array(count + 1),
    status: new Uint8Array(count + 1),
  }
  const firms = new Map<number, Firm>()
  for (let id = 1; id <= count; id++) {
    const status = plan.statuses[id] ?? 'active'
    const dates = lifeDates(random, status, today)
    const organisation = plan.organisation[id] === 1
    let fields: KindFields
    if (organisation) {
      const made = demoOrganisation(random)
      firms.set(id, made.firm)
      fields = made.fields
    } else {
      const employerId = plan.employer[id] ?? 0
      const firm = firms.get(employerId)
      const role = plan.employerRole[id] ?? 'employee'
      const employer = firm === undefined ? null : { id: employerId, firm, role }
      fields = demoPerson({ random, calendar: today, birth: dates.birth }, employer)
    }
    // Prospects have not joined: anyone who has may sponsor them.
    const joinDay = dates.join ?? today.today + 1
    sponsors.joined[id] = joinDay
    sponsors.status[id] = organisation ? unsponsoring : sponsorRank[status]
    yield {
      ...fields,
      sector_id: sectorOf(options.sectorIds, fields.classification),
      id,
      member_number: String(id).padStart(width, '0'),
      kind: organisation ? 'organisation' : 'person',
      status,
      join_date: dates.join === null ? null : formatDay(dates.join),
      leave_date: dates.leave === null ? null : formatDay(dates.leave),
      leave_reason:
        status === 'former' ? leaveReason(random, organisation, dates.birth, today) : null,
      sponsor_id: sponsorOf(random, id, joinDay, status, sponsors),
      membership_type_id: membershipType(random, status, organisation, dates.birth, today),
      notes: random.chance(0.04) ? random.pick(notes[locale]) : null,
      created_at: timestamp,
      updated_at: timestamp,
    }
  }
}

function sectorOf(
  sectorIds: ReadonlyMap<string, number> | undefined,
  classification: string | null,
): number | null {
  if (sectorIds === undefined || classification === null) return null
  return sectorIds.get(classification) ?? null
}

/** Join days and how fit each member is to sponsor, by id: typed arrays stay small at 100,000. */
interface SponsorBook {
  readonly joined: Int32Array
  readonly status: Uint8Array
}

const unsponsoring = 0
/** A former member may have sponsored someone back then, but not a current applicant. */
const sponsorRank: Readonly<Record<MemberStatus, number>> = {
  prospect: unsponsoring,
  former: 1,
  active: 2,
  honorary: 2,
  on_leave: 2,
}

/**
 * About 70% were brought in by a person who had joined before them: 78% look for one, and
 * about one in ten of those (the founders most of all) finds nobody.
 */
function sponsorOf(
  random: Random,
  id: number,
  joinDay: Day,
  status: MemberStatus,
  book: SponsorBook,
): number | null {
  if (id === 1 || !random.chance(0.78)) return null
  const needed = status === 'prospect' ? 2 : 1
  // A few random tries rather than a search: the first members simply have nobody before them.
  for (let attempt = 0; attempt < 8; attempt++) {
    const candidate = random.int(1, id - 1)
    const rank = book.status[candidate] ?? unsponsoring
    if (rank >= needed && (book.joined[candidate] ?? joinDay) < joinDay) return candidate
  }
  return null
}

function leaveReason(
  random: Random,
  organisation: boolean,
  birth: Day,
  today: Calendar,
): LeaveReason {
  if (organisation) return 'resigned'
  const draw = random.next()
  if (draw < (birth < today.yearsAgo(75) ? 0.4 : 0.05)) return 'deceased'
  return draw > 0.94 ? 'transferred' : 'resigned'
}

function membershipType(
  random: Random,
  status: MemberStatus,
  organisation: boolean,
  birth: Day,
  today: Calendar,
): number | null {
  // An application is not a membership yet.
  if (status === 'prospect') return null
  if (organisation) return membershipTypeIds.corporate
  if (status === 'honorary') return membershipTypeIds.honorary
  if (birth > today.yearsAgo(35)) return membershipTypeIds.young
  // Retired members often keep supporting the club without attending every week.
  if (random.chance(birth < today.yearsAgo(75) ? 0.4 : 0.03)) return membershipTypeIds.supporting
  return membershipTypeIds.active
}

const notes: Readonly<Record<Locale, readonly string[]>> = {
  de: [
    'Bevorzugt Kontakt per E-Mail.',
    'Vegetarisch – bei Clubabenden berücksichtigen.',
    'Ansprechpartner für den Partnerclub in Lyon, spricht fließend Französisch.',
    'Hilft jedes Jahr am Stand auf dem Weihnachtsmarkt.',
    'Bei Veranstaltungen barrierefreien Zugang einplanen.',
    'Post bitte nur an die Privatanschrift.',
  ],
  en: [
    'Prefers to be contacted by e-mail.',
    'Vegetarian – remember at club dinners.',
    'Contact for the partner club in Lyon, speaks fluent French.',
    'Helps at the Christmas market stall every year.',
    'Needs step-free access at events.',
    'Send post to the home address only.',
  ],
}
