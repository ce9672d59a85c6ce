import { sql, type Kysely } from 'kysely'
import { onThread, threadScript } from '../threads.ts'
import type { Database } from './schema.ts'

const checkpointWorker = threadScript(import.meta.url, 'checkpointWorker')

/**
 * Runs `write`, a transaction that fills the WAL with tens of megabytes (an import of a
 * chamber's roster), without the checkpoint SQLite would do when it commits: the pages are
 * copied into the club file on a thread of its own instead, while the app goes on. What is
 * committed is safe in the WAL either way; the copy only keeps the WAL short. Should the thread
 * not get to it, the next write's checkpoint does it, as it would have done anyway.
 * Resolves with `write`'s result and the thread's work, for whoever wants to wait for it.
 */
export async function checkpointingBeside<T>(
  db: Kysely<Database>,
  write: () => Promise<T>,
  script: URL = checkpointWorker,
): Promise<{ readonly result: T; readonly checkpoint: Promise<boolean> }> {
  const { rows } = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db)
  const pages = rows[0]?.wal_autocheckpoint ?? 1000
  const { rows: files } = await sql<{
    file: string
  }>`select file from pragma_database_list where name = 'main'`.execute(db)
  const path = files[0]?.file ?? ''
  await sql`pragma wal_autocheckpoint = 0`.execute(db)
  let result: T
  try {
    result = await write()
  } finally {
    await sql.raw(`pragma wal_autocheckpoint = ${String(pages)}`).execute(db)
  }
  const done = (answer: unknown): answer is boolean => typeof answer === 'boolean'
  const checkpoint =
    path === '' ? Promise.resolve(false) : onThread(script, path, done, () => false)
  return { result, checkpoint }
}
