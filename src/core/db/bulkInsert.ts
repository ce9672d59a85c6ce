import { CompiledQuery, type Kysely } from 'kysely'
import type { Database } from './schema.ts'

/** SQLite binds at most 32,766 parameters per statement. */
const maxParameters = 32_766
// Measured on 92,000 members: 100 rows a statement beats filling the parameter limit, whose
// huge statements take longer to parse than they save.
const maxRows = 100

const statements = new Map<string, string>()

function statementFor(table: string, columns: readonly string[], rows: number, returning: boolean) {
  const key = `${table}|${columns.join(',')}|${rows}|${returning}`
  let text = statements.get(key)
  if (text === undefined) {
    const row = `(${columns.map(() => '?').join(', ')})`
    const names = columns.map((column) => `"${column}"`).join(', ')
    text = `insert into "${table}" (${names}) values ${Array<string>(rows).fill(row).join(', ')}`
    if (returning) text += ' returning "id"'
    statements.set(key, text)
  }
  return text
}

/**
 * Many rows in as few statements as SQLite allows, written as SQL with a flat parameter list.
 * The query builder makes an object per value, which at 100,000 members of ~45 columns costs
 * seconds; this is for the bulk paths (import, demo), single saves keep the builder.
 * Returns the new ids in row order when `returning` is set.
 */
export async function bulkInsert<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  columns: readonly (keyof Database[T] & string)[],
  rows: readonly Partial<Record<keyof Database[T] & string, unknown>>[],
  options: { returning?: boolean } = {},
): Promise<number[]> {
  const returning = options.returning === true
  const perStatement = Math.min(maxRows, Math.floor(maxParameters / columns.length))
  const ids: number[] = []
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement)
    const parameters: unknown[] = []
    for (const row of chunk) for (const column of columns) parameters.push(row[column] ?? null)
    const result = await db.executeQuery<{ id: number }>(
      CompiledQuery.raw(statementFor(table, columns, chunk.length, returning), parameters),
    )
    if (returning) ids.push(...result.rows.map((r) => r.id))
  }
  return ids
}
