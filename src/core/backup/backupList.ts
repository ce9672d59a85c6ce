import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type { BackupEntry } from '../../api/backups.ts'
import { readSqliteHeader } from '../db/fileHeader.ts'
import { parseBackupName, type BackupName } from './backupNames.ts'
import { memberCountOf } from './fileCheck.ts'

/** The backups Kreis named in `folder`; other files there are none of its business. */
export function backupNamesIn(folder: string): BackupName[] {
  let files: string[]
  try {
    files = readdirSync(folder)
  } catch {
    return []
  }
  return files.flatMap((file) => parseBackupName(file) ?? [])
}

/** Newest first, each with its size, member count and schema version (null where unreadable). */
export function listBackups(folder: string): BackupEntry[] {
  return backupNamesIn(folder)
    .sort(
      (a, b) =>
        b.createdAt.getTime() - a.createdAt.getTime() || b.fileName.localeCompare(a.fileName),
    )
    .flatMap((name) => describeBackup(folder, name) ?? [])
}

/** Null when the file went away between listing and looking. */
export function describeBackup(folder: string, name: BackupName): BackupEntry | null {
  const facts = fileFacts(join(folder, name.fileName))
  if (facts === null) return null
  return {
    fileName: name.fileName,
    createdAt: name.createdAt.toISOString(),
    reason: name.reason,
    ...facts,
  }
}

export interface FileFacts {
  readonly sizeBytes: number
  readonly memberCount: number | null
  readonly schemaVersion: number | null
}

/** Size, member count and schema version of a club file Kreis does not hold open. */
export function fileFacts(path: string): FileFacts | null {
  let sizeBytes: number
  try {
    const stat = statSync(path)
    if (!stat.isFile()) return null
    sizeBytes = stat.size
  } catch {
    return null
  }
  return { sizeBytes, ...peek(path) }
}

/** A read-only look that never fails the listing: a damaged backup shows as unknown. */
function peek(path: string): { schemaVersion: number | null; memberCount: number | null } {
  let schemaVersion: number | null
  try {
    schemaVersion = readSqliteHeader(path)?.userVersion ?? null
  } catch {
    return { schemaVersion: null, memberCount: null }
  }
  if (schemaVersion === null) return { schemaVersion, memberCount: null }
  let db: BetterSqlite3.Database
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true })
  } catch {
    return { schemaVersion, memberCount: null }
  }
  try {
    return { schemaVersion, memberCount: memberCountOf(db) }
  } finally {
    db.close()
  }
}
