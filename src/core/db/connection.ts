import BetterSqlite3 from 'better-sqlite3'
import {
  Kysely,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDatabase,
  type SqliteStatement,
} from 'kysely'
import type { Database } from './schema.ts'
import { KreisError } from '../../api/errors.ts'
import { sortKeyEnglish, sortKeyGerman } from '../members/fold.ts'

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
 * The sort-key folds, callable from SQL on our own connections. Nothing stored depends on them
 * being present (no triggers), so other tools can still open a file.
 */
function registerFunctions(sqlite: Sqlite): void {
  const text = (fold: (value: string) => string) => (value: unknown) =>
    fold(typeof value === 'string' ? value : '')
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
  // Sorts and temporary tables stay in memory: an import rebuilds the member indexes there.
  sqlite.pragma('temp_store = MEMORY')
  sqlite.pragma('foreign_keys = ON')
}

export function createKysely(sqlite: Sqlite): Kysely<Database> {
  return new Kysely<Database>({
    dialect: new KreisSqliteDialect({ database: reusingStatements(sqlite) }),
  })
}

/** Enough for every query the app repeats; bulk inserts only come in a few shapes. */
const keptStatements = 200

/**
 * Kysely prepares every query anew. Compiling a statement costs more than running it for the
 * small queries of a search and the multi-row inserts of an import, so the compiled ones are
 * kept, keyed by their SQL text, and handed out again unless one is still being iterated.
 */
function reusingStatements(sqlite: Sqlite): SqliteDatabase {
  const statements = new Map<string, KeptStatement>()
  return {
    close: () => sqlite.close(),
    prepare(source) {
      const kept = statements.get(source)
      if (kept !== undefined && !kept.compiled.busy) {
        // Map order doubles as recency order.
        statements.delete(source)
        statements.set(source, kept)
        return kept.handed
      }
      const compiled = sqlite.prepare(source)
      const fresh = { compiled, handed: bindingOneByOne(compiled) }
      statements.set(source, fresh)
      for (const oldest of statements.keys()) {
        if (statements.size <= keptStatements) break
        statements.delete(oldest)
      }
      return fresh.handed
    },
  }
}

/** A compiled statement and what Kysely is handed of it. */
interface KeptStatement {
  readonly compiled: BetterSqlite3.Statement
  readonly handed: SqliteStatement
}

/**
 * Kysely hands a statement its parameters as one array. Given one by one instead, the driver
 * binds each as it comes rather than fetching it out of the array first: an import binds four
 * million values, and the fetching alone was a twentieth of its main thread's time.
 */
function bindingOneByOne(statement: BetterSqlite3.Statement): SqliteStatement {
  return {
    get reader() {
      return statement.reader
    },
    all: (parameters) => statement.all(...parameters),
    run: (parameters) => statement.run(...parameters),
    iterate: (parameters) => statement.iterate(...parameters),
  }
}
