import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import { applyPragmas, createKysely, kreisApplicationId, openSqlite } from './connection.ts'
import { migrate } from './openClubFile.ts'
import type { Database } from './schema.ts'
import { ensureSearchIndex } from '../members/searchIndex.ts'
import { fileErrorFrom } from './sqliteErrors.ts'

/**
 * Builds a new club file under a temporary name and renames it into place only when it is
 * complete, so a crash or an error never leaves a half-made club behind.
 */
export async function createClubFile(
  path: string,
  fill: (db: Kysely<Database>) => Promise<void>,
): Promise<void> {
  if (existsSync(path)) throw new KreisError('file.exists', { path })
  try {
    mkdirSync(dirname(path), { recursive: true })
  } catch (error) {
    throw fileErrorFrom(error, path)
  }
  // Unique per call: two creates of the same name must not share (and delete) one temp file.
  const temporary = `${path}.${process.pid}-${randomUUID().slice(0, 8)}.creating`
  removeWithCompanions(temporary)
  try {
    const sqlite = openSqlite(temporary, { mustExist: false })
    const db = createKysely(sqlite)
    try {
      sqlite.pragma(`application_id = ${kreisApplicationId}`)
      applyPragmas(sqlite, path)
      await migrate(db)
      await fill(db)
      await ensureSearchIndex(db)
    } finally {
      // Closing the last connection checkpoints the WAL into the file and removes it.
      await db.destroy()
    }
    if (existsSync(path)) throw new KreisError('file.exists', { path })
    renameSync(temporary, path)
  } catch (error) {
    removeWithCompanions(temporary)
    throw error instanceof KreisError ? error : fileErrorFrom(error, path)
  }
}

function removeWithCompanions(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true })
}
