import type { Insertable } from 'kysely'
import type { ConsentKind } from '../../api/members.ts'
import type { ConsentTable } from '../db/schema.ts'
import { formatDay, parseDay, type Day } from './days.ts'
import type { Random } from './random.ts'
import type { DemoMember } from './types.ts'

export type NewConsent = Insertable<ConsentTable>

/** Clubs collected written consent once the GDPR applied, or on joining after that. */
const gdprApplies = parseDay('2018-05-25')

type Shares = readonly (readonly [ConsentKind, number])[]

// An organisation has no private life; its logo counts as the photo.
const organisationShares: Shares = [
  ['directory', 0.95],
  ['photo', 0.6],
]

/**
 * Chances are per member who has the data: 40% have a private e-mail and three in four of
 * them share it, so about 30% of all members do.
 */
function personShares(member: DemoMember): Shares {
  return [
    ['directory', 0.9],
    ['photo', 0.5],
    ['birthday', 0.6],
    ['private_phone', member.phone_private === null ? 0 : 0.6],
    ['private_address', 0.25],
    ['private_email', member.email_private === null ? 0 : 0.75],
    ['partner', member.partner_name === null ? 0 : 0.67],
  ]
}

/**
 * One form per current member, every kind answered on the same day. Prospects and former
 * members have no rows, and some members never returned the form: for them nothing private
 * is published, which is what a missing row means.
 */
export function demoConsent(
  random: Random,
  members: readonly DemoMember[],
  today: Day,
): NewConsent[] {
  const rows: NewConsent[] = []
  for (const member of members) {
    if (member.join_date === null || member.status === 'former') continue
    if (!random.chance(0.92)) continue
    const joined = parseDay(member.join_date)
    const from = Math.max(joined, gdprApplies)
    const decidedOn = formatDay(from <= today ? random.dateBetween(from, today) : joined)
    const shares = member.kind === 'organisation' ? organisationShares : personShares(member)
    for (const [kind, share] of shares) {
      rows.push({
        member_id: member.id,
        kind,
        granted: random.chance(share) ? 1 : 0,
        decided_on: decidedOn,
      })
    }
  }
  return rows
}
