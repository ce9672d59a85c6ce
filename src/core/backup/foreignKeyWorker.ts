import { parentPort, workerData } from 'node:worker_threads'
import { openForCheck } from '../db/checkConnection.ts'

// `foreign_key_check` of the file named by `workerData`, on a thread of its own, so that it
// runs beside the integrity check of `kreis check` instead of after it. It imports no more
// than the connection, since a thread starts by loading its modules anew.

/** What the thread posts: the number of violations, or the message of what went wrong. */
export type ForeignKeyAnswer = { readonly violations: number } | { readonly error: string }

function answer(path: string): ForeignKeyAnswer {
  try {
    const db = openForCheck(path)
    try {
      return { violations: (db.pragma('foreign_key_check') as unknown[]).length }
    } finally {
      db.close()
    }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}

if (parentPort !== null && typeof workerData === 'string') {
  parentPort.postMessage(answer(workerData))
}
