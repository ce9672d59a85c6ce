import type { InferOutput } from 'valibot'
import type { Kysely, Selectable } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { BusinessQuerySchema, Referral, ReferralInputSchema } from '../../api/business.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { ReferralTable } from '../db/meetingSchema.ts'
import type { Database } from '../db/schema.ts'
import { inTransaction } from '../db/transaction.ts'
import { checkRange, listYears } from '../meetings/range.ts'
import { memberRefs, refOf, requireMembers } from '../meetings/memberRefs.ts'

export type BusinessQuery = InferOutput<typeof BusinessQuerySchema>
export type ReferralInput = InferOutput<typeof ReferralInputSchema>
type ReferralRow = Selectable<ReferralTable>

/** The referrals of a period, newest first; with `memberId` only those they gave or received. */
export async function listReferrals(
  db: Kysely<Database>,
  query: BusinessQuery,
): Promise<Referral[]> {
  checkRange(query.from, query.to, listYears)
  let select = db
    .selectFrom('referral')
    .selectAll()
    .where('date', '>=', query.from)
    .where('date', '<=', query.to)
  const memberId = query.memberId
  if (memberId !== null) {
    select = select.where((eb) =>
      eb.or([eb('from_member_id', '=', memberId), eb('to_member_id', '=', memberId)]),
    )
  }
  return toReferrals(db, await select.orderBy('date', 'desc').orderBy('id', 'desc').execute())
}

export async function toReferrals(
  db: Kysely<Database>,
  rows: readonly ReferralRow[],
): Promise<Referral[]> {
  const refs = await memberRefs(
    db,
    rows.flatMap((row) => [row.from_member_id, row.to_member_id]),
  )
  return rows.map((row) => ({
    id: row.id,
    from: refOf(refs, row.from_member_id),
    to: refOf(refs, row.to_member_id),
    date: row.date,
    type: row.type,
    contactName: row.contact_name,
    contactDetails: row.contact_details,
    interest: row.interest,
    status: row.status,
    note: row.note,
  }))
}

export async function getReferralRow(db: Kysely<Database>, id: number): Promise<ReferralRow> {
  const row = await db.selectFrom('referral').selectAll().where('id', '=', id).executeTakeFirst()
  if (row === undefined) throw new KreisError('referral.notFound', { id })
  return row
}

async function hasTyfcb(db: Kysely<Database>, referralId: number): Promise<boolean> {
  const row = await db
    .selectFrom('tyfcb')
    .select('id')
    .where('referral_id', '=', referralId)
    .executeTakeFirst()
  return row !== undefined
}

/**
 * Adds a referral slip (`id: null`) or changes one. Closed business thanks the giver of a
 * referral by name, so who gave and who received it stays fixed once business is recorded.
 */
export async function saveReferral(
  db: Kysely<Database>,
  input: ReferralInput,
  clock: Clock,
): Promise<Referral> {
  if (input.fromId === input.toId) throw new KreisError('referral.sameMember')
  const now = isoTimestamp(clock)
  const values = {
    from_member_id: input.fromId,
    to_member_id: input.toId,
    date: input.date,
    type: input.type,
    contact_name: input.contactName,
    contact_details: input.contactDetails,
    interest: input.interest,
    status: input.status,
    note: input.note,
    updated_at: now,
  }
  const id = await inTransaction(db, async (trx) => {
    await requireMembers(trx, [input.fromId, input.toId])
    if (input.id === null) {
      const made = await trx
        .insertInto('referral')
        .values({ ...values, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow()
      return made.id
    }
    const old = await getReferralRow(trx, input.id)
    const moved = old.from_member_id !== input.fromId || old.to_member_id !== input.toId
    if (moved && (await hasTyfcb(trx, old.id))) throw new KreisError('referral.hasTyfcb')
    await trx.updateTable('referral').set(values).where('id', '=', old.id).execute()
    return old.id
  })
  const [saved] = await toReferrals(db, [await getReferralRow(db, id)])
  if (saved === undefined) throw new KreisError('referral.notFound', { id })
  return saved
}

/** Removes a referral slip; one that closed business was recorded for stays. */
export async function deleteReferral(db: Kysely<Database>, id: number): Promise<{ deleted: true }> {
  return inTransaction(db, async (trx) => {
    await getReferralRow(trx, id)
    if (await hasTyfcb(trx, id)) throw new KreisError('referral.hasTyfcb')
    await trx.deleteFrom('referral').where('id', '=', id).execute()
    return { deleted: true as const }
  })
}
