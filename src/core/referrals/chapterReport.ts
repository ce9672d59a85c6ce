import type { Kysely } from 'kysely'
import type { ChapterReport, ChapterRow } from '../../api/business.ts'
import type { DateRange } from '../../api/meetings.ts'
import { localToday, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { tallyAttendance } from '../meetings/attendanceTally.ts'
import { addCounts, noCounts } from '../meetings/countKeys.ts'
import { sortedRefs } from '../meetings/memberRefs.ts'
import { checkRange, listYears } from '../meetings/range.ts'
import { chapterTyfcbCents } from './tyfcbTotal.ts'

type Figures = Omit<ChapterRow, 'member' | 'counts'>
type BusinessTally = { -readonly [K in keyof Figures]: Figures[K] }

const noBusinessTally = (): BusinessTally => ({
  referralsGivenInside: 0,
  referralsGivenOutside: 0,
  referralsReceivedInside: 0,
  referralsReceivedOutside: 0,
  visitors: 0,
  oneToOnes: 0,
})

/**
 * The chapter's report for a period, as read out in the room: per member the roll call, the
 * referrals given and received, the visitors brought and the one-to-ones held. Closed business
 * appears only as the chapter's total: what a member earned is theirs to tell.
 *
 * The members are the persons active or honorary now who had joined by the end of the period,
 * and anyone else with something to count in it (a member who left during the period).
 * The totals are the sums of the columns, so a one-to-one counts once for each of the two.
 */
export async function chapterReport(
  db: Kysely<Database>,
  range: DateRange,
  clock: Clock,
): Promise<ChapterReport> {
  checkRange(range.from, range.to, listYears)
  // The chapter's roll calls by what each code means, as the attendance report counts them:
  // a meeting still to come is not held yet, even if a roll call was taken before it moved.
  const { tallies: attendance } = await tallyAttendance(db, {
    ...range,
    windowFrom: range.from,
    heldUntil: localToday(clock),
  })
  const tallies = await businessTallies(db, range)
  const active = await db
    .selectFrom('member')
    .select('id')
    .where('kind', '=', 'person')
    .where('status', 'in', ['active', 'honorary'])
    .where((eb) => eb.or([eb('join_date', 'is', null), eb('join_date', '<=', range.to)]))
    .execute()
  const ids = new Set([...active.map((row) => row.id), ...attendance.keys(), ...tallies.keys()])
  const rows: ChapterRow[] = (await sortedRefs(db, ids)).map((member) => ({
    member,
    counts: attendance.get(member.id)?.counts ?? noCounts(),
    ...(tallies.get(member.id) ?? noBusinessTally()),
  }))
  return {
    from: range.from,
    to: range.to,
    rows,
    totals: { ...sumRows(rows), tyfcbCents: await chapterTyfcbCents(db, range) },
  }
}

/** Referrals, visitors and one-to-ones of the period, per member. */
async function businessTallies(
  db: Kysely<Database>,
  range: DateRange,
): Promise<Map<number, BusinessTally>> {
  const tallies = new Map<number, BusinessTally>()
  const tally = (id: number): BusinessTally => {
    let found = tallies.get(id)
    if (found === undefined) {
      found = noBusinessTally()
      tallies.set(id, found)
    }
    return found
  }
  const referrals = await db
    .selectFrom('referral')
    .select(['from_member_id', 'to_member_id', 'type'])
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .execute()
  for (const referral of referrals) {
    const giver = tally(referral.from_member_id)
    const receiver = tally(referral.to_member_id)
    if (referral.type === 'inside') {
      giver.referralsGivenInside += 1
      receiver.referralsReceivedInside += 1
    } else {
      giver.referralsGivenOutside += 1
      receiver.referralsReceivedOutside += 1
    }
  }
  const visits = await db
    .selectFrom('guest_visit as v')
    .innerJoin('meeting as m', 'm.id', 'v.meeting_id')
    .select('v.invited_by_id')
    .where('m.date', '>=', range.from)
    .where('m.date', '<=', range.to)
    .where('m.status', '=', 'scheduled')
    .where('v.invited_by_id', 'is not', null)
    .execute()
  for (const visit of visits) {
    if (visit.invited_by_id !== null) tally(visit.invited_by_id).visitors += 1
  }
  const oneToOnes = await db
    .selectFrom('one_to_one')
    .select(['member_a_id', 'member_b_id'])
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .execute()
  for (const meeting of oneToOnes) {
    tally(meeting.member_a_id).oneToOnes += 1
    tally(meeting.member_b_id).oneToOnes += 1
  }
  return tallies
}

function sumRows(rows: readonly ChapterRow[]): Omit<ChapterRow, 'member'> {
  const counts = noCounts()
  const totals = noBusinessTally()
  for (const row of rows) {
    addCounts(counts, row.counts)
    for (const key of Object.keys(totals) as (keyof BusinessTally)[]) totals[key] += row[key]
  }
  return { counts, ...totals }
}
