import type { Insertable } from 'kysely'
import type { OfficeTable } from '../db/schema.ts'
import { clubYearOf } from '../../api/clubYear.ts'
import { addYears, formatDay, parseDay, type Day } from './days.ts'
import type { Random } from './random.ts'
import type { StandardRoleKey } from './standardRoles.ts'
import type { DemoMember } from './types.ts'

export type NewOffice = Insertable<OfficeTable>

/** The current club year and the three before it, so the board has a history. */
const yearsShown = 4

/**
 * Offices filled anew each year (presidents follow their own chain). Secretaries and treasurers
 * tend to stay on.
 */
const yearlyRoles: readonly (readonly [StandardRoleKey, stayShare: number])[] = [
  ['vice_president', 0.2],
  ['secretary', 0.6],
  ['treasurer', 0.6],
  ['sergeant_at_arms', 0.4],
  ['club_service', 0.4],
  ['community_service', 0.4],
  ['youth_service', 0.4],
  ['international_service', 0.4],
  ['foundation', 0.5],
]

/** The first day of the club year `today` falls in. */
export function clubYearStart(today: Day, startMonth: number): Day {
  return parseDay(clubYearOf(formatDay(today), startMonth).start)
}

/**
 * Full boards and committee chairs for the last few club years. Presidents follow Rotary's
 * chain: this year's president-elect presides next year and is past president the year after.
 */
export function demoOffices(
  random: Random,
  members: readonly DemoMember[],
  roleIds: ReadonlyMap<StandardRoleKey, number>,
  today: Day,
  startMonth: number,
): NewOffice[] {
  const people = members.filter(
    (m) => m.kind === 'person' && (m.status === 'active' || m.status === 'honorary'),
  )
  const current = clubYearStart(today, startMonth)
  // Offset 0 is the current year; presidents run from one before the oldest year shown to
  // the next year's, who is president-elect now.
  const oldest = 1 - yearsShown
  const presidents = new Map<number, DemoMember>()
  const presided = new Set<number>()
  for (let offset = oldest - 1; offset <= 1; offset++) {
    const president = pick(
      random,
      people,
      eligibleFor(addYears(current, offset), offset >= 0),
      presided,
    )
    if (president !== undefined) presidents.set(offset, president)
  }

  const offices: NewOffice[] = []
  let previous = new Map<StandardRoleKey, DemoMember>()
  for (let offset = oldest; offset <= 0; offset++) {
    const start = addYears(current, offset)
    const term = { start_date: formatDay(start), end_date: formatDay(addYears(start, 1) - 1) }
    const held = new Map<StandardRoleKey, DemoMember>()
    const serving = new Set<number>()
    const assign = (role: StandardRoleKey, member: DemoMember | undefined) => {
      const roleId = roleIds.get(role)
      if (member === undefined || roleId === undefined) return
      held.set(role, member)
      serving.add(member.id)
      offices.push({ member_id: member.id, role_id: roleId, ...term, note: null })
    }
    assign('president', presidents.get(offset))
    assign('president_elect', presidents.get(offset + 1))
    assign('past_president', presidents.get(offset - 1))
    const eligible = eligibleFor(start, offset === 0)
    for (const [role, stayShare] of yearlyRoles) {
      const before = previous.get(role)
      const stays =
        before !== undefined &&
        !serving.has(before.id) &&
        eligible(before) &&
        random.chance(stayShare)
      assign(role, stays ? before : pick(random, people, eligible, serving))
    }
    previous = held
  }
  return offices
}

/** Officers have been members for two years; today's must still be active. */
function eligibleFor(yearStart: Day, current: boolean): (member: DemoMember) => boolean {
  const joinedBy = formatDay(addYears(yearStart, -2))
  return (member) =>
    member.join_date !== null &&
    member.join_date <= joinedBy &&
    (!current || member.status === 'active')
}

/** A random eligible member not yet taken; random tries first, then a scan for small clubs. */
function pick(
  random: Random,
  people: readonly DemoMember[],
  eligible: (member: DemoMember) => boolean,
  taken: Set<number>,
): DemoMember | undefined {
  if (people.length === 0) return undefined
  const fits = (member: DemoMember) => !taken.has(member.id) && eligible(member)
  let found: DemoMember | undefined
  for (let attempt = 0; attempt < 40 && found === undefined; attempt++) {
    const member = random.pick(people)
    if (fits(member)) found = member
  }
  found ??= people.find(fits)
  if (found !== undefined) taken.add(found.id)
  return found
}
