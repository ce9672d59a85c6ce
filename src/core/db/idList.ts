import { sql } from 'kysely'

/**
 * `where(column, 'in', idList(ids))` for any number of ids: one bound JSON parameter, where
 * a parameter per id would run into SQLite's cap of 32,766.
 */
export const idList = (ids: readonly number[]) =>
  sql<number>`(select value from json_each(${JSON.stringify(ids)}))`
