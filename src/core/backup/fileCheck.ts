import { statSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import type { FileCheck } from '../../api/backups.ts'
import { KreisError } from '../../api/errors.ts'
import { kreisApplicationId } from '../db/connection.ts'
import { readSqliteHeader } from '../db/fileHeader.ts'
import { fileErrorFrom } from '../db/sqliteErrors.ts'

/**
 * Checks read every page; mapped, the pages are read in place from the operating system's
 * cache instead of being copied into SQLite's own, which saves a fifth of the time or more on
 * a large club.
 */
const mapBytes = 1 << 30

/** What `quick_check` finds wrong with a file; empty when it is sound. */
export function quickCheck(path: string): string[] {
  let db: BetterSqlite3.Database
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true })
  } catch (error) {
    return [messageOf(error)]
  }
  try {
    db.pragma(`mmap_size = ${mapBytes}`)
    return findings(() => problemsOf(db.pragma('quick_check') as unknown[]))
  } finally {
    db.close()
  }
}

/** Refuses what is no Kreis file at all before SQLite is let near it. */
export function requireKreisFile(path: string): void {
  let isFile: boolean
  try {
    isFile = statSync(path).isFile()
  } catch {
    throw new KreisError('file.notFound', { path })
  }
  if (!isFile) throw new KreisError('file.notAFile', { path })
  let header
  try {
    header = readSqliteHeader(path)
  } catch (error) {
    throw fileErrorFrom(error, path)
  }
  if (header === null) throw new KreisError('file.notSqlite', { path })
  if (header.applicationId !== kreisApplicationId) throw new KreisError('file.notKreis', { path })
}

/**
 * `kreis check`: the full `integrity_check` (indexes against their tables too), the foreign
 * keys, the schema version. The file is opened for writing but may not be written
 * (`query_only`), so closing it as the last connection tidies its WAL away as any open does.
 */
export function checkFile(path: string): FileCheck {
  requireKreisFile(path)
  let db: BetterSqlite3.Database
  try {
    db = new BetterSqlite3(path, { fileMustExist: true })
  } catch (error) {
    throw fileErrorFrom(error, path)
  }
  try {
    db.pragma('busy_timeout = 5000')
    db.pragma('query_only = ON')
    db.pragma(`mmap_size = ${mapBytes}`)
    if (db.pragma('application_id', { simple: true }) !== kreisApplicationId) {
      throw new KreisError('file.notKreis', { path })
    }
    const integrity = findings(() => problemsOf(db.pragma('integrity_check') as unknown[]))
    let foreignKeyProblems = 0
    try {
      foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length
    } catch (error) {
      integrity.push(messageOf(error))
    }
    return {
      path,
      ok: integrity.length === 0 && foreignKeyProblems === 0,
      schemaVersion: Number(db.pragma('user_version', { simple: true })),
      integrity,
      foreignKeyProblems,
      memberCount: memberCountOf(db),
    }
  } catch (error) {
    throw fileErrorFrom(error, path)
  } finally {
    db.close()
  }
}

/** Members of all statuses; null where the file has no readable member table. */
export function memberCountOf(db: BetterSqlite3.Database): number | null {
  try {
    return Number(db.prepare('select count(*) from member').pluck().get())
  } catch {
    return null
  }
}

/** A file damaged badly enough makes the check itself fail: that is a finding too. */
function findings(check: () => string[]): string[] {
  try {
    return check()
  } catch (error) {
    return [messageOf(error)]
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** SQLite answers a sound file with the single row `ok`; anything else is a finding. */
function problemsOf(rows: readonly unknown[]): string[] {
  const lines = rows.map((row) =>
    typeof row === 'object' && row !== null ? String(Object.values(row)[0]) : String(row),
  )
  return lines.length === 1 && lines[0] === 'ok' ? [] : lines
}
