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

type Column = string | null
type AddressColumns = readonly [Column, Column, Column, Column, Column]

/** An address's columns, in table order; plain values, as an import makes 200,000 of them. */
function addressColumns(a: PostalAddress): AddressColumns {
  const empty = a.street === '' && a.houseNumber === '' && a.postcode === '' && a.town === ''
  // A country alone is no address; it only counts once something else is filled in.
  return [
    blank(a.street),
    blank(a.houseNumber),
    blank(a.postcode),
    blank(a.town),
    empty ? null : blank(a.country),
  ]
}

/** Form values to columns: empty text is stored as NULL, person/organisation fields kept apart. */
export function columnsOf(input: MemberInput, memberNumber: string): EditableColumns {
  const person = input.kind === 'person'
  const businessParts = addressColumns(input.businessAddress)
  const privateParts = addressColumns(input.privateAddress)
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
    business_street: businessParts[0],
    business_house_number: businessParts[1],
    business_postcode: businessParts[2],
    business_town: businessParts[3],
    business_country: businessParts[4],
    private_street: privateParts[0],
    private_house_number: privateParts[1],
    private_postcode: privateParts[2],
    private_town: privateParts[3],
    private_country: privateParts[4],
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
