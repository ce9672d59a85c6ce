import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { MemberInput } from '../../api/members.ts'
import type { Database } from '../db/schema.ts'

/** Links must point at something that exists and fits: an organisation, a member, a type. */
export async function checkLinks(
  db: Kysely<Database>,
  input: MemberInput,
  selfId: number | null,
): Promise<void> {
  if (input.kind === 'person' && input.organisationId !== null) {
    if (input.organisationId === selfId) throw new KreisError('member.selfReference')
    const organisation = await db
      .selectFrom('member')
      .select('kind')
      .where('id', '=', input.organisationId)
      .executeTakeFirst()
    if (organisation?.kind !== 'organisation') throw new KreisError('member.notOrganisation')
  }
  if (input.sponsorId !== null) {
    if (input.sponsorId === selfId) throw new KreisError('member.selfReference')
    const sponsor = await db
      .selectFrom('member')
      .select('id')
      .where('id', '=', input.sponsorId)
      .executeTakeFirst()
    if (sponsor === undefined) throw new KreisError('member.notFound')
  }
  if (input.membershipTypeId !== null) {
    const type = await db
      .selectFrom('membership_type')
      .select('id')
      .where('id', '=', input.membershipTypeId)
      .executeTakeFirst()
    if (type === undefined)
      throw new KreisError('input.invalid', { field: 'membershipTypeId', reason: 'notAllowed' })
  }
  if (input.sectorId !== null) {
    const sector = await db
      .selectFrom('sector')
      .select('id')
      .where('id', '=', input.sectorId)
      .executeTakeFirst()
    if (sector === undefined)
      throw new KreisError('input.invalid', { field: 'sectorId', reason: 'notAllowed' })
  }
}
