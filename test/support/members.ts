import { emptyMemberInput, type MemberInput } from '../../src/api/members.ts'

/** A blank person form with the given fields filled in. */
export function person(fields: Partial<MemberInput> = {}): MemberInput {
  return { ...emptyMemberInput(), lastName: 'Mustermann', ...fields }
}

export function organisation(name: string, fields: Partial<MemberInput> = {}): MemberInput {
  return person({ kind: 'organisation', lastName: '', organisationName: name, ...fields })
}
