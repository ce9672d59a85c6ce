import type { ReferralStatus, TyfcbKind } from '../../api/business.ts'
import type { AttendanceMeaning } from '../../api/meetings.ts'
import { formatDay, parseDay } from './days.ts'
import { femaleNamesModern, lastNames, maleNamesModern } from './names.ts'
import type { Random } from './random.ts'

/** A member as the meeting demo needs them: who is expected, from when to when. */
export interface MeetingMember {
  readonly id: number
  readonly joinDate: string | null
  readonly leaveDate: string | null
}

export interface DemoMark {
  readonly meetingIndex: number
  readonly memberId: number
  readonly meaning: AttendanceMeaning
  readonly makeUpDate: string
  readonly makeUpClub: string
  readonly substituteName: string
}

export interface DemoGuest {
  readonly firstName: string
  readonly lastName: string
  readonly company: string
  readonly sector: string
  /** Indexes into the meeting dates, and who brought the guest each time. */
  readonly visits: readonly { readonly meetingIndex: number; readonly invitedById: number }[]
}

export interface DemoReferral {
  readonly fromId: number
  readonly toId: number
  readonly date: string
  readonly inside: boolean
  readonly contactName: string
  readonly interest: number
  readonly status: ReferralStatus
  /** Closed business the receiver recorded for it, in cents; 0 when none. */
  readonly wonCents: number
}

export interface DemoTyfcb {
  readonly receiverId: number
  readonly giverId: number
  readonly kind: Exclude<TyfcbKind, 'referral'>
  readonly date: string
  readonly amountCents: number
}

export interface DemoOneToOne {
  readonly aId: number
  readonly bId: number
  readonly date: string
}

export interface MeetingDemo {
  readonly marks: readonly DemoMark[]
  readonly leaves: readonly { memberId: number; from: string; to: string }[]
  readonly guests: readonly DemoGuest[]
  readonly referrals: readonly DemoReferral[]
  readonly tyfcb: readonly DemoTyfcb[]
  readonly oneToOnes: readonly DemoOneToOne[]
}

export interface MeetingDemoInput {
  readonly bni: boolean
  /** The club year's meeting days, in order; only those before today get a roll call. */
  readonly dates: readonly string[]
  readonly today: string
  readonly members: readonly MeetingMember[]
}

const partnerClubs = ['RC Bad Homburg', 'RC Königstein', 'RC Kronberg', 'RC Friedrichsdorf']
const guestFirms = [
  ['Taunus Immobilien GmbH', 'Immobilien'],
  ['Weber Steuerberatung', 'Steuerberatung'],
  ['Feldberg Druck KG', 'Druckerei'],
  ['Hofmann IT-Service', 'IT-Dienstleistungen'],
  ['Kanzlei Lange & Partner', 'Rechtsberatung'],
  ['Physiotherapie am Kurpark', 'Physiotherapie'],
  ['Neumann Versicherungsmakler', 'Versicherungen'],
  ['Gartenbau Krause', 'Garten- und Landschaftsbau'],
] as const

const expectedAt = (member: MeetingMember, date: string): boolean =>
  (member.joinDate === null || member.joinDate <= date) &&
  (member.leaveDate === null || member.leaveDate > date)

function personName(random: Random): { first: string; last: string } {
  const first = random.chance(0.5) ? random.pick(femaleNamesModern) : random.pick(maleNamesModern)
  return { first, last: random.pick(lastNames) }
}

/** Rotary: most come, some excuse themselves, a few make up elsewhere; a few are often away. */
function serviceClubMeaning(random: Random, reliability: number): AttendanceMeaning {
  if (random.chance(reliability)) return 'present'
  const roll = random.next()
  return roll < 0.45 ? 'absent' : roll < 0.75 ? 'excused' : 'make_up'
}

/** BNI: attendance is high; the rest is late, a substitute, medical or (rarely) absent. */
function bniMeaning(random: Random, reliability: number): AttendanceMeaning {
  if (random.chance(Math.min(0.97, reliability + 0.1))) return 'present'
  const roll = random.next()
  return roll < 0.35 ? 'late' : roll < 0.6 ? 'substitute' : roll < 0.75 ? 'medical' : 'absent'
}

function marksFor(random: Random, input: MeetingDemoInput, held: number): DemoMark[] {
  const reliability = new Map(input.members.map((m) => [m.id, 0.45 + random.next() * 0.5]))
  const marks: DemoMark[] = []
  for (let index = 0; index < held; index++) {
    const date = input.dates[index] as string
    for (const member of input.members) {
      if (!expectedAt(member, date)) continue
      const odds = reliability.get(member.id) ?? 0.8
      const meaning = input.bni ? bniMeaning(random, odds) : serviceClubMeaning(random, odds)
      const makeUp = meaning === 'make_up'
      const makeUpDate = formatDay(
        Math.min(parseDay(date) + random.int(1, 6), parseDay(input.today) - 1),
      )
      marks.push({
        meetingIndex: index,
        memberId: member.id,
        meaning,
        makeUpDate: makeUp ? makeUpDate : '',
        makeUpClub: makeUp ? random.pick(partnerClubs) : '',
        substituteName: meaning === 'substitute' ? Object.values(personName(random)).join(' ') : '',
      })
    }
  }
  return marks
}

function guestsFor(random: Random, input: MeetingDemoInput, held: number): DemoGuest[] {
  if (held === 0 || input.members.length === 0) return []
  return guestFirms.map(([company, sector]) => {
    const name = personName(random)
    const inviter = random.pick(input.members).id
    const first = random.int(0, held - 1)
    const visits = [{ meetingIndex: first, invitedById: inviter }]
    for (let next = first + random.int(1, 4); visits.length < 3 && next < held; next += 3) {
      if (random.chance(0.5)) visits.push({ meetingIndex: next, invitedById: inviter })
    }
    return { firstName: name.first, lastName: name.last, company, sector, visits }
  })
}

function statusOf(random: Random, ageDays: number): ReferralStatus {
  if (ageDays < 14) return random.chance(0.6) ? 'open' : 'contacted'
  const roll = random.next()
  return roll < 0.45 ? 'won' : roll < 0.7 ? 'lost' : 'contacted'
}

/** BNI: referrals passed at each held meeting, closed business for the won ones, one-to-ones. */
function businessFor(random: Random, input: MeetingDemoInput, held: number) {
  const referrals: DemoReferral[] = []
  const tyfcb: DemoTyfcb[] = []
  const oneToOnes: DemoOneToOne[] = []
  const today = parseDay(input.today)
  for (let index = 0; index < held; index++) {
    const date = input.dates[index] as string
    const present = input.members.filter((m) => expectedAt(m, date))
    if (present.length < 2) continue
    for (const giver of present) {
      const receiver = random.pick(present.filter((m) => m.id !== giver.id))
      if (random.chance(0.55)) {
        const status = statusOf(random, today - parseDay(date))
        const name = personName(random)
        referrals.push({
          fromId: giver.id,
          toId: receiver.id,
          date,
          inside: random.chance(0.35),
          contactName: `${name.first} ${name.last}`,
          interest: random.int(2, 5),
          status,
          wonCents: status === 'won' ? random.int(5, 250) * 10_000 : 0,
        })
      }
      if (random.chance(0.04)) {
        tyfcb.push({
          receiverId: giver.id,
          giverId: receiver.id,
          kind: random.chance(0.6) ? 'repeat' : 'new',
          date,
          amountCents: random.int(2, 80) * 5_000,
        })
      }
      if (random.chance(0.25)) oneToOnes.push({ aId: giver.id, bId: receiver.id, date })
    }
  }
  return { referrals, tyfcb, oneToOnes }
}

/** Everything the demo club's meetings hold: roll calls, a leave, guests, and BNI business. */
export function planMeetingDemo(random: Random, input: MeetingDemoInput): MeetingDemo {
  const held = input.dates.filter((date) => date < input.today).length
  const marks = marksFor(random, input, held)
  const onLeave = input.bni || input.members.length === 0 ? null : random.pick(input.members)
  const leaveStart = input.dates[Math.max(0, held - 6)]
  const leaves =
    onLeave === null || leaveStart === undefined
      ? []
      : [{ memberId: onLeave.id, from: leaveStart, to: formatDay(parseDay(leaveStart) + 60) }]
  const excluded = (mark: DemoMark): boolean =>
    leaves.some(
      (leave) =>
        leave.memberId === mark.memberId &&
        (input.dates[mark.meetingIndex] as string) >= leave.from &&
        (input.dates[mark.meetingIndex] as string) <= leave.to,
    )
  const business = input.bni
    ? businessFor(random, input, held)
    : { referrals: [], tyfcb: [], oneToOnes: [] }
  return {
    marks: marks.filter((mark) => !excluded(mark)),
    leaves,
    guests: guestsFor(random, input, held),
    ...business,
  }
}
