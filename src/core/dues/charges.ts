import type { Insertable, Kysely, Transaction } from 'kysely'
import type { ChargeKind, Computation } from '../../api/dues.ts'
import { KreisError } from '../../api/errors.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { ChargeTable, Database } from '../db/schema.ts'
import { settleMember } from './allocation.ts'

export interface NewChargeInput {
  readonly memberId: number
  readonly kind: ChargeKind
  readonly description: string
  readonly amountCents: number
  readonly bookedOn: string
  readonly dueDate: string
  readonly runId?: number | null
  readonly membershipTypeId?: number | null
  readonly periodStart?: string | null
  readonly periodEnd?: string | null
  readonly computation?: Computation | null
}

/** `2026-000042`: the booking year and the club's running count, which is never reused. */
export function chargeNumber(bookedOn: string, n: number): string {
  return `${bookedOn.slice(0, 4)}-${String(n).padStart(6, '0')}`
}

/** Takes `count` numbers off the club's counter; returns the first. */
export async function reserveChargeNumbers(
  trx: Transaction<Database>,
  count: number,
): Promise<number> {
  const club = await trx
    .selectFrom('club')
    .select('charge_number_next')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow()
  await trx
    .updateTable('club')
    .set({ charge_number_next: club.charge_number_next + count })
    .where('id', '=', 1)
    .execute()
  return club.charge_number_next
}

/** Every column of a charge row but its id, for bulk inserts. */
export const chargeColumns = [
  'number',
  'member_id',
  'run_id',
  'kind',
  'description',
  'membership_type_id',
  'period_start',
  'period_end',
  'amount_cents',
  'booked_on',
  'due_date',
  'computation',
  'cancelled_on',
  'dunning_level',
  'created_at',
] as const

/** The charge row as written, without its number. */
export function chargeRow(
  input: NewChargeInput,
  now: string,
): Omit<Insertable<ChargeTable>, 'number'> {
  return {
    member_id: input.memberId,
    run_id: input.runId ?? null,
    kind: input.kind,
    description: input.description,
    membership_type_id: input.membershipTypeId ?? null,
    period_start: input.periodStart ?? null,
    period_end: input.periodEnd ?? null,
    amount_cents: input.amountCents,
    booked_on: input.bookedOn,
    due_date: input.dueDate,
    computation:
      input.computation === undefined || input.computation === null
        ? ''
        : JSON.stringify(input.computation),
    cancelled_on: null,
    dunning_level: 0,
    created_at: now,
  }
}

/**
 * Books a charge with the next number; it takes the member's free payments and credits at
 * once. A second live dues charge for the same slice (or admission fee) fails on the unique
 * index and rolls the caller's transaction back.
 */
export async function addCharge(
  trx: Transaction<Database>,
  input: NewChargeInput,
  clock: Clock,
): Promise<number> {
  if (!Number.isInteger(input.amountCents) || input.amountCents <= 0) {
    throw new KreisError('input.invalid', { field: 'amountCents', reason: 'outOfRange' })
  }
  const n = await reserveChargeNumbers(trx, 1)
  const { id } = await trx
    .insertInto('charge')
    .values({ ...chargeRow(input, isoTimestamp(clock)), number: chargeNumber(input.bookedOn, n) })
    .returning('id')
    .executeTakeFirstOrThrow()
  await settleMember(trx, input.memberId)
  return id
}

export interface ChargeRef {
  readonly id: number
  readonly memberId: number
  readonly number: string
  readonly amountCents: number
  readonly cancelledOn: string | null
}

/** The charge, which must belong to `memberId` when one is given. */
export async function requireCharge(
  db: Kysely<Database>,
  chargeId: number,
  memberId?: number,
): Promise<ChargeRef> {
  const row = await db
    .selectFrom('charge')
    .select(['id', 'member_id', 'number', 'amount_cents', 'cancelled_on'])
    .where('id', '=', chargeId)
    .executeTakeFirst()
  if (row === undefined || (memberId !== undefined && row.member_id !== memberId)) {
    throw new KreisError('dues.chargeNotFound', { chargeId })
  }
  return {
    id: row.id,
    memberId: row.member_id,
    number: row.number,
    amountCents: row.amount_cents,
    cancelledOn: row.cancelled_on,
  }
}
