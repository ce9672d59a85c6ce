import BetterSqlite3 from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'

// Copies the WAL of the club file named by `workerData` into the file (a passive checkpoint),
// on a connection and thread of their own, so that the writer that filled the WAL does not wait
// for it (see checkpointThread.ts). Posts whether every page got there. It imports the driver
// alone, since a thread starts by loading its modules anew.

function checkpoint(path: string): boolean {
  try {
    const db = new BetterSqlite3(path, { fileMustExist: true })
    try {
      db.pragma('busy_timeout = 5000')
      const [result] = db.pragma('wal_checkpoint(PASSIVE)') as {
        busy: number
        log: number
        checkpointed: number
      }[]
      return result !== undefined && result.busy === 0 && result.checkpointed === result.log
    } finally {
      db.close()
    }
  } catch {
    return false
  }
}

const path: unknown = workerData
if (parentPort !== null && typeof path === 'string') parentPort.postMessage(checkpoint(path))
