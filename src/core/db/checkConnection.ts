import BetterSqlite3 from 'better-sqlite3'
import { fileErrorFrom } from './sqliteErrors.ts'

/**
 * Checks read every page; mapped, the pages are read in place from the operating system's
 * cache instead of being copied into SQLite's own, which saves a fifth of the time or more on
 * a large club. Read-only matters as much: only a connection that cannot write hands the
 * mapped pages out as they are, so `quick_check` walks a file in half the time.
 */
const mapBytes = 1 << 30

/** A read-only, mapped connection for checking a file; kept lean, a worker opens it too. */
export function openForCheck(path: string): BetterSqlite3.Database {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true })
  db.pragma('busy_timeout = 5000')
  mapForReading(db)
  return db
}

/** Lets a connection that reads a whole file read it through the memory map. */
export function mapForReading(db: BetterSqlite3.Database): void {
  db.pragma(`mmap_size = ${mapBytes}`)
}

/** A connection to a file that must exist; what keeps it from opening is told as the file's. */
export function openExisting(path: string): BetterSqlite3.Database {
  try {
    return new BetterSqlite3(path, { fileMustExist: true })
  } catch (error) {
    throw fileErrorFrom(error, path)
  }
}

/**
 * A connection that reads beside the app: it waits for the app's writes and cannot write
 * itself (`query_only`), yet on closing tidies the WAL away as any writable connection does.
 */
export function openQueryOnly(path: string): BetterSqlite3.Database {
  const db = openExisting(path)
  db.pragma('busy_timeout = 5000')
  db.pragma('query_only = ON')
  return db
}
