import type { MemberStatus } from '../../api/members.ts'
import { portraitOf } from './portraits.ts'
import { createRandom } from './random.ts'
import type { DemoMember } from './types.ts'

/**
 * Photos only for a club-sized demo: each adds a few KB twice (the photo and its print copy),
 * which a chamber demo of 100,000 members would turn into hundreds of megabytes.
 */
export const maxMembersWithPhotos = 5_000

export const demoHasPhotos = (memberCount: number) => memberCount <= maxMembersWithPhotos

/** Most current members hand in a photo; fewer applicants, and the files of former ones. */
const photoShare: Readonly<Record<MemberStatus, number>> = {
  active: 0.85,
  honorary: 0.85,
  on_leave: 0.85,
  prospect: 0.5,
  former: 0.3,
}
const logoShare = 0.7

/**
 * The member's demo photo, or null for those without one. Each member draws from a stream of
 * its own, so a photo depends only on the seed and the member, not on who came before.
 */
export function demoPhotoOf(seed: number, member: DemoMember): Buffer | null {
  const random = createRandom((seed ^ 0x9077a17) + Math.imul(member.id, 0x9e3779b1))
  const share = member.kind === 'organisation' ? logoShare : photoShare[member.status]
  return random.chance(share) ? portraitOf(random, member) : null
}
