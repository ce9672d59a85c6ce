import type { Kysely } from 'kysely'
import { KreisError } from '../../src/api/errors.ts'
import { openClubFile } from '../../src/core/db/openClubFile.ts'
import type { Database } from '../../src/core/db/schema.ts'
import { crashClock, type CrashOperation, type CrashState } from './crashOperation.ts'
import { differing, fingerprint, type Fingerprint } from './fingerprint.ts'

export interface Verdict {
  /** The state the operation's check found, null when it found neither. */
  readonly state: CrashState | null
  readonly problems: readonly string[]
  readonly print: Fingerprint | null
}

export interface Expected {
  readonly operation: CrashOperation
  readonly before: Kysely<Database>
  readonly workDir: string
  readonly beforePrint: Fingerprint
  /** The print of an uninterrupted run; null while it is being taken. */
  readonly afterPrint: Fingerprint | null
  /** The tables that run changed, the only ones printed after a kill; null for all. */
  readonly touched: readonly string[] | null
}

function explain(error: unknown): string {
  if (error instanceof KreisError) return `${error.code} ${JSON.stringify(error.params)}`
  return error instanceof Error ? (error.stack ?? error.message) : String(error)
}

/**
 * Opens the file as the app does (header checks, quick_check, WAL recovery), then asks SQLite
 * whether it is whole, the operation's check which state it is in, and the table prints
 * whether that is so to the last row.
 */
export async function verifyClubFile(path: string, expected: Expected): Promise<Verdict> {
  let file
  try {
    file = await openClubFile(path, { clock: crashClock, backupDir: expected.workDir })
  } catch (error) {
    return { state: null, problems: [`the app refuses the file: ${explain(error)}`], print: null }
  }
  try {
    const problems: string[] = []
    const integrity = file.sqlite.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`)
    const dangling = file.sqlite.pragma('foreign_key_check') as unknown[]
    if (dangling.length > 0) {
      problems.push(`foreign_key_check: ${dangling.length} rows, ${JSON.stringify(dangling[0])} …`)
    }
    const result = await expected.operation.check({
      db: file.db,
      before: expected.before,
      workDir: expected.workDir,
    })
    const state = result === 'absent' || result === 'complete' ? result : null
    if (state === null) problems.push(result)
    const print = fingerprint(file.sqlite, expected.touched ?? undefined)
    const fromBefore = differing(print, expected.beforePrint)
    if (expected.afterPrint !== null) {
      const fromAfter = differing(print, expected.afterPrint)
      const printed =
        fromBefore.length === 0 ? 'absent' : fromAfter.length === 0 ? 'complete' : null
      if (printed !== state) {
        problems.push(
          `the check says ${state ?? 'neither'}, the tables say ${printed ?? 'neither'} ` +
            `(other than before: ${fromBefore.join(', ')}; other than after: ${fromAfter.join(', ')})`,
        )
      }
    }
    return { state, problems, print }
  } finally {
    await file.db.destroy()
  }
}
