import { sql, type Kysely } from 'kysely'
import type { Database, MemberRow } from '../db/schema.ts'
import { sortName } from './displayName.ts'
import { foldForSearch, sortKeyEnglish, sortKeyGerman } from './fold.ts'

/**
 * Bump when the fold or the indexed columns change: the next open of any file with a lower
 * `search_index_version` rebuilds sort keys and the search index from the member rows.
 */
export const searchIndexVersion = 1

type IndexedColumns = Pick<
  MemberRow,
  | 'id'
  | 'kind'
  | 'member_number'
  | 'title'
  | 'first_name'
  | 'last_name'
  | 'name_affix'
  | 'partner_name'
  | 'organisation_name'
  | 'company'
  | 'classification'
  | 'business_town'
  | 'private_town'
  | 'email_business'
  | 'email_private'
>

export const indexedColumns = [
  'id',
  'kind',
  'member_number',
  'title',
  'first_name',
  'last_name',
  'name_affix',
  'partner_name',
  'organisation_name',
  'company',
  'classification',
  'business_town',
  'private_town',
  'email_business',
  'email_private',
] as const satisfies readonly (keyof MemberRow)[]

const join = (...parts: Array<string | null>) => foldForSearch(parts.filter(Boolean).join(' '))

function searchRow(m: IndexedColumns) {
  return {
    rowid: m.id,
    names: join(m.first_name, m.last_name, m.name_affix, m.partner_name),
    organisation: join(m.organisation_name, m.company),
    classification: join(m.classification),
    town: join(m.business_town, m.private_town),
    email: join(m.email_business, m.email_private),
    number: m.member_number.toLowerCase(),
  }
}

export function sortKeys(m: Parameters<typeof sortName>[0]): {
  sort_key_de: string
  sort_key_en: string
} {
  const name = sortName(m)
  return { sort_key_de: sortKeyGerman(name), sort_key_en: sortKeyEnglish(name) }
}

/** Re-indexes the given members (after they were written); call inside the writing transaction. */
export async function indexMembers(db: Kysely<Database>, ids: readonly number[]): Promise<void> {
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500)
    const rows = await db
      .selectFrom('member')
      .select(indexedColumns)
      .where('id', 'in', chunk)
      .execute()
    await db.deleteFrom('member_search').where('rowid', 'in', chunk).execute()
    if (rows.length > 0) await db.insertInto('member_search').values(rows.map(searchRow)).execute()
  }
}

export async function unindexMember(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('member_search').where('rowid', '=', id).execute()
}

/** Recomputes every sort key and the whole search index, in one transaction. */
export async function rebuildSearchIndex(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`delete from member_search`.execute(trx)
    const rows = await trx.selectFrom('member').select(indexedColumns).execute()
    for (let start = 0; start < rows.length; start += 500) {
      const chunk = rows.slice(start, start + 500)
      await trx.insertInto('member_search').values(chunk.map(searchRow)).execute()
    }
    // One UPDATE per member would take seconds at 100,000 rows; a temp table makes it one join.
    await sql`create temp table if not exists sort_keys (id integer primary key, de text, en text)`.execute(
      trx,
    )
    await sql`delete from temp.sort_keys`.execute(trx)
    for (let start = 0; start < rows.length; start += 500) {
      const values = rows.slice(start, start + 500).map((m) => {
        const keys = sortKeys(m)
        return sql`(${m.id}, ${keys.sort_key_de}, ${keys.sort_key_en})`
      })
      await sql`insert into temp.sort_keys (id, de, en) values ${sql.join(values)}`.execute(trx)
    }
    await sql`update member set sort_key_de = k.de, sort_key_en = k.en
      from temp.sort_keys as k where k.id = member.id`.execute(trx)
    await sql`drop table temp.sort_keys`.execute(trx)
    await trx.updateTable('club').set({ search_index_version: searchIndexVersion }).execute()
  })
}

export async function ensureSearchIndex(db: Kysely<Database>): Promise<void> {
  const club = await db.selectFrom('club').select('search_index_version').executeTakeFirst()
  if (club !== undefined && club.search_index_version < searchIndexVersion)
    await rebuildSearchIndex(db)
}
