import {
  emailPattern,
  emptyAddress,
  emptyMemberInput,
  isIsoDate,
  isValidPostcode,
  phonePattern,
  type MemberInput,
  type MemberKind,
  type MemberRecord,
} from '../../../api/members.ts'
import type { CustomField } from '../../../api/roster.ts'

/** A problem the form can name without asking the core: the contract's rules, mirrored. */
export type FieldProblem = 'required' | 'email' | 'phone' | 'postcode' | 'date' | 'number'

export function emptyMember(kind: MemberKind): MemberInput {
  return emptyMemberInput(kind)
}

/** The editable part of a stored member, as the form holds it. */
export function fromRecord(record: MemberRecord): MemberInput {
  const form = emptyMember(record.kind)
  for (const key of Object.keys(form) as (keyof MemberInput)[]) {
    Object.assign(form, { [key]: record[key as keyof MemberRecord] ?? form[key] })
  }
  // An address without a country would fail the postcode rule's country lookup; Germany first.
  form.businessAddress = { ...emptyAddress, ...record.businessAddress }
  form.privateAddress = { ...emptyAddress, ...record.privateAddress }
  if (form.businessAddress.country === '') form.businessAddress.country = 'DE'
  if (form.privateAddress.country === '') form.privateAddress.country = 'DE'
  form.customValues = { ...record.customValues }
  return form
}

const emailFields = ['emailBusiness', 'emailPrivate'] as const
const phoneFields = ['phoneBusiness', 'phoneMobile', 'phonePrivate'] as const

function isPhone(value: string): boolean {
  return phonePattern.test(value) && /\d{3}/.test(value.replace(/\D/g, ''))
}

/** Every field that would be refused, keyed by the path the core names in `input.invalid`. */
export function validateMember(
  form: MemberInput,
  fields: readonly CustomField[],
): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {}
  if (form.kind === 'person' && form.lastName.trim() === '') problems['lastName'] = 'required'
  if (form.kind === 'organisation' && form.organisationName.trim() === '') {
    problems['organisationName'] = 'required'
  }
  for (const key of emailFields) {
    const value = form[key].trim()
    if (value !== '' && !emailPattern.test(value)) problems[key] = 'email'
  }
  for (const key of phoneFields) {
    const value = form[key].trim()
    if (value !== '' && !isPhone(value)) problems[key] = 'phone'
  }
  for (const prefix of ['businessAddress', 'privateAddress'] as const) {
    const address = form[prefix]
    if (!isValidPostcode(address.country, address.postcode.trim())) {
      problems[`${prefix}.postcode`] = 'postcode'
    }
  }
  for (const key of ['birthday', 'joinDate'] as const) {
    if (form[key] !== '' && !isIsoDate(form[key])) problems[key] = 'date'
  }
  for (const field of fields) {
    const value = form.customValues[field.key]
    if (field.type === 'date' && typeof value === 'string' && value !== '' && !isIsoDate(value)) {
      problems[`customValues.${field.key}`] = 'date'
    }
  }
  return problems
}

/** The core names fields by their path in the call (`member.businessAddress.postcode`). */
export function formPath(field: string): string {
  return field.startsWith('member.') ? field.slice('member.'.length) : field
}
