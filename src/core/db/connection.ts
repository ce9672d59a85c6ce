import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteAdapter, SqliteDialect } from 'kysely'
import type { Database } from './schema.ts'
import { KreisError } from '../../api/errors.ts'
import { foldForSearch, sortKeyEnglish, sortKeyGerman } from '../members/fold.ts'

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
  const sqlite = new BetterSqlite3(path, { fileMustExist: options.mustExist })
  registerFunctions(sqlite)
  return sqlite
}

/**
 * The text folds of search and sorting, callable from SQL on our own connections. Nothing
 * stored depends on them being present (no triggers), so other tools can still open a file.
 */
function registerFunctions(sqlite: Sqlite): void {
  const text = (fold: (value: string) => string) => (value: unknown) =>
    fold(typeof value === 'string' ? value : '')
  sqlite.function('kreis_fold', { deterministic: true }, text(foldForSearch))
  sqlite.function('kreis_sort_de', { deterministic: true }, text(sortKeyGerman))
  sqlite.function('kreis_sort_en', { deterministic: true }, text(sortKeyEnglish))
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
  // 64 MB of page cache instead of SQLite's 2 MB: a chamber's roster and its indexes fit, so
  // sorting, searching and bulk imports stop re-reading pages from disk.
  sqlite.pragma('cache_size = -65536')
  sqlite.pragma('foreign_keys = ON')
}

export function createKysely(sqlite: Sqlite): Kysely<Database> {
  return new Kysely<Database>({ dialect: new KreisSqliteDialect({ database: sqlite }) })
}
