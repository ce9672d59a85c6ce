import type { InferOutput } from 'valibot'
import type { Kysely, Selectable } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { Tyfcb, TyfcbInputSchema } from '../../api/business.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { TyfcbTable } from '../db/meetingSchema.ts'
import type { Database } from '../db/schema.ts'
import { inTransaction } from '../db/transaction.ts'
import { checkRange, listYears } from '../meetings/range.ts'
import { memberRefs, refOf, requireMembers } from '../meetings/memberRefs.ts'
import { getReferralRow, type BusinessQuery } from './referrals.ts'

export type TyfcbInput = InferOutput<typeof TyfcbInputSchema>
type TyfcbRow = Selectable<TyfcbTable>

/**
 * Closed business of a period, newest first: the officer's list for entering and correcting.
 * With `memberId` only what that member received and recorded: an amount is the receiver's to
 * tell, so a member's view never shows what another member earned, even thanks to them (as
 * in memberReport; the chapter report shows only the total).
 */
export async function listTyfcb(db: Kysely<Database>, query: BusinessQuery): Promise<Tyfcb[]> {
  checkRange(query.from, query.to, listYears)
  let select = db
    .selectFrom('tyfcb')
    .selectAll()
    .where('date', '>=', query.from)
    .where('date', '<=', query.to)
  if (query.memberId !== null) select = select.where('receiver_id', '=', query.memberId)
  return toTyfcb(db, await select.orderBy('date', 'desc').orderBy('id', 'desc').execute())
}

export async function toTyfcb(db: Kysely<Database>, rows: readonly TyfcbRow[]): Promise<Tyfcb[]> {
  const refs = await memberRefs(
    db,
    rows.flatMap((row) => [row.receiver_id, row.giver_id]),
  )
  return rows.map((row) => ({
    id: row.id,
    receiver: refOf(refs, row.receiver_id),
    giver: refOf(refs, row.giver_id),
    referralId: row.referral_id,
    kind: row.kind,
    date: row.date,
    amountCents: row.amount_cents,
    note: row.note,
  }))
}

async function getTyfcbRow(db: Kysely<Database>, id: number): Promise<TyfcbRow> {
  const row = await db.selectFrom('tyfcb').selectAll().where('id', '=', id).executeTakeFirst()
  if (row === undefined) throw new KreisError('tyfcb.notFound', { id })
  return row
}

/**
 * Business closed thanks to a referral names that referral, which must have gone from the
 * giver to the receiver; new and repeat business (from a contact passed earlier, or a
 * customer who came back) names none.
 */
async function checkReferral(db: Kysely<Database>, input: TyfcbInput): Promise<void> {
  if (input.kind !== 'referral') {
    if (input.referralId !== null) {
      throw new KreisError('input.invalid', { field: 'referralId', reason: 'unexpected' })
    }
    return
  }
  if (input.referralId === null) {
    throw new KreisError('input.invalid', { field: 'referralId', reason: 'required' })
  }
  const referral = await getReferralRow(db, input.referralId)
  if (referral.from_member_id !== input.giverId || referral.to_member_id !== input.receiverId) {
    const refs = await memberRefs(db, [input.giverId, input.receiverId])
    throw new KreisError('tyfcb.referralMismatch', {
      giver: refOf(refs, input.giverId).displayName,
      receiver: refOf(refs, input.receiverId).displayName,
    })
  }
}

/** Records closed business (`id: null`) or corrects an entry. */
export async function saveTyfcb(
  db: Kysely<Database>,
  input: TyfcbInput,
  clock: Clock,
): Promise<Tyfcb> {
  if (input.receiverId === input.giverId) throw new KreisError('referral.sameMember')
  const values = {
    receiver_id: input.receiverId,
    giver_id: input.giverId,
    referral_id: input.referralId,
    kind: input.kind,
    date: input.date,
    amount_cents: input.amountCents,
    note: input.note,
  }
  const id = await inTransaction(db, async (trx) => {
    await requireMembers(trx, [input.receiverId, input.giverId])
    await checkReferral(trx, input)
    if (input.id === null) {
      const made = await trx
        .insertInto('tyfcb')
        .values({ ...values, created_at: isoTimestamp(clock) })
        .returning('id')
        .executeTakeFirstOrThrow()
      return made.id
    }
    const old = await getTyfcbRow(trx, input.id)
    await trx.updateTable('tyfcb').set(values).where('id', '=', old.id).execute()
    return old.id
  })
  const [saved] = await toTyfcb(db, [await getTyfcbRow(db, id)])
  if (saved === undefined) throw new KreisError('tyfcb.notFound', { id })
  return saved
}

export async function deleteTyfcb(db: Kysely<Database>, id: number): Promise<{ deleted: true }> {
  await getTyfcbRow(db, id)
  await db.deleteFrom('tyfcb').where('id', '=', id).execute()
  return { deleted: true }
}
