import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Database } from '../db/schema.ts'
import { sortName } from './displayName.ts'
import { sortKeyEnglish, sortKeyGerman } from './fold.ts'

/**
 * Bump when the fold or the indexed columns change: the next open of any file with a lower
 * `search_index_version` rebuilds sort keys and the search index from the member rows.
 */
export const searchIndexVersion = 1

// The fold runs inside SQLite through the functions every Kreis connection registers
// (see db/connection.ts), so indexing 100,000 members is one statement, not 100,000.
const joined = (...columns: string[]) =>
  sql.raw(`kreis_fold(concat_ws(' ', ${columns.join(', ')}))`)

const indexedValues = sql`
  select id,
    ${joined('first_name', 'last_name', 'name_affix', 'partner_name')},
    ${joined('organisation_name', 'company')},
    ${joined('classification')},
    ${joined('business_town', 'private_town')},
    ${joined('email_business', 'email_private')},
    lower(member_number),
    case status when 'former' then 'former' else 'current' end
  from member`

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

function insertIndex(where: RawBuilder<unknown>) {
  return sql`insert into member_search (rowid, names, organisation, classification, town, email, number, state)
    ${indexedValues} ${where}`
}

/**
 * Re-indexes the given members (after they were written); call inside the writing transaction.
 * `added`: the members are new, so there is nothing to remove first (a contentless FTS5 delete
 * is not free, and an import adds tens of thousands).
 */
export async function indexMembers(
  db: Kysely<Database>,
  ids: readonly number[],
  added = false,
): Promise<void> {
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500)
    if (!added) await db.deleteFrom('member_search').where('rowid', 'in', chunk).execute()
    await insertIndex(sql`where id in (${sql.join(chunk)})`).execute(db)
  }
}

/** Recomputes every sort key and the whole search index, in one transaction. */
export async function rebuildSearchIndex(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`delete from member_search`.execute(trx)
    await insertIndex(sql``).execute(trx)
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
