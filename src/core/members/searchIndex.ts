import { sql, type Kysely } from 'kysely'
import { bulkInsertFullText } from '../db/bulkInsert.ts'
import type { Database, MemberRow } from '../db/schema.ts'
import { sortName } from './displayName.ts'
import {
  foldAllForSearch,
  foldForSearch,
  sortKeyEnglish,
  sortKeyGerman,
  sortKeysOf,
} from './fold.ts'
import { foldOnThread } from './foldThread.ts'

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

/** Two texts with a space between, where both are there. */
const spaced = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : `${a} ${b}`

/** From this many members on, their texts fold on a worker thread beside the writing. */
const foldOnThreadFrom = 10_000

// Parts a member's text in the search index into its columns; the fold keeps it as it is.
const apart = '\u0000'
/** The columns `apart` parts a member's text into: names … number. */
const textsPerMember = 6

/** A member's texts in the search index, in `searchColumns` order after `rowid`. */
function searchFields(m: Indexed): string[] {
  const names = spaced(spaced(spaced(m.first_name, m.last_name), m.name_affix), m.partner_name)
  return [
    names ?? '',
    spaced(m.organisation_name, m.company) ?? '',
    m.classification ?? '',
    spaced(m.business_town, m.private_town) ?? '',
    spaced(m.email_business, m.email_private) ?? '',
    m.member_number,
  ]
}

/**
 * Each member's search texts as one text, apart by `apart`: one string to fold and to hand to
 * a thread instead of six, since each string costs more to pass than its letters.
 */
function searchTexts(members: readonly Indexed[]): string[] {
  return members.map((m) => searchFields(m).join(apart))
}

/**
 * The members' rows in the search index, from their folded texts, as values one after the
 * other in `searchColumns` order. They are made here rather than by a function SQLite calls
 * back: a call from SQLite into JavaScript costs more than the fold itself.
 */
function searchValues(
  ids: readonly number[],
  members: readonly Indexed[],
  folded: readonly string[] = foldAllForSearch(searchTexts(members)),
): (string | number)[] {
  const values: (string | number)[] = []
  members.forEach((m, index) => {
    let fields = (folded[index] as string).split(apart)
    // A field that holds the separator itself: this member's fields are folded one by one.
    if (fields.length !== textsPerMember) fields = searchFields(m).map(foldForSearch)
    values.push(ids[index] as number, ...fields, m.status === 'former' ? formerToken : '')
  })
  return values
}

/**
 * Starts the fold of the search texts of members about to be written, for `indexNewMembers`:
 * for an import, on a thread of its own while their rows are written.
 */
export function foldSearchTexts(members: readonly Indexed[]): Promise<string[]> {
  const texts = searchTexts(members)
  return members.length >= foldOnThreadFrom
    ? foldOnThread(texts)
    : Promise.resolve(foldAllForSearch(texts))
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
  const values: (string | number)[] = []
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500)
    if (!added) await db.deleteFrom('member_search').where('rowid', 'in', chunk).execute()
    const members = await db
      .selectFrom('member')
      .select(['id', ...indexedColumns])
      .where('id', 'in', chunk)
      .execute()
    values.push(
      ...searchValues(
        members.map((m) => m.id),
        members,
      ),
    )
  }
  await bulkInsertFullText(db, 'member_search', searchColumns, values)
}

/**
 * Indexes members just inserted with these ids and rows, without reading them back, from the
 * texts `foldSearchTexts` folded for them.
 */
export async function indexNewMembers(
  db: Kysely<Database>,
  ids: readonly number[],
  members: readonly Indexed[],
  folded: readonly string[],
): Promise<void> {
  const values = searchValues(ids, members, folded)
  await bulkInsertFullText(db, 'member_search', searchColumns, values)
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
      searchValues(
        members.map((m) => m.id),
        members,
      ),
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
