import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Sqlite } from '../../../src/core/db/connection.ts'

/**
 * Rows changed on this connection since it opened. Every write of the app goes through the
 * session's one connection, so an unchanged count means nothing was written (data_version
 * would only see other connections' writes).
 */
export function totalChanges(sqlite: Sqlite): number {
  let query = changeQueries.get(sqlite)
  if (query === undefined) {
    const statement = sqlite.prepare('select total_changes()').pluck()
    query = () => statement.get() as number
    changeQueries.set(sqlite, query)
  }
  return query()
}

// Asked twice per fuzz case: prepared once per connection.
const changeQueries = new WeakMap<Sqlite, () => number>()

/** A hash over every row of every table: what changed, whoever changed it. */
export function databaseHash(sqlite: Sqlite): string {
  const hash = createHash('sha256')
  const tables = sqlite
    .prepare("select name from sqlite_schema where type = 'table' order by name")
    .pluck()
    .all() as string[]
  for (const table of tables) {
    hash.update(`\u0001${table}`)
    const rows = sqlite.prepare(`select * from "${table.replaceAll('"', '""')}"`).raw()
    for (const row of rows.iterate() as Iterable<unknown[]>) {
      for (const cell of row) {
        hash.update(cell instanceof Uint8Array ? cell : `\u0002${typeof cell}:${String(cell)}`)
      }
    }
  }
  return hash.digest('hex')
}

/** Names, sizes and contents of the files under `dir`: exports, preferences, copies. */
export function folderFingerprint(dir: string): string {
  const hash = createHash('sha256')
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(folder, entry.name)
      hash.update(`\u0001${path}`)
      if (entry.isDirectory()) walk(path)
      // The open club file and its WAL change on checkpoints; the database hash covers them.
      else if (!/\.kreis(-wal|-shm)?$/.test(entry.name)) hash.update(readFileSync(path))
      else hash.update(String(statSync(path).isFile()))
    }
  }
  walk(dir)
  return hash.digest('hex')
}
