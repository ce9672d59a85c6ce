import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Database } from '../db/schema.ts'

/**
 * What is open on charge `c` in a query from `openChargeRows`: its amount less everything
 * allocated to it (the joined allocations `a`, summed per charge).
 */
export const openCents: RawBuilder<number> = sql<number>`(c.amount_cents - coalesce(sum(a.amount_cents), 0))`

/**
 * The live charges with something open, as `c`: the one definition of "open" every reader
 * builds on. Cancelled charges (settled by their credit) are left out before anything is
 * summed, and the allocations are summed in one grouped pass rather than a subquery per
 * charge. Narrow it with `where`s on `c` and select `openCents`.
 */
export function openChargeRows(db: Kysely<Database>) {
  return db
    .selectFrom('charge as c')
    .leftJoin('allocation as a', 'a.charge_id', 'c.id')
    .where('c.cancelled_on', 'is', null)
    .groupBy('c.id')
    .having(openCents, '>', 0)
}

/**
 * What is not yet allocated of a payment or credit: `source` is its table's alias in the
 * surrounding query. A reversed payment's rest is not free; callers exclude those.
 */
export function unallocated(
  source: string,
  column: 'payment_id' | 'credit_id',
): RawBuilder<number> {
  return sql<number>`(${sql.ref(`${source}.amount_cents`)} - coalesce((select sum(fa.amount_cents) from allocation fa where fa.${sql.ref(column)} = ${sql.ref(`${source}.id`)}), 0))`
}
