import { sql, type Kysely } from 'kysely'
import { bulkInsertFullText } from '../db/bulkInsert.ts'
import type { Database, MemberRow, MemberSearchTable } from '../db/schema.ts'
import { sortName } from './displayName.ts'
import { foldForSearch, sortKeyEnglish, sortKeyGerman } from './fold.ts'

/**
 * Bump when the fold or the indexed columns change: the next open of any file with a lower
 * `search_index_version` rebuilds sort keys and the search index from the member rows.
 * 2: the state column holds `formerToken` for former members and nothing for the others.
 * 3: Ł, Ø, Đ, Æ, Œ, Þ and the like fold to their base letters.
 */
export const searchIndexVersion = 3

/**
 * The state column's one token, for former members only. It starts with a private-use
 * character, which the tokenizer keeps inside a token but `searchQuery` never produces, so
 * nothing a person types matches it: a search for "c" or "f" once found every member through
 * "current" or "former".
 */
const formerToken = '\uE000former'

/** The search without former members, left out by the index itself. */
export function withoutFormer(match: string): string {
  return `(${match}) NOT state:"${formerToken}"`
}

/** The member columns the search index is made from. */
const indexedColumns = [
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
  'member_number',
  'status',
] as const
type Indexed = Pick<MemberRow, (typeof indexedColumns)[number]>

const searchColumns = [
  'rowid',
  'names',
  'organisation',
  'classification',
  'town',
  'email',
  'number',
  'state',
] as const

const joined = (...values: (string | null)[]): string =>
  values.filter((value) => value !== null).join(' ')

// The fold works character by character, so a member's fields go through it as one text,
// apart by a character that no field holds and the fold keeps: one call instead of six.
const apart = '\u0000'

/**
 * One member's row in the search index. It is made here rather than by a function SQLite
 * calls back: a call from SQLite into JavaScript costs more than the fold itself.
 */
function searchRow(id: number, m: Indexed): MemberSearchTable {
  const fields = [
    joined(m.first_name, m.last_name, m.name_affix, m.partner_name),
    joined(m.organisation_name, m.company),
    joined(m.classification),
    joined(m.business_town, m.private_town),
    joined(m.email_business, m.email_private),
    m.member_number,
  ]
  const [names = '', organisation = '', classification = '', town = '', email = '', number = ''] =
    fields.some((field) => field.includes(apart))
      ? fields.map(foldForSearch)
      : foldForSearch(fields.join(apart)).split(apart)
  const state = m.status === 'former' ? formerToken : ''
  return { rowid: id, names, organisation, classification, town, email, number, state }
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

/**
 * Re-indexes the given members (after they were written); call inside the writing transaction.
 * `added`: the members are new, so there is nothing to remove first (a contentless FTS5 delete
 * is not free).
 */
export async function indexMembers(
  db: Kysely<Database>,
  ids: readonly number[],
  added = false,
): Promise<void> {
  const rows: MemberSearchTable[] = []
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500)
    if (!added) await db.deleteFrom('member_search').where('rowid', 'in', chunk).execute()
    const members = await db
      .selectFrom('member')
      .select(['id', ...indexedColumns])
      .where('id', 'in', chunk)
      .execute()
    for (const m of members) rows.push(searchRow(m.id, m))
  }
  await bulkInsertFullText(db, 'member_search', searchColumns, rows)
}

/** Indexes members just inserted with these ids and rows, without reading them back. */
export async function indexNewMembers(
  db: Kysely<Database>,
  ids: readonly number[],
  members: readonly Indexed[],
): Promise<void> {
  const rows = members.map((m, i) => searchRow(ids[i] as number, m))
  await bulkInsertFullText(db, 'member_search', searchColumns, rows)
}

/** Recomputes every sort key and the whole search index, in one transaction. */
export async function rebuildSearchIndex(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`delete from member_search`.execute(trx)
    const members = await trx
      .selectFrom('member')
      .select(['id', ...indexedColumns])
      .execute()
    await bulkInsertFullText(
      trx,
      'member_search',
      searchColumns,
      members.map((m) => searchRow(m.id, m)),
    )
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
