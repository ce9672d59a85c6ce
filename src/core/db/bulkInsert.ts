import { CompiledQuery, type Kysely } from 'kysely'
import type { Database } from './schema.ts'

/** SQLite binds at most 32,766 parameters per statement. */
const maxParameters = 32_766
// Measured on 92,000 members: 100 rows a statement beats filling the parameter limit, whose
// huge statements take longer to parse than they save.
const maxRows = 100

const statements = new Map<string, string>()

const names = (columns: readonly string[]) => columns.map((column) => `"${column}"`).join(', ')

function statementFor(target: string, columns: readonly string[], rows: number) {
  const key = `${target}|${columns.join(',')}|${rows}`
  let text = statements.get(key)
  if (text === undefined) {
    const row = `(${columns.map(() => '?').join(', ')})`
    text = `insert into ${target} (${names(columns)}) values ${Array<string>(rows).fill(row).join(', ')}`
    statements.set(key, text)
  }
  return text
}

/**
 * Many rows in as few statements as SQLite allows, written as SQL with a flat parameter list.
 * The query builder makes an object per value, which at 100,000 members of ~45 columns costs
 * seconds; this is for the bulk paths (import, demo), single saves keep the builder.
 * Returns the new ids in row order when `returning` is set: a table with an integer key gives
 * the rows of one statement consecutive ids, so they follow from the last one, which costs
 * nothing, where a RETURNING clause would gather every row a second time.
 */
export async function bulkInsert<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  columns: readonly (keyof Database[T] & string)[],
  rows: readonly Partial<Record<keyof Database[T] & string, unknown>>[],
  options: { returning?: boolean } = {},
): Promise<number[]> {
  const perStatement = Math.min(maxRows, Math.floor(maxParameters / columns.length))
  const ids: number[] = []
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement)
    const parameters: unknown[] = []
    for (const row of chunk) for (const column of columns) parameters.push(row[column] ?? null)
    const { insertId } = await db.executeQuery(
      CompiledQuery.raw(statementFor(`"${table}"`, columns, chunk.length), parameters),
    )
    if (options.returning === true) {
      const last = Number(insertId)
      for (let id = last - chunk.length + 1; id <= last; id++) ids.push(id)
    }
  }
  return ids
}

/** FTS5's own default for the terms it holds in memory before writing them out. */
const defaultHashSize = 1024 * 1024
const bulkHashSize = 64 * 1024 * 1024
/** Rows whose terms may pass FTS5's default; fewer are not worth two writes of its setting. */
const bulkFullTextRows = 100

/**
 * Rows for a full-text (FTS5) table, given as JSON (an array of each row's values in `columns`
 * order), in one statement. FTS5 writes the terms it holds out as a new segment after every
 * statement that inserts several rows, and whenever they pass a megabyte: 100,000 rows in
 * statements of 100 would leave a thousand segments to write and merge. In one statement, where
 * FTS5 may hold 64 MB for a batch of more than `bulkFullTextRows`, the whole batch becomes one
 * segment. The JSON crosses into SQLite as one value, where the rows' values would cross one by
 * one, the slower part.
 */
export async function bulkInsertFullText<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  columns: readonly (keyof Database[T] & string)[],
  rowsJson: string,
  rows: number,
): Promise<void> {
  if (rows === 0) return
  const run = (text: string, parameters: unknown[] = []) =>
    db.executeQuery(CompiledQuery.raw(text, parameters))
  // The size is an FTS5 setting stored with the table, so it is set back within the write.
  const hashSize = (bytes: number) =>
    run(`insert into "${table}" ("${table}", rank) values ('hashsize', ${bytes})`)
  const values = columns.map((_, index) => `value ->> ${index}`).join(', ')
  const bulk = rows > bulkFullTextRows
  if (bulk) await hashSize(bulkHashSize)
  await run(
    `insert into "${table}" (${names(columns)}) select ${values} from jsonb_each(jsonb(?))`,
    [rowsJson],
  )
  if (bulk) await hashSize(defaultHashSize)
}

/**
 * The id SQLite gives the next row of a table with an AUTOINCREMENT key: above every id the
 * table ever held. A bulk write that gives its rows these ids itself knows them before it
 * writes them, and SQLite moves on past them.
 */
export async function nextId(
  db: Kysely<Database>,
  table: keyof Database & string,
): Promise<number> {
  const { rows } = await db.executeQuery<{ next: number }>(
    CompiledQuery.raw(
      `select max(coalesce((select seq from sqlite_sequence where name = ?), 0),
        coalesce((select max(rowid) from "${table}"), 0)) + 1 as next`,
      [table],
    ),
  )
  return rows[0]?.next ?? 1
}

/**
 * Runs `work` with the table's plain indexes dropped and builds them again afterwards: sorting
 * 100,000 keys once is cheaper than placing them one by one. Only for writes that dwarf the
 * table, inside the caller's transaction, so a failure brings the indexes back with the rest.
 * Unique indexes stay, so their constraints still hold row by row.
 */
export async function withoutIndexes<T>(
  db: Kysely<Database>,
  table: keyof Database & string,
  work: () => Promise<T>,
): Promise<T> {
  const { rows: indexes } = await db.executeQuery<{ name: string; sql: string }>(
    CompiledQuery.raw(
      `select m.name, m.sql from sqlite_master m join pragma_index_list(?) l on l.name = m.name
        where m.type = 'index' and l.origin = 'c' and l."unique" = 0`,
      [table],
    ),
  )
  for (const { name } of indexes) {
    await db.executeQuery(CompiledQuery.raw(`drop index "${name.replace(/"/g, '""')}"`))
  }
  const result = await work()
  for (const index of indexes) await db.executeQuery(CompiledQuery.raw(index.sql))
  return result
}
