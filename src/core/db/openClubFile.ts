import { accessSync, constants, mkdirSync, statSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import { sql, type Kysely } from 'kysely'
import { Migrator } from 'kysely/migration'
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
import { bundledMigrations, latestSchemaVersion } from './migrations/index.ts'
import type { Database } from './schema.ts'
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
export function checkClubFile(path: string): { userVersion: number } {
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
  if (header.pageCountValid && stat.size < header.pageSize * header.pageCount) {
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
  return { userVersion: header.userVersion }
}

export async function openClubFile(path: string, options: OpenOptions): Promise<ClubFile> {
  const { userVersion } = checkClubFile(path)
  let sqlite: Sqlite
  try {
    sqlite = openSqlite(path, { mustExist: true })
  } catch (error) {
    throw fileErrorFrom(error, path)
  }
  try {
    sqlite.pragma('busy_timeout = 5000')
    const check = sqlite.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new KreisError('file.corrupt', { path })
    applyPragmas(sqlite)
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

/** Brings a file to the latest schema; all pending migrations run in one transaction. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: bundledMigrations })
  const { error } = await migrator.migrateToLatest()
  if (error !== undefined) throw error
}

export async function schemaVersionOf(db: Kysely<Database>): Promise<number> {
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
  const target = join(dir, `${stem}.v${fromVersion}.${fileStamp(options.clock)}.kreis`)
  sqlite.prepare('VACUUM INTO ?').run(target)
  return target
}

function canAccess(path: string, mode: number): boolean {
  try {
    accessSync(path, mode)
    return true
  } catch {
    return false
  }
}
