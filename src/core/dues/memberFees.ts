import type { Kysely } from 'kysely'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { requireMemberRow } from '../members/memberWrite.ts'

export interface MemberFeeInput {
  readonly memberId: number
  readonly validFrom: string
  /** Null ends an individual amount set earlier: the type's amount applies again. */
  readonly amountCents: number | null
  readonly note: string
}

/** Sets or ends a member's individual amount from a date on (a second save that day replaces it). */
export async function setMemberFee(
  db: Kysely<Database>,
  input: MemberFeeInput,
  clock: Clock,
): Promise<void> {
  await requireMemberRow(db, input.memberId)
  await db
    .insertInto('member_fee')
    .values({
      member_id: input.memberId,
      valid_from: input.validFrom,
      amount_cents: input.amountCents,
      note: input.note,
      created_at: isoTimestamp(clock),
    })
    .onConflict((oc) =>
      oc
        .columns(['member_id', 'valid_from'])
        .doUpdateSet({ amount_cents: input.amountCents, note: input.note }),
    )
    .execute()
}

/** The individual amount valid on `day` (without a day: the newest one set), or null. */
export async function individualFeeOf(
  db: Kysely<Database>,
  memberId: number,
  day?: string,
): Promise<{ amountCents: number; validFrom: string } | null> {
  let query = db
    .selectFrom('member_fee')
    .select(['valid_from', 'amount_cents'])
    .where('member_id', '=', memberId)
  if (day !== undefined) query = query.where('valid_from', '<=', day)
  const row = await query.orderBy('valid_from', 'desc').executeTakeFirst()
  if (row === undefined || row.amount_cents === null) return null
  return { amountCents: row.amount_cents, validFrom: row.valid_from }
}
