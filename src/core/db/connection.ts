import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteAdapter, SqliteDialect } from 'kysely'
import type { Database } from './schema.ts'
import { KreisError } from '../../api/errors.ts'

export type Sqlite = BetterSqlite3.Database

/** "KRIS": marks a SQLite file as a Kreis club file (`PRAGMA application_id`). */
export const kreisApplicationId = 0x4b524953

/** SQLite runs DDL inside transactions; Kysely's stock adapter plays it safe and says no. */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true
  }
}

class KreisSqliteDialect extends SqliteDialect {
  override createAdapter(): SqliteAdapter {
    return new TransactionalSqliteAdapter()
  }
}

export function openSqlite(path: string, options: { mustExist: boolean }): Sqlite {
  return new BetterSqlite3(path, { fileMustExist: options.mustExist })
}

/**
 * Set on every open, explicitly: WAL so readers never block the writer; synchronous FULL
 * because a club's ledger exists nowhere else and a few extra fsyncs per save cost nothing
 * a person would notice; foreign keys on (SQLite's default is off); a busy timeout so a
 * backup or second reader does not fail a save at once.
 */
export function applyPragmas(sqlite: Sqlite, path: string): void {
  sqlite.pragma('busy_timeout = 5000')
  // A file system that cannot do WAL (some network shares) answers with the old mode.
  if (sqlite.pragma('journal_mode = WAL', { simple: true }) !== 'wal') {
    throw new KreisError('file.noWal', { path })
  }
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
}

export function createKysely(sqlite: Sqlite): Kysely<Database> {
  return new Kysely<Database>({ dialect: new KreisSqliteDialect({ database: sqlite }) })
}
