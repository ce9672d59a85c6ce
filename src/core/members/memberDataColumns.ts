import type { MemberTable } from '../db/schema.ts'

/** A member's two structured addresses, business and private. */
export const addressColumns = [
  'business_street',
  'business_house_number',
  'business_postcode',
  'business_town',
  'business_country',
  'private_street',
  'private_house_number',
  'private_postcode',
  'private_town',
  'private_country',
] as const satisfies readonly (keyof MemberTable)[]

/**
 * Every stored fact about a member but id, photo, sort keys and timestamps: what the demo
 * generator writes and the export reads, each adding the bookkeeping columns it needs.
 */
export const memberDataColumns = [
  'member_number',
  'kind',
  'status',
  'salutation',
  'title',
  'first_name',
  'last_name',
  'name_affix',
  'birthday',
  'partner_name',
  'organisation_name',
  'legal_form',
  'register_number',
  'organisation_id',
  'organisation_role',
  'company',
  'position',
  'classification',
  'sector_id',
  'email_business',
  'email_private',
  'phone_business',
  'phone_mobile',
  'phone_private',
  'website',
  ...addressColumns,
  'notes',
  'join_date',
  'leave_date',
  'leave_reason',
  'sponsor_id',
  'membership_type_id',
] as const satisfies readonly (keyof MemberTable)[]
