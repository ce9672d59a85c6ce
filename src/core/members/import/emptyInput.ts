import type { CustomValue, MemberInput, PostalAddress } from '../../../api/members.ts'
import { customPrefix } from './targets.ts'

export function emptyInput(country: string): MemberInput {
  const address = (): PostalAddress => ({
    street: '',
    houseNumber: '',
    postcode: '',
    town: '',
    country,
  })
  return {
    kind: 'person',
    memberNumber: '',
    salutation: '',
    title: '',
    firstName: '',
    lastName: '',
    nameAffix: '',
    birthday: '',
    partnerName: '',
    organisationName: '',
    legalForm: '',
    registerNumber: '',
    organisationId: null,
    organisationRole: null,
    company: '',
    position: '',
    classification: '',
    sectorId: null,
    emailBusiness: '',
    emailPrivate: '',
    phoneBusiness: '',
    phoneMobile: '',
    phonePrivate: '',
    website: '',
    businessAddress: address(),
    privateAddress: address(),
    notes: '',
    joinDate: '',
    sponsorId: null,
    membershipTypeId: null,
    customValues: {},
  }
}

/**
 * Writes one imported value into an input it owns; `custom.<key>` and address paths included.
 * Mutates on purpose: a 100,000-row import would otherwise copy every record thirty times.
 */
export function setTarget(input: MemberInput, key: string, value: CustomValue): void {
  if (key.startsWith(customPrefix)) {
    input.customValues[key.slice(customPrefix.length)] = value
    return
  }
  const [head, tail] = key.split('.')
  if ((head === 'businessAddress' || head === 'privateAddress') && tail !== undefined) {
    ;(input[head] as Record<string, unknown>)[tail] = value
    return
  }
  if (key !== 'status' && key !== 'leaveDate') {
    ;(input as unknown as Record<string, unknown>)[key] = value
  }
}

/** A deep enough copy for setTarget to write into. */
export function copyInput(input: MemberInput): MemberInput {
  return {
    ...input,
    businessAddress: { ...input.businessAddress },
    privateAddress: { ...input.privateAddress },
    customValues: { ...input.customValues },
  }
}

/** Reads a target's value back, the inverse of setTarget. */
export function readValue(input: MemberInput, key: string): CustomValue {
  if (key.startsWith(customPrefix))
    return input.customValues[key.slice(customPrefix.length)] ?? null
  const [head, tail] = key.split('.')
  if ((head === 'businessAddress' || head === 'privateAddress') && tail !== undefined) {
    return (input[head] as Record<string, string>)[tail] ?? ''
  }
  const value = (input as unknown as Record<string, CustomValue | undefined>)[key]
  return value ?? null
}
