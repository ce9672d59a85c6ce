import type { Transaction } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import { bulkInsert } from '../db/bulkInsert.ts'
import { idList } from '../db/idList.ts'
import type { Database } from '../db/schema.ts'
import { requireMemberRow } from '../members/memberWrite.ts'
import { allocate, membersToSettle, openOf, settleMember } from './allocation.ts'
import { requireCharge } from './charges.ts'
import { clubMoney, formatCents } from './money.ts'

/**
 * A goodwill reduction (for one charge, at most what is open on it, or for the account) or
 * the cancellation of a charge, which credits its full amount and marks it cancelled.
 */
export type NewCreditInput =
  | {
      readonly reason: 'reduction'
      readonly memberId: number
      readonly amountCents: number
      readonly bookedOn: string
      readonly note: string
      readonly chargeId?: number | null
    }
  | {
      readonly reason: 'cancellation'
      readonly chargeId: number
      readonly bookedOn: string
      readonly note: string
    }

/** Books a credit; returns its id. */
export async function addCredit(
  trx: Transaction<Database>,
  input: NewCreditInput,
  clock: Clock,
): Promise<number> {
  return input.reason === 'cancellation'
    ? cancelCharge(trx, input, clock)
    : reduce(trx, input, clock)
}

async function reduce(
  trx: Transaction<Database>,
  input: Extract<NewCreditInput, { reason: 'reduction' }>,
  clock: Clock,
): Promise<number> {
  await requireMemberRow(trx, input.memberId)
  let chargeId: number | null = null
  if (input.chargeId !== undefined && input.chargeId !== null) {
    const charge = await requireCharge(trx, input.chargeId, input.memberId)
    if (charge.cancelledOn !== null) {
      throw new KreisError('dues.chargeCancelled', { number: charge.number })
    }
    const open = await openOf(trx, charge.id)
    if (input.amountCents > open) {
      const { locale, currency } = await clubMoney(trx)
      throw new KreisError('dues.overCredit', {
        amount: formatCents(input.amountCents, locale, currency),
        number: charge.number,
        open: formatCents(open, locale, currency),
      })
    }
    chargeId = charge.id
  }
  const id = await insertCredit(trx, {
    memberId: input.memberId,
    chargeId,
    bookedOn: input.bookedOn,
    amountCents: input.amountCents,
    reason: 'reduction',
    note: input.note,
    now: isoTimestamp(clock),
  })
  if (chargeId !== null)
    await allocate(trx, chargeId, { paymentId: null, creditId: id }, input.amountCents)
  await settleMember(trx, input.memberId)
  return id
}

async function cancelCharge(
  trx: Transaction<Database>,
  input: Extract<NewCreditInput, { reason: 'cancellation' }>,
  clock: Clock,
): Promise<number> {
  const charge = await requireCharge(trx, input.chargeId)
  if (charge.cancelledOn !== null) {
    throw new KreisError('dues.chargeCancelled', { number: charge.number })
  }
  const [id] = await cancelCharges(trx, [charge.id], input, clock)
  return id as number
}

/**
 * Cancels live charges, each with a credit of its full amount. The credit takes over what
 * payments had settled on the charge, so that money is free again for the member's other
 * charges, and settles the charge with the rest; a reduction credited to the charge earlier
 * stays where it is. Set-based, so a run of thousands cancels in a few statements. Returns
 * the credits' ids in the order of the charges' ids.
 */
export async function cancelCharges(
  trx: Transaction<Database>,
  chargeIds: readonly number[],
  input: { readonly bookedOn: string; readonly note: string },
  clock: Clock,
): Promise<number[]> {
  const charges = await trx
    .selectFrom('charge')
    .select(['id', 'member_id', 'amount_cents'])
    .where('id', 'in', idList(chargeIds))
    .where('cancelled_on', 'is', null)
    .orderBy('id')
    .execute()
  if (charges.length === 0) return []
  const ids = charges.map((c) => c.id)
  await trx
    .deleteFrom('allocation')
    .where('charge_id', 'in', idList(ids))
    .where('payment_id', 'is not', null)
    .execute()
  const left = await trx
    .selectFrom('allocation')
    .select(['charge_id', (eb) => eb.fn.sum<number>('amount_cents').as('settled')])
    .where('charge_id', 'in', idList(ids))
    .groupBy('charge_id')
    .execute()
  const settled = new Map(left.map((r) => [r.charge_id, Number(r.settled)]))
  const now = isoTimestamp(clock)
  const creditIds = await bulkInsert(
    trx,
    'credit',
    ['member_id', 'charge_id', 'booked_on', 'amount_cents', 'reason', 'note', 'created_at'],
    charges.map((c) => ({
      member_id: c.member_id,
      charge_id: c.id,
      booked_on: input.bookedOn,
      amount_cents: c.amount_cents,
      reason: 'cancellation',
      note: input.note,
      created_at: now,
    })),
    { returning: true },
  )
  const allocations = charges
    .map((c, i) => ({
      charge_id: c.id,
      credit_id: creditIds[i],
      amount_cents: c.amount_cents - (settled.get(c.id) ?? 0),
    }))
    .filter((a) => a.amount_cents > 0)
  await bulkInsert(trx, 'allocation', ['charge_id', 'credit_id', 'amount_cents'], allocations)
  await trx
    .updateTable('charge')
    .set({ cancelled_on: input.bookedOn })
    .where('id', 'in', idList(ids))
    .execute()
  const members = [...new Set(charges.map((c) => c.member_id))]
  for (const memberId of await membersToSettle(trx, members)) await settleMember(trx, memberId)
  return creditIds
}

async function insertCredit(
  trx: Transaction<Database>,
  credit: {
    memberId: number
    chargeId: number | null
    bookedOn: string
    amountCents: number
    reason: 'reduction' | 'cancellation'
    note: string
    now: string
  },
): Promise<number> {
  const { id } = await trx
    .insertInto('credit')
    .values({
      member_id: credit.memberId,
      charge_id: credit.chargeId,
      booked_on: credit.bookedOn,
      amount_cents: credit.amountCents,
      reason: credit.reason,
      note: credit.note,
      created_at: credit.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}
