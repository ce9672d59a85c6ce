import type { Generated, Insertable, Selectable } from 'kysely'
import type { ClubKind, Currency, Locale } from '../../api/club.ts'
import type {
  ConsentKind,
  LeaveReason,
  MemberKind,
  MemberStatus,
  OrganisationRole,
} from '../../api/members.ts'
import type { CustomFieldType } from '../../api/roster.ts'
import type { PolicyMode } from '../../api/sectors.ts'
import type { DuesTables } from './duesSchema.ts'
import type { MeetingTables } from './meetingSchema.ts'

/** The one row that describes the club itself (id is always 1). */
export interface ClubTable {
  id: number
  name: string
  kind: ClubKind
  street: string
  house_number: string
  postcode: string
  town: string
  country: string
  meeting_place: string
  locale: Locale
  currency: Currency
  year_start_month: number
  logo_mime: string | null
  logo: Uint8Array | null
  member_number_pattern: Generated<string>
  member_number_next: Generated<number>
  search_index_version: Generated<number>
  policy_mode: Generated<PolicyMode>
  policy_cap: Generated<number>
  policy_threshold: Generated<number>
  policy_percent: Generated<number>
  /** JSON array of the statuses the policy counts. */
  policy_statuses: Generated<string>
  /** The tree level a classification is counted at; null: the member's own sector. */
  policy_level: number | null
  /** JSON of the directory options last used (migration 0004). */
  directory_options: string | null
  /** JSON of the list options last used (migration 0004). */
  list_options: string | null
  bank_name: Generated<string>
  iban: Generated<string>
  bic: Generated<string>
  /** SEPA creditor identifier, e.g. `DE98ZZZ09999999999` (migration 0005). */
  creditor_id: Generated<string>
  creditor_name: Generated<string>
  /** How new mandate references are made: `{number}` member number, `{n}` a running count. */
  mandate_pattern: Generated<string>
  charge_number_next: Generated<number>
  receipt_number_next: Generated<number>
  /** Attendance below this percentage is highlighted (migration 0006). */
  attendance_threshold: Generated<number>
  /** BNI absences allowed per rolling six months (migration 0006). */
  absence_limit: Generated<number>
  /** Null: as the club's kind suggests. */
  show_referrals: number | null
  expect_honorary: Generated<number>
  created_at: string
  updated_at: string
}

export type { MemberKind, MemberStatus } from '../../api/members.ts'

/** The roster: people and organisations (migration 0002). */
export interface MemberTable {
  id: Generated<number>
  member_number: string
  kind: MemberKind
  status: MemberStatus
  salutation: string | null
  title: string | null
  first_name: string | null
  last_name: string | null
  name_affix: string | null
  birthday: string | null
  partner_name: string | null
  organisation_name: string | null
  legal_form: string | null
  register_number: string | null
  organisation_id: number | null
  organisation_role: OrganisationRole | null
  company: string | null
  position: string | null
  classification: string | null
  sector_id: number | null
  email_business: string | null
  email_private: string | null
  phone_business: string | null
  phone_mobile: string | null
  phone_private: string | null
  website: string | null
  business_street: string | null
  business_house_number: string | null
  business_postcode: string | null
  business_town: string | null
  business_country: string | null
  private_street: string | null
  private_house_number: string | null
  private_postcode: string | null
  private_town: string | null
  private_country: string | null
  photo_mime: string | null
  photo: Uint8Array | null
  notes: string | null
  join_date: string | null
  leave_date: string | null
  leave_reason: LeaveReason | null
  sponsor_id: number | null
  membership_type_id: number | null
  sort_key_de: string
  sort_key_en: string
  created_at: string
  updated_at: string
}

export interface SectorTable {
  id: Generated<number>
  code: string
  name_de: string
  name_en: string
  parent_id: number | null
  sort_order: number
  active: number
  merged_into_id: Generated<number | null>
  /** 1: the club wants this classification represented (open seats). */
  target: Generated<number>
}

/** Secondary sectors of a member (migration 0003); the primary one is `member.sector_id`. */
export interface MemberSectorTable {
  member_id: number
  sector_id: number
}

export interface MembershipTypeTable {
  id: Generated<number>
  name: string
  sort_order: number
  active: number
}

export interface CustomFieldTable {
  id: Generated<number>
  key: string
  label: string
  type: CustomFieldType
  /** JSON array of choices for `choice` fields. */
  options: string
  sort_order: number
  active: number
}

export interface MemberCustomValueTable {
  member_id: number
  field_id: number
  /** Text, number, ISO date, `true`/`false` or the chosen option, as text. */
  value: string
}

export interface RoleTable {
  id: Generated<number>
  key: string | null
  name_de: string
  name_en: string
  kind: 'board' | 'committee'
  sort_order: number
  active: number
}

export interface OfficeTable {
  id: Generated<number>
  member_id: number
  role_id: number
  start_date: string
  end_date: string | null
  note: string | null
}

export interface ConsentTable {
  member_id: number
  kind: ConsentKind
  granted: number
  decided_on: string
}

export interface MemberHistoryTable {
  id: Generated<number>
  member_id: number
  at: string
  action: string
  field: string | null
  old_value: string | null
  new_value: string | null
  note: string | null
}

/** FTS5, contentless: only rowid (= member.id) can be read back. */
export interface MemberSearchTable {
  rowid: number
  names: string
  organisation: string
  classification: string
  town: string
  email: string
  number: string
  /** A token for former members only (see searchIndex.ts): the index leaves them out itself. */
  state: string
}

/** A member's photo made small for print, JPEG or PNG (migration 0004). */
export interface PrintPhotoTable {
  member_id: number
  image: Uint8Array
}

export interface Database extends DuesTables, MeetingTables {
  club: ClubTable
  member: MemberTable
  sector: SectorTable
  member_sector: MemberSectorTable
  membership_type: MembershipTypeTable
  custom_field: CustomFieldTable
  member_custom_value: MemberCustomValueTable
  role: RoleTable
  office: OfficeTable
  consent: ConsentTable
  member_history: MemberHistoryTable
  member_search: MemberSearchTable
  print_photo: PrintPhotoTable
}

export type {
  AllocationTable,
  ChargeTable,
  CollectionItemTable,
  FeeScheduleTable,
  MandateTable,
  PaymentTable,
} from './duesSchema.ts'

export type ClubRow = Selectable<ClubTable>
export type MemberRow = Selectable<MemberTable>
export type NewMember = Insertable<MemberTable>
