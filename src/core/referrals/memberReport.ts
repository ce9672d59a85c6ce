import type { Kysely } from 'kysely'
import type { MemberBusinessReport } from '../../api/business.ts'
import type { DateRange } from '../../api/meetings.ts'
import type { Database } from '../db/schema.ts'
import { checkRange, listYears } from '../meetings/range.ts'
import { refOf, requireMembers } from '../meetings/memberRefs.ts'
import { toReferrals } from './referrals.ts'
import { chapterTyfcbCents } from './tyfcbTotal.ts'
import { toTyfcb } from './tyfcb.ts'

/**
 * One member's business in a period: the referrals they gave and received, the closed
 * business they recorded themselves, and of everyone else's amounts only the chapter's total.
 * Business another member recorded as thanks to this one is that member's to disclose.
 */
export async function memberReport(
  db: Kysely<Database>,
  memberId: number,
  range: DateRange,
): Promise<MemberBusinessReport> {
  checkRange(range.from, range.to, listYears)
  const member = refOf(await requireMembers(db, [memberId]), memberId)
  const referrals = await db
    .selectFrom('referral')
    .selectAll()
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .where((eb) => eb.or([eb('from_member_id', '=', memberId), eb('to_member_id', '=', memberId)]))
    .orderBy('date')
    .orderBy('id')
    .execute()
  const received = await db
    .selectFrom('tyfcb')
    .selectAll()
    .where('receiver_id', '=', memberId)
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .orderBy('date')
    .orderBy('id')
    .execute()
  const oneToOnes = await db
    .selectFrom('one_to_one')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .where((eb) => eb.or([eb('member_a_id', '=', memberId), eb('member_b_id', '=', memberId)]))
    .executeTakeFirstOrThrow()
  const slips = await toReferrals(db, referrals)
  return {
    member,
    from: range.from,
    to: range.to,
    referralsGiven: slips.filter((slip) => slip.from.id === memberId),
    referralsReceived: slips.filter((slip) => slip.to.id === memberId),
    tyfcbReceived: await toTyfcb(db, received),
    tyfcbReceivedCents: received.reduce((sum, row) => sum + row.amount_cents, 0),
    chapterTyfcbCents: await chapterTyfcbCents(db, range),
    oneToOnes: Number(oneToOnes.count),
  }
}
