import { Transaction, type Kysely } from 'kysely'
import type { Database } from './schema.ts'

/**
 * Runs `work` in a transaction of its own, or in the caller's when `db` is one already (the
 * demo club fills itself in one transaction and loads its taxonomy and bills inside it).
 * `work` gets the transaction typed as one, which the ledger's writers insist on.
 */
export function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return db instanceof Transaction ? work(db) : db.transaction().execute(work)
}
