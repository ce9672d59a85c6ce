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
import type {
  BillingInterval,
  ChargeKind,
  CreditReason,
  PaymentMethod,
  Prorate,
} from '../../api/dues.ts'
import type { MandateStatus, MandateType } from '../../api/sepa.ts'

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

/** What a membership type costs from `valid_from` on (migration 0005). */
export interface FeeScheduleTable {
  id: Generated<number>
  membership_type_id: number
  valid_from: string
  amount_cents: number
  interval: BillingInterval
  prorate: Prorate
  admission_fee_cents: Generated<number>
  exempt: Generated<number>
  due_days: Generated<number>
  created_at: string
}

/** An individual amount per billing interval; null amount ends an earlier override. */
export interface MemberFeeTable {
  id: Generated<number>
  member_id: number
  valid_from: string
  amount_cents: number | null
  note: Generated<string>
  created_at: string
}

export interface BillingRunTable {
  id: Generated<number>
  period_key: string
  period_start: string
  period_end: string
  created_at: string
  cancelled_at: string | null
  cancel_reason: string | null
}

export interface ChargeTable {
  id: Generated<number>
  number: string
  member_id: number
  run_id: number | null
  kind: ChargeKind
  description: string
  membership_type_id: number | null
  period_start: string | null
  period_end: string | null
  amount_cents: number
  booked_on: string
  due_date: string
  /** JSON of the `Computation` that explains the amount (see api/dues.ts). */
  computation: Generated<string>
  cancelled_on: string | null
  /** The highest dunning level sent for this charge. */
  dunning_level: Generated<number>
  created_at: string
}

export interface PaymentTable {
  id: Generated<number>
  member_id: number
  paid_on: string
  /** Negative for a reversal. */
  amount_cents: number
  method: PaymentMethod
  reference: Generated<string>
  reverses_id: number | null
  reason: Generated<string>
  created_at: string
}

export interface CreditTable {
  id: Generated<number>
  member_id: number
  charge_id: number | null
  booked_on: string
  amount_cents: number
  reason: CreditReason
  note: Generated<string>
  created_at: string
}

export interface AllocationTable {
  id: Generated<number>
  charge_id: number
  payment_id: number | null
  credit_id: number | null
  amount_cents: number
}

export interface DunningLevelTable {
  level: number
  days_after_due: number
  fee_cents: number
}

export interface DunningNoticeTable {
  id: Generated<number>
  member_id: number
  level: number
  sent_on: string
  amount_cents: number
  fee_charge_id: number | null
  created_at: string
}

export interface DunningNoticeChargeTable {
  notice_id: number
  charge_id: number
}

export interface MandateTable {
  id: Generated<number>
  member_id: number
  reference: string
  signed_on: string
  debtor_name: string
  iban: string
  bic: Generated<string>
  type: MandateType
  status: MandateStatus
  last_used_on: string | null
  created_at: string
}

export interface CollectionTable {
  id: Generated<number>
  message_id: string
  collection_date: string
  file_name: string
  total_cents: number
  item_count: number
  /** The pain.008 file exactly as exported; null when recorded without it. */
  xml: string | null
  created_at: string
}

export interface CollectionItemTable {
  id: Generated<number>
  collection_id: number
  charge_id: number
  mandate_id: number
  payment_id: number
  end_to_end_id: string
  sequence_type: 'FRST' | 'RCUR' | 'OOFF' | 'FNAL'
  amount_cents: number
  returned_on: string | null
  return_reason: string | null
}

export interface Database {
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
  fee_schedule: FeeScheduleTable
  member_fee: MemberFeeTable
  billing_run: BillingRunTable
  charge: ChargeTable
  payment: PaymentTable
  credit: CreditTable
  allocation: AllocationTable
  dunning_level: DunningLevelTable
  dunning_notice: DunningNoticeTable
  dunning_notice_charge: DunningNoticeChargeTable
  mandate: MandateTable
  collection: CollectionTable
  collection_item: CollectionItemTable
}

export type ClubRow = Selectable<ClubTable>
export type MemberRow = Selectable<MemberTable>
export type NewMember = Insertable<MemberTable>
