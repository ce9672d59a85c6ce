import { sql, type Transaction } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import { bulkInsert } from '../db/bulkInsert.ts'
import { idList } from '../db/idList.ts'
import type { Database } from '../db/schema.ts'
import { requireMemberRow } from '../members/memberWrite.ts'
import { allocate, membersToSettle, openOf, settleMember } from './allocation.ts'
import { requireCharge } from './charges.ts'
import { clubMoney } from './money.ts'
import { formatCents } from '../../api/money.ts'

/** A goodwill reduction: for one charge (at most what is open on it) or for the account. */
export interface ReductionInput {
  readonly reason: 'reduction'
  readonly memberId: number
  readonly amountCents: number
  readonly bookedOn: string
  readonly note: string
  readonly chargeId?: number | null
}

/**
 * Books a reduction; returns its id. Charges are cancelled with `cancelCharges`, which books
 * their cancellation credits.
 */
export async function addCredit(
  trx: Transaction<Database>,
  input: ReductionInput,
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
  const { id } = await trx
    .insertInto('credit')
    .values({
      member_id: input.memberId,
      charge_id: chargeId,
      booked_on: input.bookedOn,
      amount_cents: input.amountCents,
      reason: 'reduction',
      note: input.note,
      created_at: isoTimestamp(clock),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  if (chargeId !== null)
    await allocate(trx, chargeId, { paymentId: null, creditId: id }, input.amountCents)
  await settleMember(trx, input.memberId)
  return id
}

/**
 * Cancels live charges. Each is credited with what earlier reductions for it left of its
 * amount, so the credits for a charge add up to exactly its amount and a reduction never
 * turns into money in hand. Whatever else had settled the charge (payments, account credits)
 * is freed for the member's other charges; the cancellation credit settles the rest.
 * Set-based, so a run of thousands cancels in a few statements. Returns the ids of the
 * cancellation credits booked, in the order of the charges' ids; a charge reduced to nothing
 * gets none.
 */
export async function cancelCharges(
  trx: Transaction<Database>,
  chargeIds: readonly number[],
  input: { readonly bookedOn: string; readonly note: string },
  clock: Clock,
): Promise<number[]> {
  const charges = await trx
    .selectFrom('charge as c')
    .select([
      'c.id',
      'c.member_id',
      sql<number>`c.amount_cents - coalesce((select sum(k.amount_cents) from credit k where k.charge_id = c.id), 0)`.as(
        'rest',
      ),
    ])
    .where('c.id', 'in', idList(chargeIds))
    .where('c.cancelled_on', 'is', null)
    .orderBy('c.id')
    .execute()
  if (charges.length === 0) return []
  const ids = charges.map((c) => c.id)
  await trx
    .deleteFrom('allocation as a')
    .where('a.charge_id', 'in', idList(ids))
    .where(({ or, eb, not, exists, selectFrom }) =>
      or([
        eb('a.payment_id', 'is not', null),
        not(
          exists(
            selectFrom('credit as k')
              .select('k.id')
              .whereRef('k.id', '=', 'a.credit_id')
              .whereRef('k.charge_id', '=', 'a.charge_id'),
          ),
        ),
      ]),
    )
    .execute()
  const credited = charges.filter((c) => Number(c.rest) > 0)
  const now = isoTimestamp(clock)
  const creditIds = await bulkInsert(
    trx,
    'credit',
    ['member_id', 'charge_id', 'booked_on', 'amount_cents', 'reason', 'note', 'created_at'],
    credited.map((c) => ({
      member_id: c.member_id,
      charge_id: c.id,
      booked_on: input.bookedOn,
      amount_cents: Number(c.rest),
      reason: 'cancellation',
      note: input.note,
      created_at: now,
    })),
    { returning: true },
  )
  await bulkInsert(
    trx,
    'allocation',
    ['charge_id', 'credit_id', 'amount_cents'],
    credited.map((c, i) => ({
      charge_id: c.id,
      credit_id: creditIds[i],
      amount_cents: Number(c.rest),
    })),
  )
  await trx
    .updateTable('charge')
    .set({ cancelled_on: input.bookedOn })
    .where('id', 'in', idList(ids))
    .execute()
  const members = [...new Set(charges.map((c) => c.member_id))]
  for (const memberId of await membersToSettle(trx, members)) await settleMember(trx, memberId)
  return creditIds
}
