import { statSync } from 'node:fs'
import type BetterSqlite3 from 'better-sqlite3'
import { KreisError } from '../../api/errors.ts'
import { kreisApplicationId } from '../db/connection.ts'
import { readSqliteHeader } from '../db/fileHeader.ts'
import { fileErrorFrom } from '../db/sqliteErrors.ts'
import { openForCheck } from '../db/checkConnection.ts'

/** What `quick_check` finds wrong with a file; empty when it is sound. */
export function quickCheck(path: string): string[] {
  return checkPages(path, 'quick_check')
}

/** What SQLite's check of every page finds wrong, on a read-only connection of its own. */
export function checkPages(path: string, check: 'quick_check' | 'integrity_check'): string[] {
  return findings(() => {
    const db = openForCheck(path)
    try {
      return problemsOf(db.pragma(check) as unknown[])
    } finally {
      db.close()
    }
  })
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

/** Members of all statuses; null where the file has no readable member table. */
export function memberCountOf(db: BetterSqlite3.Database): number | null {
  try {
    return Number(db.prepare('select count(*) from member').pluck().get())
  } catch {
    return null
  }
}

/** A file damaged badly enough makes the check itself fail: that is a finding too. */
export function findings(check: () => string[]): string[] {
  try {
    return check()
  } catch (error) {
    return [messageOf(error)]
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** SQLite answers a sound file with the single row `ok`; anything else is a finding. */
export function problemsOf(rows: readonly unknown[]): string[] {
  const lines = rows.map((row) =>
    typeof row === 'object' && row !== null ? String(Object.values(row)[0]) : String(row),
  )
  return lines.length === 1 && lines[0] === 'ok' ? [] : lines
}
