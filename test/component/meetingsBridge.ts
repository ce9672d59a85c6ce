import type { Guest, GuestVisit, RollCall, RollCallRow } from '../../src/api/attendance.ts'
import type {
  AttendanceCode,
  Meeting,
  MeetingSeries,
  MeetingSettings,
  MeetingSummary,
} from '../../src/api/meetings.ts'
import { todayIso } from '../../src/ui/format.ts'
import { memberRecord } from './memberBridge.ts'

/** A day `days` away from today (negative: before), as stored: the fixtures follow the calendar. */
export function dayFromToday(days: number): string {
  const date = new Date(`${todayIso()}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

export const meetingSettings: MeetingSettings = {
  thresholdPercent: 60,
  absenceLimit: 3,
  showReferrals: false,
  expectHonorary: false,
}

/** Rotary's default codes, as `meetings/codes` makes them. */
export const rotaryCodes: AttendanceCode[] = [
  ['present', 'p', 'Anwesend', 'Present'],
  ['absent', 'a', 'Abwesend', 'Absent'],
  ['excused', 'e', 'Entschuldigt', 'Excused'],
  ['make_up', 'm', 'Nachgeholt', 'Make-up'],
  ['leave', 'u', 'Beurlaubt', 'Leave of absence'],
].map(([meaning, key, labelDe, labelEn], i) => ({
  id: i + 1,
  meaning: meaning as AttendanceCode['meaning'],
  key: key as string,
  labelDe: labelDe as string,
  labelEn: labelEn as string,
  active: true,
  sortOrder: i + 1,
}))

export function meeting(overrides: Partial<MeetingSummary> = {}): MeetingSummary {
  return {
    id: 1,
    seriesId: 1,
    seriesDate: dayFromToday(-5),
    date: dayFromToday(-5),
    startTime: '12:30',
    endTime: '14:00',
    place: 'Hotel zur Post',
    type: 'regular',
    status: 'scheduled',
    cancelReason: '',
    partnerClub: '',
    speaker: '',
    topic: '',
    minutes: '',
    attachments: [],
    rollCallTaken: false,
    attended: 0,
    expected: 0,
    guests: 0,
    ...overrides,
  }
}

/** An older meeting with its roll call, the last one held, a cancelled one and the next one. */
export function yearMeetings(): MeetingSummary[] {
  return [
    meeting({
      id: 1,
      date: dayFromToday(-12),
      seriesDate: dayFromToday(-12),
      topic: 'Wasser für Afrika',
      speaker: 'Dr. Eva Brunner',
      rollCallTaken: true,
      attended: 18,
      expected: 24,
      guests: 2,
    }),
    meeting({ id: 2, date: dayFromToday(-5), seriesDate: dayFromToday(-5) }),
    meeting({
      id: 3,
      date: dayFromToday(-1),
      seriesDate: dayFromToday(-1),
      status: 'cancelled',
      cancelReason: 'Feiertag',
    }),
    meeting({ id: 4, date: dayFromToday(2), seriesDate: dayFromToday(2) }),
  ]
}

export const weeklySeries: MeetingSeries = {
  id: 1,
  name: 'Clubabend',
  weekday: 2,
  interval: 'weekly',
  nth: null,
  startTime: '12:30',
  endTime: '14:00',
  place: 'Hotel zur Post',
  type: 'regular',
  startDate: '2026-07-01',
  endDate: '',
  skipDates: [],
  meetingCount: 48,
}

const ref = (id: number, displayName: string) => ({
  id,
  memberNumber: `M-${String(id).padStart(4, '0')}`,
  displayName,
})

export function rollCallRow(id: number, name: string, overrides: Partial<RollCallRow> = {}) {
  return {
    memberId: id,
    codeId: null,
    makeUpDate: '',
    makeUpClub: '',
    substituteName: '',
    note: '',
    member: ref(id, name),
    status: 'active',
    onLeave: false,
    expected: true,
    ...overrides,
  } satisfies RollCallRow
}

export function guest(overrides: Partial<Guest> = {}): Guest {
  return {
    id: 7,
    firstName: 'Gustav',
    lastName: 'Gast',
    company: 'Gast & Partner',
    sector: 'Architektur',
    email: 'gustav@gast.example',
    phone: '',
    note: '',
    visits: 2,
    lastVisit: dayFromToday(-5),
    invitedBy: ref(11, 'Anna Müller'),
    memberId: null,
    ...overrides,
  }
}

export function visit(overrides: Partial<GuestVisit> = {}): GuestVisit {
  return {
    id: 31,
    meetingId: 2,
    guest: guest(),
    invitedBy: ref(11, 'Anna Müller'),
    visitNumber: 2,
    ...overrides,
  }
}

export function rollCall(
  meetingFields: Partial<Meeting> = {},
  visits: GuestVisit[] = [],
): RollCall {
  return {
    meeting: meeting({ id: 2, ...meetingFields }),
    codes: rotaryCodes,
    rows: [
      rollCallRow(11, 'Anna Müller'),
      rollCallRow(12, 'Bernd Becker'),
      rollCallRow(13, 'Clara Özdemir'),
      rollCallRow(14, 'Jürgen Weiß'),
    ],
    visits,
  }
}

/** `attendance/mark` answers the row as saved: the fake keeps no state, it echoes the mark. */
export function markAnswer(base: RollCall) {
  return (input: Record<string, unknown>) => {
    const mark = input['mark'] as Omit<RollCallRow, 'member' | 'status' | 'onLeave' | 'expected'>
    const row = base.rows.find((r) => r.memberId === mark.memberId)
    return { ...row, ...mark }
  }
}

/** What the meetings view asks for, answered for a club in the middle of its year. */
export function meetingsAnswers(call: RollCall = rollCall()) {
  return {
    'meetings/settings': meetingSettings,
    'meetings/codes': rotaryCodes,
    'meetings/series': [weeklySeries],
    'meetings/list': yearMeetings(),
    'attendance/rollCall': call,
    'attendance/mark': markAnswer(call),
    'guests/list': [guest()],
    'guests/convert': memberRecord({
      id: 61,
      memberNumber: 'M-0061',
      displayName: 'Gustav Gast',
      status: 'prospect',
    }),
  }
}
