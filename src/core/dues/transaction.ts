import { Transaction, type Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'

/**
 * Runs `work` in a transaction of its own, or in the caller's when `db` is one already (the
 * demo club bills inside the transaction it fills itself in). Unlike `inTransaction`, `work`
 * gets the transaction typed as one, which the ledger writers insist on.
 */
export function withinTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return db instanceof Transaction ? work(db) : db.transaction().execute(work)
}
