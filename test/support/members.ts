import { emptyAddress, type MemberInput } from '../../src/api/members.ts'

/** A blank person form with the given fields filled in. */
export function person(fields: Partial<MemberInput> = {}): MemberInput {
  return {
    kind: 'person',
    memberNumber: '',
    salutation: '',
    title: '',
    firstName: '',
    lastName: 'Mustermann',
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
    businessAddress: emptyAddress,
    privateAddress: emptyAddress,
    notes: '',
    joinDate: '',
    sponsorId: null,
    membershipTypeId: null,
    customValues: {},
    ...fields,
  }
}

export function organisation(name: string, fields: Partial<MemberInput> = {}): MemberInput {
  return person({ kind: 'organisation', lastName: '', organisationName: name, ...fields })
}
