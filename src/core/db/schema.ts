import type { Generated, Insertable, Selectable, Updateable } from 'kysely'
import type { ClubKind, Currency, Locale } from '../../api/club.ts'

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
  created_at: string
  updated_at: string
}

export type MemberKind = 'person' | 'organisation'
export type MemberStatus = 'prospect' | 'active' | 'honorary' | 'on_leave' | 'former'

/** The roster. The members issue refines this table through later migrations. */
export interface MemberTable {
  id: Generated<number>
  member_number: string
  kind: MemberKind
  status: MemberStatus
  salutation: string | null
  title: string | null
  first_name: string | null
  last_name: string | null
  organisation_name: string | null
  company: string | null
  position: string | null
  classification: string | null
  email: string | null
  phone: string | null
  mobile: string | null
  website: string | null
  street: string | null
  house_number: string | null
  postcode: string | null
  town: string | null
  country: string | null
  birthday: string | null
  join_date: string | null
  leave_date: string | null
  created_at: string
  updated_at: string
}

export interface Database {
  club: ClubTable
  member: MemberTable
}

export type ClubRow = Selectable<ClubTable>
export type ClubUpdate = Updateable<ClubTable>
export type MemberRow = Selectable<MemberTable>
export type NewMember = Insertable<MemberTable>
