import type { MemberRef } from '../../api/members.ts'
import { displayName, type NameParts } from './displayName.ts'

/** The columns a `MemberRef` is made of: enough to name a member and link to the record. */
export const refColumns = [
  'id',
  'member_number',
  'kind',
  'title',
  'first_name',
  'last_name',
  'name_affix',
  'organisation_name',
] as const

export const toRef = (row: NameParts & { id: number; member_number: string }): MemberRef => ({
  id: row.id,
  memberNumber: row.member_number,
  displayName: displayName(row),
})
