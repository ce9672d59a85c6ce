import { createHash } from 'node:crypto'
import type { Sqlite } from '../../src/core/db/connection.ts'

/** A hash of each table's rows and one of the schema: equal prints, equal data. */
export type Fingerprint = ReadonlyMap<string, string>

const schemaKey = '(schema)'

function hashRows(rows: readonly unknown[]): string {
  return createHash('sha1').update(JSON.stringify(rows)).digest('hex')
}

/**
 * The tables named (every table, FTS5's own included, when none are), row by row in the order
 * SQLite stores them: an operation that is wholly absent leaves the print of the file before
 * it, one wholly there the print of a run that was never interrupted.
 */
export function fingerprint(sqlite: Sqlite, only?: readonly string[]): Fingerprint {
  const print = new Map<string, string>()
  const schema = sqlite
    .prepare(`select type, name, tbl_name, sql from sqlite_schema order by type, name`)
    .raw()
    .all()
  print.set(schemaKey, hashRows(schema))
  const tables =
    only ??
    (sqlite
      .prepare(
        `select name from sqlite_schema where type = 'table' and name not like 'sqlite_stat%'
          order by name`,
      )
      .pluck()
      .all() as string[])
  for (const table of tables) {
    if (table === schemaKey) continue
    const rows = sqlite
      .prepare(`select * from "${table.replace(/"/g, '""')}"`)
      .raw()
      .all()
    print.set(table, hashRows(rows))
  }
  return print
}

/** The tables whose rows differ between two prints, of those both hold. */
export function differing(a: Fingerprint, b: Fingerprint): string[] {
  return [...a.keys()].filter((name) => b.has(name) && a.get(name) !== b.get(name)).sort()
}
