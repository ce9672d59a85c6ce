import type { Transaction } from 'kysely'
import type { PaymentInput } from '../../api/dues.ts'
import { KreisError } from '../../api/errors.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { requireMemberRow } from '../members/memberWrite.ts'
import { allocate, openOf, settleMember } from './allocation.ts'
import { requireCharge } from './charges.ts'

/**
 * Books money received: the chosen charge is settled first, then the oldest open charges;
 * what is left stays free as the member's credit. Returns the payment's id.
 */
export async function recordPayment(
  trx: Transaction<Database>,
  input: PaymentInput,
  clock: Clock,
): Promise<number> {
  await requireMemberRow(trx, input.memberId)
  let chosen: { id: number; open: number } | null = null
  if (input.chargeId !== undefined) {
    const charge = await requireCharge(trx, input.chargeId, input.memberId)
    if (charge.cancelledOn !== null) {
      throw new KreisError('dues.chargeCancelled', { number: charge.number })
    }
    const open = await openOf(trx, charge.id)
    if (open === 0) throw new KreisError('dues.chargeNotOpen', { number: charge.number })
    chosen = { id: charge.id, open }
  }
  const { id } = await trx
    .insertInto('payment')
    .values({
      member_id: input.memberId,
      paid_on: input.paidOn,
      amount_cents: input.amountCents,
      method: input.method,
      reference: input.reference,
      reverses_id: null,
      created_at: isoTimestamp(clock),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  if (chosen !== null) {
    await allocate(
      trx,
      chosen.id,
      { paymentId: id, creditId: null },
      Math.min(chosen.open, input.amountCents),
    )
  }
  await settleMember(trx, input.memberId)
  return id
}

export interface ReversalInput {
  readonly paymentId: number
  readonly date: string
  readonly reason: string
}

/**
 * Takes a payment back (a return, a booking error) with a row of its own: the original stays
 * in the books, the charges it settled reopen. Returns the reversal's id. The bank's return of
 * a direct debit comes through here as well; a reversal asked for by hand goes through
 * `reverseBookedPayment`.
 */
export async function reversePayment(
  trx: Transaction<Database>,
  input: ReversalInput,
  clock: Clock,
): Promise<number> {
  const original = await trx
    .selectFrom('payment')
    .selectAll()
    .where('id', '=', input.paymentId)
    .executeTakeFirst()
  if (original === undefined || original.amount_cents < 0) {
    throw new KreisError('dues.paymentNotFound', { paymentId: input.paymentId })
  }
  const earlier = await trx
    .selectFrom('payment')
    .select('id')
    .where('reverses_id', '=', original.id)
    .executeTakeFirst()
  if (earlier !== undefined)
    throw new KreisError('dues.paymentReversed', { paymentId: original.id })
  const { id } = await trx
    .insertInto('payment')
    .values({
      member_id: original.member_id,
      paid_on: input.date,
      amount_cents: -original.amount_cents,
      method: original.method,
      reference: original.reference,
      reverses_id: original.id,
      reason: input.reason,
      created_at: isoTimestamp(clock),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await trx.deleteFrom('allocation').where('payment_id', '=', original.id).execute()
  await settleMember(trx, original.member_id)
  return id
}

/**
 * Reverses a payment booked by hand. A direct debit is refused while its collection item
 * stands: the bank's return is recorded against the collection (which reverses the payment
 * through `reversePayment` and marks the debit returned), so the two never disagree.
 */
export async function reverseBookedPayment(
  trx: Transaction<Database>,
  input: ReversalInput,
  clock: Clock,
): Promise<number> {
  const collected = await trx
    .selectFrom('collection_item')
    .select('id')
    .where('payment_id', '=', input.paymentId)
    .where('returned_on', 'is', null)
    .executeTakeFirst()
  if (collected !== undefined) throw new KreisError('dues.paymentCollected')
  return reversePayment(trx, input, clock)
}
