import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import { bulkInsert } from '../db/bulkInsert.ts'
import { idList } from '../db/idList.ts'
import type { Database } from '../db/schema.ts'
import { inTransaction } from '../db/transaction.ts'
import { membersToSettle, settleMember } from './allocation.ts'
import { chargeColumns, chargeNumber, chargeRow, reserveChargeNumbers } from './charges.ts'

export interface ExtraChargeInput {
  readonly memberIds: readonly number[]
  readonly description: string
  readonly amountCents: number
  readonly bookedOn: string
  readonly dueDate: string
}

/**
 * The same extra charge (Christmas dinner, district levy) for each selected member, in one
 * transaction: all of them or, when one member does not exist, none.
 */
export async function addExtraCharges(
  db: Kysely<Database>,
  input: ExtraChargeInput,
  clock: Clock,
): Promise<{ created: number; totalCents: number }> {
  const memberIds = [...new Set(input.memberIds)]
  return inTransaction(db, async (trx) => {
    const found = await trx
      .selectFrom('member')
      .select('id')
      .where('id', 'in', idList(memberIds))
      .execute()
    if (found.length !== memberIds.length) {
      const known = new Set(found.map((m) => m.id))
      const missing = memberIds.find((id) => !known.has(id)) ?? 0
      throw new KreisError('member.notFound', { memberId: missing })
    }
    const now = isoTimestamp(clock)
    const first = await reserveChargeNumbers(trx, memberIds.length)
    const rows = memberIds.map((memberId, i) => ({
      ...chargeRow(
        {
          memberId,
          kind: 'extra',
          description: input.description,
          amountCents: input.amountCents,
          bookedOn: input.bookedOn,
          dueDate: input.dueDate,
        },
        now,
      ),
      number: chargeNumber(input.bookedOn, first + i),
    }))
    await bulkInsert(trx, 'charge', chargeColumns, rows)
    for (const memberId of await membersToSettle(trx, memberIds)) {
      await settleMember(trx, memberId)
    }
    return { created: rows.length, totalCents: rows.length * input.amountCents }
  })
}
