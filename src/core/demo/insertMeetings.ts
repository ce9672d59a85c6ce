import type { Kysely } from 'kysely'
import type { Locale } from '../../api/club.ts'
import type { AttendanceMeaning } from '../../api/meetings.ts'
import { bulkInsert } from '../db/bulkInsert.ts'
import type { Database } from '../db/schema.ts'
import { attendanceCodes } from '../meetings/codes.ts'
import { seriesSlots } from '../meetings/seriesDates.ts'
import { planMeetingDemo, type MeetingMember } from './meetingPlan.ts'
import type { Random } from './random.ts'

export interface MeetingYear {
  readonly bni: boolean
  readonly start: string
  readonly end: string
  readonly today: string
  readonly timestamp: string
  readonly locale: Locale
  readonly place: string
}

const topics: Record<Locale, readonly (readonly [speaker: string, topic: string])[]> = {
  de: [
    ['Dr. Petra Lange', 'Ehrenamt im Wandel'],
    ['Markus Weber', 'Cybersicherheit für kleine Betriebe'],
    ['Prof. Anna Roth', 'Die Geschichte des Taunus'],
    ['', 'Clubversammlung'],
    ['Jonas Becker', 'Unser Jugendaustausch 2026'],
    ['Sabine König', 'Wasserprojekte in Ostafrika'],
  ],
  en: [
    ['Dr. Petra Lange', 'Volunteering in a changing world'],
    ['Markus Weber', 'Cyber security for small firms'],
    ['Prof. Anna Roth', 'A history of the Taunus'],
    ['', 'Club assembly'],
    ['Jonas Becker', 'Our youth exchange 2026'],
    ['Sabine König', 'Water projects in East Africa'],
  ],
}

const meetingColumns = [
  'id',
  'series_id',
  'series_date',
  'date',
  'start_time',
  'end_time',
  'place',
  'type',
  'partner_club',
  'speaker',
  'topic',
  'roll_call_at',
  'created_at',
  'updated_at',
] as const

const referralColumns = [
  'id',
  'from_member_id',
  'to_member_id',
  'date',
  'type',
  'contact_name',
  'interest',
  'status',
  'created_at',
  'updated_at',
] as const

/** 24 December to 6 January: no meetings between the holidays. */
const isHoliday = (date: string): boolean => date.slice(5) >= '12-24' || date.slice(5) <= '01-06'

/**
 * The demo club's weekly meeting series over the club year: Rotary at lunchtime on Tuesdays,
 * a BNI chapter at 7:00 on Wednesdays. Past meetings have their roll call, guests came now and
 * then, and a chapter has passed referrals, closed business and held one-to-ones.
 */
export async function insertDemoMeetings(
  db: Kysely<Database>,
  random: Random,
  members: readonly MeetingMember[],
  year: MeetingYear,
): Promise<void> {
  const weekday = year.bni ? 3 : 2
  const slots = seriesSlots(
    { weekday, interval: 'weekly', nth: null, startDate: year.start, endDate: '', skipDates: [] },
    year.start,
    year.end,
  )
  const skipDates = slots.filter(isHoliday)
  const dates = slots.filter((date) => !isHoliday(date))
  const name = year.locale === 'de' ? 'Wöchentliches Treffen' : 'Weekly meeting'
  const [startTime, endTime] = year.bni ? ['07:00', '08:30'] : ['12:30', '14:00']
  const created = await db
    .insertInto('meeting_series')
    .values({
      name,
      weekday,
      interval: 'weekly',
      nth: null,
      start_time: startTime,
      end_time: endTime,
      place: year.place,
      type: 'regular',
      start_date: year.start,
      end_date: year.end,
      skip_dates: JSON.stringify(skipDates),
      created_at: year.timestamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow()

  const plan = planMeetingDemo(random, { bni: year.bni, dates, today: year.today, members })
  const held = new Set(plan.marks.map((mark) => mark.meetingIndex))
  const lineup = topics[year.locale]
  const meetings = dates.map((date, index) => {
    const [speaker, topic] = lineup[index % lineup.length] ?? ['', '']
    const joint = !year.bni && index === 9
    return {
      id: index + 1,
      series_id: created.id,
      series_date: date,
      date,
      start_time: startTime,
      end_time: endTime,
      place: year.place,
      type: joint ? ('joint' as const) : ('regular' as const),
      partner_club: joint ? 'RC Bad Homburg' : '',
      speaker: year.bni ? '' : speaker,
      topic: year.bni ? '' : topic,
      roll_call_at: held.has(index) ? `${date}T12:00:00.000Z` : null,
      created_at: year.timestamp,
      updated_at: year.timestamp,
    }
  })
  await bulkInsert(db, 'meeting', meetingColumns, meetings)

  const codes = await attendanceCodes(db)
  const codeOf = new Map<AttendanceMeaning, number>()
  for (const code of codes) if (!codeOf.has(code.meaning)) codeOf.set(code.meaning, code.id)
  const attendance = plan.marks.flatMap((mark) => {
    const codeId = codeOf.get(mark.meaning)
    return codeId === undefined
      ? []
      : [
          {
            meeting_id: mark.meetingIndex + 1,
            member_id: mark.memberId,
            code_id: codeId,
            make_up_date: mark.makeUpDate,
            make_up_club: mark.makeUpClub,
            substitute_name: mark.substituteName,
            recorded_at: meetings[mark.meetingIndex]?.roll_call_at ?? year.timestamp,
          },
        ]
  })
  await bulkInsert(
    db,
    'attendance',
    [
      'meeting_id',
      'member_id',
      'code_id',
      'make_up_date',
      'make_up_club',
      'substitute_name',
      'recorded_at',
    ],
    attendance,
  )
  await bulkInsert(
    db,
    'member_leave',
    ['member_id', 'from_date', 'to_date', 'created_at'],
    plan.leaves.map((leave) => ({
      member_id: leave.memberId,
      from_date: leave.from,
      to_date: leave.to,
      created_at: year.timestamp,
    })),
  )
  await insertGuests(db, plan.guests, year.timestamp)
  await insertBusiness(db, plan, year.timestamp)
}

async function insertGuests(
  db: Kysely<Database>,
  guests: ReturnType<typeof planMeetingDemo>['guests'],
  timestamp: string,
): Promise<void> {
  for (const guest of guests) {
    const row = await db
      .insertInto('guest')
      .values({
        first_name: guest.firstName,
        last_name: guest.lastName,
        company: guest.company,
        sector: guest.sector,
        created_at: timestamp,
        updated_at: timestamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const visits = guest.visits.map((visit) => ({
      guest_id: row.id,
      meeting_id: visit.meetingIndex + 1,
      invited_by_id: visit.invitedById,
      created_at: timestamp,
    }))
    await bulkInsert(
      db,
      'guest_visit',
      ['guest_id', 'meeting_id', 'invited_by_id', 'created_at'],
      visits,
    )
  }
}

async function insertBusiness(
  db: Kysely<Database>,
  plan: ReturnType<typeof planMeetingDemo>,
  timestamp: string,
): Promise<void> {
  const referrals = plan.referrals.map((referral, index) => ({
    id: index + 1,
    from_member_id: referral.fromId,
    to_member_id: referral.toId,
    date: referral.date,
    type: referral.inside ? ('inside' as const) : ('outside' as const),
    contact_name: referral.contactName,
    interest: referral.interest,
    status: referral.status,
    created_at: timestamp,
    updated_at: timestamp,
  }))
  await bulkInsert(db, 'referral', referralColumns, referrals)
  // The member who got the business thanks the one who passed it.
  const won = plan.referrals.flatMap((referral, index) =>
    referral.wonCents === 0
      ? []
      : [
          {
            receiver_id: referral.toId,
            giver_id: referral.fromId,
            referral_id: index + 1,
            kind: 'referral' as const,
            date: referral.date,
            amount_cents: referral.wonCents,
            created_at: timestamp,
          },
        ],
  )
  const other = plan.tyfcb.map((entry) => ({
    receiver_id: entry.receiverId,
    giver_id: entry.giverId,
    referral_id: null,
    kind: entry.kind,
    date: entry.date,
    amount_cents: entry.amountCents,
    created_at: timestamp,
  }))
  await bulkInsert(
    db,
    'tyfcb',
    ['receiver_id', 'giver_id', 'referral_id', 'kind', 'date', 'amount_cents', 'created_at'],
    [...won, ...other],
  )
  await bulkInsert(
    db,
    'one_to_one',
    ['member_a_id', 'member_b_id', 'date', 'created_at'],
    plan.oneToOnes.map((entry) => ({
      member_a_id: entry.aId,
      member_b_id: entry.bId,
      date: entry.date,
      created_at: timestamp,
    })),
  )
}
