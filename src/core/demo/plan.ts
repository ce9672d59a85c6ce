import type { MemberStatus, OrganisationRole } from '../../api/members.ts'
import type { Random } from './random.ts'

/** Who is what, decided before any member is written, so links can point both ways. */
export interface RosterPlan {
  /** By member id; index 0 is unused. */
  readonly statuses: readonly MemberStatus[]
  readonly organisation: Uint8Array
  /** The id of the organisation a person is linked to, or 0. */
  readonly employer: Int32Array
  readonly employerRole: readonly (OrganisationRole | undefined)[]
}

const organisationShare = 0.08

export function planRoster(random: Random, count: number): RosterPlan {
  const nextStatus = statusPlan(count)
  const statuses: MemberStatus[] = ['active']
  for (let id = 1; id <= count; id++) statuses.push(nextStatus(random))
  const organisation = planOrganisations(random, statuses)
  const employer = new Int32Array(count + 1)
  const employerRole: (OrganisationRole | undefined)[] = []
  // Each organisation gets one or two of the persons numbered shortly after it: whoever is
  // generated later can copy the firm's name and address from it.
  for (let id = 1; id <= count; id++) {
    if (organisation[id] !== 1) continue
    const people = random.int(1, 2)
    for (let linked = 0; linked < people; linked++) {
      let person = id + random.int(1, 12)
      while (person <= count && (organisation[person] === 1 || employer[person] !== 0)) person++
      if (person > count) break
      employer[person] = id
      employerRole[person] = linked === 0 ? 'contact' : 'employee'
    }
  }
  return { statuses, organisation, employer, employerRole }
}

/** Exactly the share of organisations, none honorary: honours go to people. */
function planOrganisations(random: Random, statuses: readonly MemberStatus[]): Uint8Array {
  const count = statuses.length - 1
  const organisation = new Uint8Array(count + 1)
  let candidates = statuses.filter((status, id) => id > 0 && status !== 'honorary').length
  let quota = Math.min(candidates, quotaOf(count, organisationShare))
  for (let id = 1; id <= count && quota > 0; id++) {
    if (statuses[id] === 'honorary') continue
    // Selection sampling, as for the statuses: exact quota, evenly spread over the numbers.
    if (random.int(0, candidates - 1) < quota) {
      organisation[id] = 1
      quota--
    }
    candidates--
  }
  return organisation
}

function quotaOf(count: number, share: number): number {
  return count < 20 ? Math.round(count * share) : Math.max(1, Math.round(count * share))
}

/**
 * Exact shares rather than a coin per member, so even a 60-member club shows every status.
 * Prospects take the last numbers, as an application gets the next free one.
 */
function statusPlan(count: number): (random: Random) => MemberStatus {
  const prospects = quotaOf(count, 0.025)
  const left: [MemberStatus, number][] = [
    ['honorary', quotaOf(count, 0.04)],
    ['former', quotaOf(count, 0.08)],
    ['on_leave', quotaOf(count, 0.03)],
  ]
  let remaining = count - prospects
  return (random) => {
    if (remaining === 0) return 'prospect'
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
