import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'

/**
 * Runs `work` in a transaction of its own, or in the caller's when there is one already (the
 * demo club fills itself in one transaction and loads its taxonomy inside it).
 */
export async function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work)
}
