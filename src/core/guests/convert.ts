import type { Kysely } from 'kysely'
import * as v from 'valibot'
import { KreisError } from '../../api/errors.ts'
import type { Guest } from '../../api/attendance.ts'
import { emptyMemberInput, MemberInputSchema, type MemberRecord } from '../../api/members.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { inTransaction } from '../db/transaction.ts'
import { inputError } from '../dispatch/inputErrors.ts'
import { getMember } from '../members/memberRead.ts'
import { createMember } from '../members/memberWrite.ts'
import { guestName, requireGuest } from './guestRows.ts'

/**
 * Turns a guest into a prospect member through the members core (member number, history and
 * the classification policy as for the form): name, company, e-mail and phone become the
 * business contact, the sector text the classification, the inviter the sponsor. The guest
 * keeps a link to the member, so a second conversion is refused.
 */
export async function convertGuest(
  db: Kysely<Database>,
  guestId: number,
  clock: Clock,
): Promise<MemberRecord> {
  const memberId = await inTransaction(db, async (trx) => {
    const guest = await requireGuest(trx, guestId)
    if (guest.memberId !== null) throw new KreisError('guest.converted', { name: guestName(guest) })
    const club = await trx.selectFrom('club').select('country').executeTakeFirstOrThrow()
    const parsed = v.safeParse(MemberInputSchema, memberInputOf(guest, club.country))
    if (!parsed.success) throw inputError(parsed.issues)
    const id = await createMember(trx, parsed.output, 'prospect', clock, { override: null })
    await trx
      .updateTable('guest')
      .set({ member_id: id, updated_at: isoTimestamp(clock) })
      .where('id', '=', guestId)
      .execute()
    return id
  })
  return getMember(db, memberId)
}

function memberInputOf(guest: Guest, country: string) {
  return {
    ...emptyMemberInput('person', country),
    firstName: guest.firstName,
    lastName: guest.lastName,
    company: guest.company,
    classification: guest.sector,
    emailBusiness: guest.email,
    phoneBusiness: guest.phone,
    notes: guest.note,
    sponsorId: guest.invitedBy?.id ?? null,
  }
}
