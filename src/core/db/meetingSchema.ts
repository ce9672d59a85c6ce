import type { Generated } from 'kysely'
import type { ReferralStatus, ReferralType, TyfcbKind } from '../../api/business.ts'
import type {
  AttendanceMeaning,
  MeetingStatus,
  MeetingType,
  SeriesInterval,
} from '../../api/meetings.ts'

/** The tables of migration 0006: meetings, attendance, guests, referrals. */
export interface AttendanceCodeTable {
  id: Generated<number>
  meaning: AttendanceMeaning
  key: string
  label_de: string
  label_en: string
  active: Generated<number>
  sort_order: number
}

export interface MeetingSeriesTable {
  id: Generated<number>
  name: string
  weekday: number
  interval: SeriesInterval
  nth: number | null
  start_time: string
  end_time: Generated<string>
  place: Generated<string>
  type: MeetingType
  start_date: string
  end_date: Generated<string>
  /** JSON array of ISO days. */
  skip_dates: Generated<string>
  created_at: string
}

export interface MeetingTable {
  id: Generated<number>
  series_id: number | null
  series_date: string | null
  date: string
  start_time: string
  end_time: Generated<string>
  place: Generated<string>
  type: MeetingType
  status: Generated<MeetingStatus>
  cancel_reason: Generated<string>
  partner_club: Generated<string>
  speaker: Generated<string>
  topic: Generated<string>
  minutes: Generated<string>
  /** JSON array of file paths. */
  attachments: Generated<string>
  roll_call_at: string | null
  created_at: string
  updated_at: string
}

export interface AttendanceTable {
  meeting_id: number
  member_id: number
  code_id: number
  make_up_date: Generated<string>
  make_up_club: Generated<string>
  substitute_name: Generated<string>
  note: Generated<string>
  recorded_at: string
}

export interface MemberLeaveTable {
  id: Generated<number>
  member_id: number
  from_date: string
  to_date: string
  note: Generated<string>
  created_at: string
}

export interface GuestTable {
  id: Generated<number>
  first_name: Generated<string>
  last_name: string
  company: Generated<string>
  sector: Generated<string>
  email: Generated<string>
  phone: Generated<string>
  note: Generated<string>
  member_id: number | null
  created_at: string
  updated_at: string
}

export interface GuestVisitTable {
  id: Generated<number>
  guest_id: number
  meeting_id: number
  invited_by_id: number | null
  created_at: string
}

export interface ReferralTable {
  id: Generated<number>
  from_member_id: number
  to_member_id: number
  date: string
  type: ReferralType
  contact_name: string
  contact_details: Generated<string>
  interest: number
  status: ReferralStatus
  note: Generated<string>
  created_at: string
  updated_at: string
}

export interface TyfcbTable {
  id: Generated<number>
  receiver_id: number
  giver_id: number
  referral_id: number | null
  kind: TyfcbKind
  date: string
  amount_cents: number
  note: Generated<string>
  created_at: string
}

export interface OneToOneTable {
  id: Generated<number>
  member_a_id: number
  member_b_id: number
  date: string
  note: Generated<string>
  created_at: string
}

export interface MeetingTables {
  attendance_code: AttendanceCodeTable
  meeting_series: MeetingSeriesTable
  meeting: MeetingTable
  attendance: AttendanceTable
  member_leave: MemberLeaveTable
  guest: GuestTable
  guest_visit: GuestVisitTable
  referral: ReferralTable
  tyfcb: TyfcbTable
  one_to_one: OneToOneTable
}
