import type { MemberInput, PostalAddress } from '../../api/members.ts'
import type { MemberRow } from '../db/schema.ts'

/** The member columns a form edits; status, photo and timestamps have their own paths. */
export type EditableColumns = Omit<
  MemberRow,
  | 'id'
  | 'status'
  | 'photo'
  | 'photo_mime'
  | 'leave_date'
  | 'leave_reason'
  | 'sort_key_de'
  | 'sort_key_en'
  | 'created_at'
  | 'updated_at'
>

const blank = (value: string): string | null => (value === '' ? null : value)

function address(prefix: 'business' | 'private', a: PostalAddress) {
  const empty = a.street === '' && a.houseNumber === '' && a.postcode === '' && a.town === ''
  return {
    [`${prefix}_street`]: blank(a.street),
    [`${prefix}_house_number`]: blank(a.houseNumber),
    [`${prefix}_postcode`]: blank(a.postcode),
    [`${prefix}_town`]: blank(a.town),
    // A country alone is no address; it only counts once something else is filled in.
    [`${prefix}_country`]: empty ? null : blank(a.country),
  } as Record<
    `${typeof prefix}_${'street' | 'house_number' | 'postcode' | 'town' | 'country'}`,
    string | null
  >
}

/** Form values to columns: empty text is stored as NULL, person/organisation fields kept apart. */
export function columnsOf(input: MemberInput, memberNumber: string): EditableColumns {
  const person = input.kind === 'person'
  return {
    member_number: memberNumber,
    kind: input.kind,
    salutation: person ? blank(input.salutation) : null,
    title: person ? blank(input.title) : null,
    first_name: person ? blank(input.firstName) : null,
    last_name: person ? blank(input.lastName) : null,
    name_affix: person ? blank(input.nameAffix) : null,
    birthday: person ? blank(input.birthday) : null,
    partner_name: person ? blank(input.partnerName) : null,
    organisation_name: person ? null : blank(input.organisationName),
    legal_form: person ? null : blank(input.legalForm),
    register_number: person ? null : blank(input.registerNumber),
    organisation_id: person ? input.organisationId : null,
    organisation_role:
      person && input.organisationId !== null ? (input.organisationRole ?? 'employee') : null,
    company: blank(input.company),
    position: blank(input.position),
    classification: blank(input.classification),
    sector_id: input.sectorId,
    email_business: blank(input.emailBusiness),
    email_private: blank(input.emailPrivate),
    phone_business: blank(input.phoneBusiness),
    phone_mobile: blank(input.phoneMobile),
    phone_private: blank(input.phonePrivate),
    website: blank(input.website),
    ...(address('business', input.businessAddress) as Pick<
      EditableColumns,
      | 'business_street'
      | 'business_house_number'
      | 'business_postcode'
      | 'business_town'
      | 'business_country'
    >),
    ...(address('private', input.privateAddress) as Pick<
      EditableColumns,
      | 'private_street'
      | 'private_house_number'
      | 'private_postcode'
      | 'private_town'
      | 'private_country'
    >),
    notes: blank(input.notes),
    join_date: blank(input.joinDate),
    sponsor_id: input.sponsorId,
    membership_type_id: input.membershipTypeId,
  }
}

const text = (value: string | null): string => value ?? ''

function addressOf(row: MemberRow, prefix: 'business' | 'private'): PostalAddress {
  return {
    street: text(row[`${prefix}_street`]),
    houseNumber: text(row[`${prefix}_house_number`]),
    postcode: text(row[`${prefix}_postcode`]),
    town: text(row[`${prefix}_town`]),
    country: row[`${prefix}_country`] ?? 'DE',
  }
}

/**
 * Columns back to form values (the inverse of `columnsOf`, custom values and secondary sectors
 * aside). Saving the result back keeps the secondary sectors only if they are passed in.
 */
export function inputOf(
  row: MemberRow,
  customValues: MemberInput['customValues'],
  secondarySectorIds: readonly number[],
): MemberInput {
  return {
    kind: row.kind,
    memberNumber: row.member_number,
    salutation: text(row.salutation),
    title: text(row.title),
    firstName: text(row.first_name),
    lastName: text(row.last_name),
    nameAffix: text(row.name_affix),
    birthday: text(row.birthday),
    partnerName: text(row.partner_name),
    organisationName: text(row.organisation_name),
    legalForm: text(row.legal_form),
    registerNumber: text(row.register_number),
    organisationId: row.organisation_id,
    organisationRole: row.organisation_role,
    company: text(row.company),
    position: text(row.position),
    classification: text(row.classification),
    sectorId: row.sector_id,
    secondarySectorIds: [...secondarySectorIds],
    emailBusiness: text(row.email_business),
    emailPrivate: text(row.email_private),
    phoneBusiness: text(row.phone_business),
    phoneMobile: text(row.phone_mobile),
    phonePrivate: text(row.phone_private),
    website: text(row.website),
    businessAddress: addressOf(row, 'business'),
    privateAddress: addressOf(row, 'private'),
    notes: text(row.notes),
    joinDate: text(row.join_date),
    sponsorId: row.sponsor_id,
    membershipTypeId: row.membership_type_id,
    customValues,
  }
}
