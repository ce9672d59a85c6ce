import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import { sql, type Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import { fileStamp, type Clock } from '../clock.ts'
import {
  applyPragmas,
  createKysely,
  kreisApplicationId,
  openSqlite,
  type Sqlite,
} from './connection.ts'
import { readSqliteHeader } from './fileHeader.ts'
import { openForCheck } from './checkConnection.ts'
import { bundledMigrations, latestSchemaVersion } from './migrations/index.ts'
import type { Database } from './schema.ts'
import { ensureSearchIndex } from '../members/searchIndex.ts'
import { fileErrorFrom } from './sqliteErrors.ts'

export interface ClubFile {
  readonly path: string
  readonly sqlite: Sqlite
  readonly db: Kysely<Database>
  readonly schemaVersion: number
  readonly migratedFrom: number | null
  readonly backupPath: string | null
}

export interface OpenOptions {
  readonly clock: Clock
  /** Where the copy made before a migration goes; defaults to the file's own folder. */
  readonly backupDir?: string
}

/**
 * Everything that can be learned about a file without letting SQLite write to it is checked
 * first, so a foreign, truncated, read-only or newer file is refused untouched.
 */
function checkClubFile(path: string): void {
  let stat
  try {
    stat = statSync(path)
  } catch {
    throw new KreisError('file.notFound', { path })
  }
  if (!stat.isFile()) throw new KreisError('file.notAFile', { path })

  let header
  try {
    header = readSqliteHeader(path)
  } catch (error) {
    throw fileErrorFrom(error, path)
  }
  if (header === null) throw new KreisError('file.notSqlite', { path })
  if (header.applicationId !== kreisApplicationId) throw new KreisError('file.notKreis', { path })
  // Killed during a checkpoint, a file's header already counts pages its WAL still holds; SQLite
  // finishes the checkpoint on open, so only a file without a WAL is judged by its size.
  if (header.pageCountValid && !hasWal(path) && stat.size < header.pageSize * header.pageCount) {
    throw new KreisError('file.truncated', { path })
  }
  if (header.userVersion > latestSchemaVersion) {
    throw new KreisError('file.newerSchema', {
      path,
      fileVersion: header.userVersion,
      appVersion: latestSchemaVersion,
    })
  }
  // Root passes access() checks for any mode, so the permission bits are read as well.
  const writable = (stat.mode & 0o222) !== 0 && canAccess(path, constants.W_OK)
  if (!writable) throw new KreisError('file.readOnly', { path })
  if (!canAccess(dirname(path), constants.W_OK)) {
    throw new KreisError('file.folderReadOnly', { path })
  }
}

export async function openClubFile(path: string, options: OpenOptions): Promise<ClubFile> {
  checkClubFile(path)
  let sqlite: Sqlite
  try {
    sqlite = openSqlite(path, { mustExist: true })
  } catch (error) {
    throw fileErrorFrom(error, path)
  }
  let userVersion: number
  try {
    sqlite.pragma('busy_timeout = 5000')
    // A WAL left by a crash can hold a newer state than the main file's header: ask SQLite.
    userVersion = Number(sqlite.pragma('user_version', { simple: true }))
    if (sqlite.pragma('application_id', { simple: true }) !== kreisApplicationId) {
      throw new KreisError('file.notKreis', { path })
    }
    if (userVersion > latestSchemaVersion) {
      throw new KreisError('file.newerSchema', {
        path,
        fileVersion: userVersion,
        appVersion: latestSchemaVersion,
      })
    }
    // Through a read-only connection of its own, which walks the file twice as fast (see
    // checkConnection.ts); it reads what this one recovered from a WAL.
    const checker = openForCheck(path)
    try {
      if (checker.pragma('quick_check', { simple: true }) !== 'ok') {
        throw new KreisError('file.corrupt', { path })
      }
    } finally {
      checker.close()
    }
    applyPragmas(sqlite, path)
  } catch (error) {
    sqlite.close()
    throw fileErrorFrom(error, path)
  }

  const db = createKysely(sqlite)
  let backupPath: string | null = null
  try {
    if (userVersion < latestSchemaVersion) {
      backupPath = backupBeforeMigration(sqlite, path, userVersion, options)
      await migrate(db)
    }
    await ensureSearchIndex(db)
  } catch (error) {
    await db.destroy()
    throw fileErrorFrom(error, path)
  }
  return {
    path,
    sqlite,
    db,
    schemaVersion: latestSchemaVersion,
    migratedFrom: userVersion < latestSchemaVersion ? userVersion : null,
    backupPath,
  }
}

/**
 * Brings a file to the latest schema. Each migration runs in its own transaction and ends by
 * setting `user_version`, so the version stamp and the schema change commit together: a
 * failure leaves the file exactly at the last complete version, with no bookkeeping tables.
 */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const migrations = await bundledMigrations.getMigrations()
  const names = Object.keys(migrations).sort()
  let version = await schemaVersionOf(db)
  for (const name of names.slice(version)) {
    const migration = migrations[name]
    if (migration === undefined) continue
    await db.transaction().execute((trx) => migration.up(trx))
    const after = await schemaVersionOf(db)
    if (after !== version + 1) throw new Error(`migration ${name} did not set user_version`)
    version = after
  }
}

async function schemaVersionOf(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ user_version: number }>`PRAGMA user_version`.execute(db)
  return rows[0]?.user_version ?? 0
}

function backupBeforeMigration(
  sqlite: Sqlite,
  path: string,
  fromVersion: number,
  options: OpenOptions,
): string {
  const dir = options.backupDir ?? dirname(path)
  mkdirSync(dir, { recursive: true })
  const stem = basename(path, extname(path))
  let target = join(dir, `${stem}.v${fromVersion}.${fileStamp(options.clock)}.kreis`)
  for (let n = 2; existsSync(target); n++) {
    target = join(dir, `${stem}.v${fromVersion}.${fileStamp(options.clock)}-${n}.kreis`)
  }
  sqlite.prepare('VACUUM INTO ?').run(target)
  return target
}

function hasWal(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size > 0
  } catch {
    return false
  }
}

function canAccess(path: string, mode: number): boolean {
  try {
    accessSync(path, mode)
    return true
  } catch {
    return false
  }
}
