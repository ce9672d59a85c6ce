import type { AppState, ClubKind, ClubProfile } from '../../src/api/club.ts'
import type {
  AttendanceCounts,
  AttendanceReport,
  MemberAttendance,
} from '../../src/api/attendance.ts'
import type {
  ChapterReport,
  MemberBusinessReport,
  OneToOne,
  Referral,
  Tyfcb,
} from '../../src/api/business.ts'
import type { MemberRef } from '../../src/api/members.ts'
import { clubProfile, stateWithClub } from './fakeBridge.ts'
import { meetingSettings, rotaryCodes } from './meetingsBridge.ts'

export const memberRef = (id: number, displayName: string): MemberRef => ({
  id,
  memberNumber: `M-${String(id).padStart(4, '0')}`,
  displayName,
})

export const anna = memberRef(11, 'Anna Müller')
export const bernd = memberRef(12, 'Bernd Becker')
export const clara = memberRef(13, 'Clara Özdemir')

/** The app state and profile of a club of the given kind; BNI years start in January. */
export function clubOf(kind: ClubKind): { state: AppState; profile: ClubProfile } {
  const name = kind === 'bni' ? 'BNI Chapter Rhein-Main' : 'Rotary Club Teststadt'
  const club = stateWithClub.club
  if (club === null) throw new Error('stateWithClub has a club')
  return {
    state: { ...stateWithClub, club: { ...club, name, kind } },
    profile: { ...clubProfile, name, kind, yearStartMonth: kind === 'bni' ? 1 : 7 },
  }
}

export function counts(overrides: Partial<AttendanceCounts> = {}): AttendanceCounts {
  return {
    present: 0,
    absent: 0,
    excused: 0,
    makeUp: 0,
    leave: 0,
    late: 0,
    medical: 0,
    substitute: 0,
    ...overrides,
  }
}

function memberRow(member: MemberRef, fields: Partial<MemberAttendance>): MemberAttendance {
  return {
    member,
    counts: counts(),
    expected: 10,
    attended: 10,
    percent: 100,
    belowThreshold: false,
    absencesRolling: 0,
    overAbsenceLimit: false,
    ...fields,
  }
}

/** Three members over ten meetings; Bernd is below the threshold, Clara at the absence limit. */
export function attendanceReport(overrides: Partial<AttendanceReport> = {}): AttendanceReport {
  return {
    from: '2026-07-01',
    to: '2026-11-21',
    meetings: 10,
    members: [
      memberRow(anna, {
        counts: counts({ present: 8, makeUp: 1, excused: 1, late: 1 }),
        attended: 9,
        percent: 90,
      }),
      memberRow(bernd, {
        counts: counts({ present: 4, absent: 4, leave: 2 }),
        expected: 8,
        attended: 4,
        percent: 50,
        belowThreshold: true,
        absencesRolling: 2,
      }),
      memberRow(clara, {
        counts: counts({ present: 7, absent: 3, substitute: 1 }),
        attended: 7,
        percent: 70,
        absencesRolling: 3,
        overAbsenceLimit: true,
      }),
    ],
    points: [
      { meetingId: 1, date: '2026-07-07', percent: 66.7, attended: 2, expected: 3 },
      { meetingId: 2, date: '2026-07-14', percent: 100, attended: 3, expected: 3 },
      { meetingId: 3, date: '2026-07-21', percent: null, attended: 0, expected: 0 },
    ],
    clubPercent: 71.4,
    thresholdPercent: 60,
    absenceLimit: 3,
    ...overrides,
  }
}

export function chapterReport(): ChapterReport {
  const row = (member: MemberRef, n: number) => ({
    member,
    counts: counts({ present: 8 - n, absent: n, late: 1, medical: n === 0 ? 1 : 0 }),
    referralsGivenInside: n + 1,
    referralsGivenOutside: n + 2,
    referralsReceivedInside: 2 - n,
    referralsReceivedOutside: 1,
    visitors: n,
    oneToOnes: 2 * n,
  })
  return {
    from: '2026-01-01',
    to: '2026-11-21',
    rows: [row(anna, 0), row(bernd, 1), row(clara, 2)],
    totals: {
      counts: counts({ present: 21, absent: 3, late: 3, medical: 1 }),
      referralsGivenInside: 6,
      referralsGivenOutside: 9,
      referralsReceivedInside: 3,
      referralsReceivedOutside: 3,
      visitors: 3,
      oneToOnes: 6,
      tyfcbCents: 1234500,
    },
  }
}

export function referral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: 41,
    from: anna,
    to: bernd,
    date: '2026-11-10',
    type: 'outside',
    contactName: 'Max Kunde',
    contactDetails: '069 123456',
    interest: 4,
    status: 'open',
    note: '',
    ...overrides,
  }
}

export function tyfcb(overrides: Partial<Tyfcb> = {}): Tyfcb {
  return {
    id: 51,
    receiver: bernd,
    giver: anna,
    referralId: 41,
    kind: 'referral',
    date: '2026-11-12',
    amountCents: 250000,
    note: 'Dachsanierung',
    ...overrides,
  }
}

export function oneToOne(overrides: Partial<OneToOne> = {}): OneToOne {
  return { id: 61, a: anna, b: clara, date: '2026-11-05', note: 'Frühstück', ...overrides }
}

export function memberReport(): MemberBusinessReport {
  return {
    member: bernd,
    from: '2026-01-01',
    to: '2026-11-21',
    referralsGiven: [],
    referralsReceived: [referral()],
    tyfcbReceived: [tyfcb()],
    tyfcbReceivedCents: 250000,
    chapterTyfcbCents: 1234500,
    oneToOnes: 0,
  }
}

/** What the meetings view and the two business tabs ask for, for a club of `kind`. */
export function businessAnswers(kind: ClubKind = 'bni') {
  const { state, profile } = clubOf(kind)
  return {
    'app/state': state,
    'club/profile': profile,
    'meetings/settings': { ...meetingSettings, showReferrals: kind === 'bni' },
    'meetings/codes': rotaryCodes,
    'meetings/series': [],
    'meetings/list': [],
    'attendance/report': attendanceReport(),
    'attendance/saveReport': { path: '/home/anna/Anwesenheit.pdf', pages: 2 },
    'referrals/chapterReport': chapterReport(),
    'referrals/saveChapterReport': { path: '/home/anna/Chapter.pdf', pages: 1 },
    'referrals/list': [referral()],
    'tyfcb/list': [tyfcb()],
    'oneToOnes/list': [oneToOne()],
    'referrals/memberReport': memberReport(),
    'members/lookup': [anna, bernd, clara],
  }
}
