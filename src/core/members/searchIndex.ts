import { sql, type Kysely } from 'kysely'
import { bulkInsertFullText } from '../db/bulkInsert.ts'
import type { Database } from '../db/schema.ts'
import { sortName } from './displayName.ts'
import { sortKeyEnglish, sortKeyGerman, sortKeysOf } from './fold.ts'
import {
  formerToken,
  indexedColumns,
  searchColumns,
  searchRowsHere,
  type IndexedMember,
} from './searchRows.ts'
import { searchRowsOnThread } from './searchRowsThread.ts'

/**
 * Bump when the fold or the indexed columns change: the next open of any file with a lower
 * `search_index_version` rebuilds sort keys and the search index from the member rows.
 * 2: the state column holds `formerToken` for former members and nothing for the others.
 * 3: Ł, Ø, Đ, Æ, Œ, Þ and the like fold to their base letters.
 */
export const searchIndexVersion = 3

/** The search without former members, left out by the index itself. */
export function withoutFormer(match: string): string {
  return `(${match}) NOT state:"${formerToken}"`
}

/** From this many members on, their rows are made on a worker thread beside the writing. */
const onThreadFrom = 10_000

/**
 * Starts making the search-index rows of members about to be written, for `indexNewMembers`:
 * for an import, on a thread of its own while their rows are written.
 */
export function searchRowsOf(members: readonly IndexedMember[]): Promise<string> {
  return members.length >= onThreadFrom
    ? searchRowsOnThread(members)
    : Promise.resolve(searchRowsHere(members))
}

const sortNameSql = sql.raw(
  `case kind when 'organisation' then coalesce(organisation_name, '')
     else coalesce(last_name, '') || ' ' || coalesce(first_name, '') end`,
)

export function sortKeys(m: Parameters<typeof sortName>[0]): {
  sort_key_de: string
  sort_key_en: string
} {
  const name = sortName(m)
  return { sort_key_de: sortKeyGerman(name), sort_key_en: sortKeyEnglish(name) }
}

/** `sortKeys` of many members at once, as two lists in their order. */
export function sortKeysEach(members: readonly Parameters<typeof sortName>[0][]): {
  german: string[]
  english: string[]
} {
  return sortKeysOf(members.map(sortName))
}

/** Re-indexes the given members (after they were written); call inside the writing transaction. */
export async function indexMembers(db: Kysely<Database>, ids: readonly number[]): Promise<void> {
  const members: IndexedMember[] = []
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500)
    await db.deleteFrom('member_search').where('rowid', 'in', chunk).execute()
    const read = await db
      .selectFrom('member')
      .select(['id', ...indexedColumns])
      .where('id', 'in', chunk)
      .execute()
    for (const member of read) members.push(member)
  }
  await indexNewMembers(db, searchRowsHere(members), members.length)
}

/**
 * Indexes members not in the index, from the rows `searchRowsOf` or `searchRowsHere` made for
 * them: members just inserted need not be read back.
 */
export async function indexNewMembers(
  db: Kysely<Database>,
  rows: string,
  count: number,
): Promise<void> {
  await bulkInsertFullText(db, 'member_search', searchColumns, rows, count)
}

/** Recomputes every sort key and the whole search index, in one transaction. */
export async function rebuildSearchIndex(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`delete from member_search`.execute(trx)
    const members = await trx
      .selectFrom('member')
      .select(['id', ...indexedColumns])
      .execute()
    await indexNewMembers(trx, searchRowsHere(members), members.length)
    await sql`update member set
      sort_key_de = kreis_sort_de(${sortNameSql}),
      sort_key_en = kreis_sort_en(${sortNameSql})`.execute(trx)
    await trx.updateTable('club').set({ search_index_version: searchIndexVersion }).execute()
  })
}

export async function ensureSearchIndex(db: Kysely<Database>): Promise<void> {
  const club = await db.selectFrom('club').select('search_index_version').executeTakeFirst()
  if (club !== undefined && club.search_index_version < searchIndexVersion) {
    await rebuildSearchIndex(db)
  }
}
