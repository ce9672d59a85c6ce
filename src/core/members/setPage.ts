import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'
import type { MemberSet } from './memberSets.ts'

export type SortColumn =
  'sort_key_de' | 'sort_key_en' | 'member_number' | 'join_date' | 'business_town' | 'status'

interface Page {
  readonly descending: boolean
  readonly offset: number
  readonly limit: number
}

/** Sort columns with an index ending in the id, whose keys are never null: these can be walked. */
const walkable: ReadonlySet<SortColumn> = new Set([
  'sort_key_de',
  'sort_key_en',
  'member_number',
  'status',
])

/**
 * The ids of one page of a set, in sort order. When the set is a large share of the roster,
 * walking the sort index and testing each member against it reaches a page after a few
 * hundred rows; sorting 40,000 matches would take longer than the search itself.
 */
export async function pageOfSet(
  db: Kysely<Database>,
  set: MemberSet,
  column: SortColumn,
  page: Page,
): Promise<number[]> {
  if (page.offset >= set.size) return []
  const direction = page.descending ? 'desc' : 'asc'
  if (walkable.has(column)) {
    const { last } = await db
      .selectFrom('member')
      .select((eb) => eb.fn.max('id').as('last'))
      .executeTakeFirstOrThrow()
    // Roughly how many members are read per member of the set on the walk.
    const spacing = Math.max(1, Number(last ?? 0) / set.size)
    const walked = (page.offset + page.limit) * spacing
    // A walked row costs about half what a sorted one does.
    if (walked < 2 * set.size) return walk(db, set, column, page, spacing)
  }
  const rows = await db
    .selectFrom('member')
    .select('id')
    .where('id', 'in', sql<number>`(select value from json_each(${set.json()}))`)
    .orderBy(sql.ref(column), direction)
    .orderBy('id', direction)
    .limit(page.limit)
    .offset(page.offset)
    .execute()
  return rows.map((r) => r.id)
}

const minChunk = 200
const maxChunk = 20_000

async function walk(
  db: Kysely<Database>,
  set: MemberSet,
  column: SortColumn,
  { descending, offset, limit }: Page,
  spacing: number,
): Promise<number[]> {
  const direction = descending ? 'desc' : 'asc'
  const beyond = sql.raw(descending ? '<' : '>')
  const found: number[] = []
  let skipped = 0
  let after: { key: unknown; id: number } | null = null
  for (;;) {
    const missing = offset + limit - skipped - found.length
    // A quarter more than the estimate, so that one chunk is usually enough.
    const size = Math.min(maxChunk, Math.max(minChunk, Math.ceil(missing * spacing * 1.25)))
    let chunk = db.selectFrom('member').select('id')
    if (after !== null) {
      // Keyset paging on (key, id), the order of the index, so every chunk starts where the
      // last one ended without counting its way there.
      chunk = chunk.where(
        sql<boolean>`(${sql.ref(column)}, id) ${beyond} (${after.key}, ${after.id})`,
      )
    }
    const rows = await chunk
      .orderBy(sql.ref(column), direction)
      .orderBy('id', direction)
      .limit(size)
      .execute()
    for (const { id } of rows) {
      if (!set.has(id)) continue
      if (skipped < offset) skipped += 1
      else if (found.push(id) === limit) return found
    }
    const last = rows[rows.length - 1]
    if (last === undefined || rows.length < size) return found
    const { key } = await db
      .selectFrom('member')
      .select(sql.ref(column).as('key'))
      .where('id', '=', last.id)
      .executeTakeFirstOrThrow()
    after = { key, id: last.id }
  }
}
