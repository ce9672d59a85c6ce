import { sql, type Kysely, type SelectQueryBuilder } from 'kysely'
import type { Database } from '../db/schema.ts'

/** A set of members (a search's matches, a filter's result) as ascending ids. */
export class MemberSet {
  readonly ids: Int32Array
  #bits: Uint32Array | undefined

  constructor(ids: Int32Array) {
    this.ids = ids
  }

  get size(): number {
    return this.ids.length
  }

  has(id: number): boolean {
    // One bit per id up to the largest: 12.5 kB for a chamber, built on first use.
    if (this.#bits === undefined) {
      const bits = new Uint32Array(((this.ids[this.ids.length - 1] ?? 0) >>> 5) + 1)
      for (const member of this.ids) {
        bits[member >>> 5] = (bits[member >>> 5] ?? 0) | (1 << (member & 31))
      }
      this.#bits = bits
    }
    return (((this.#bits[id >>> 5] ?? 0) >>> (id & 31)) & 1) === 1
  }

  intersect(other: MemberSet): MemberSet {
    const [small, large] = this.size <= other.size ? [this, other] : [other, this]
    return new MemberSet(small.ids.filter((id) => large.has(id)))
  }

  /** The ids as a JSON array, for `json_each` when SQLite has to sort or filter them. */
  json(): string {
    return `[${this.ids.join(',')}]`
  }
}

interface Cache {
  readonly stamp: string
  readonly sets: Map<string, MemberSet>
  held: number
}

// Recent sets of a session (a town typed again, a page scrolled to) stay answered from
// memory; a bound on the ids held keeps that to a few megabytes even at chamber size.
const keptSets = 64
const keptIds = 1_000_000
const caches = new WeakMap<Kysely<Database>, Cache>()

/**
 * The set `key` names, found once and kept per connection until anything is written:
 * scrolling through a broad result or typing back to an earlier text then costs a look-up
 * instead of another pass over the search index.
 */
export async function keptSet(
  db: Kysely<Database>,
  key: string,
  find: () => Promise<MemberSet>,
): Promise<MemberSet> {
  const stamp = await dataStamp(db)
  let cache = caches.get(db)
  if (cache?.stamp !== stamp) {
    cache = { stamp, sets: new Map(), held: 0 }
    caches.set(db, cache)
  }
  const cached = cache.sets.get(key)
  if (cached !== undefined) {
    // Map order doubles as recency order.
    cache.sets.delete(key)
    cache.sets.set(key, cached)
    return cached
  }
  const set = await find()
  cache.sets.set(key, set)
  cache.held += set.size
  for (const [oldKey, oldest] of cache.sets) {
    if (cache.sets.size <= keptSets && cache.held <= keptIds) break
    cache.sets.delete(oldKey)
    cache.held -= oldest.size
  }
  return set
}

/**
 * Moves with every write: total_changes() with this connection's, data_version with any other
 * connection's commits.
 */
async function dataStamp(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ changes: number; version: number }>`select
    total_changes() as changes, (select data_version from pragma_data_version) as version`.execute(
    db,
  )
  const row = rows[0]
  return row === undefined ? '' : `${row.changes}/${row.version}`
}

/** The members a full-text query (see fold.ts `searchQuery`) matches. */
export async function searchMatches(db: Kysely<Database>, fullText: string): Promise<MemberSet> {
  const { rows } = await sql<{ ids: string | null }>`select group_concat(rowid) as ids
    from member_search where member_search match ${fullText}`.execute(db)
  return new MemberSet(parseIds(rows[0]?.ids ?? null))
}

/** The ids a query over members selects. */
export async function selectedMembers(
  db: Kysely<Database>,
  members: SelectQueryBuilder<Database, 'member', object>,
): Promise<MemberSet> {
  const { ids } = await db
    .selectFrom(members.select('id').as('selected'))
    .select(sql<string | null>`group_concat(selected.id)`.as('ids'))
    .executeTakeFirstOrThrow()
  return new MemberSet(parseIds(ids))
}

const comma = 44
const zero = 48

/**
 * Ids arrive as one comma-separated text: tens of thousands of them cross from SQLite to
 * JavaScript in half the time they take as rows.
 */
function parseIds(text: string | null): Int32Array {
  if (text === null || text === '') return new Int32Array(0)
  let count = 1
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === comma) count++
  const ids = new Int32Array(count)
  let index = 0
  let id = 0
  let ascending = true
  for (let i = 0; i <= text.length; i++) {
    const code = i === text.length ? comma : text.charCodeAt(i)
    if (code !== comma) {
      id = id * 10 + code - zero
      continue
    }
    if (index > 0 && id <= (ids[index - 1] ?? 0)) ascending = false
    ids[index++] = id
    id = 0
  }
  // The search index hands out rowids in ascending order; a filter may not.
  return ascending ? ids : ids.sort()
}
