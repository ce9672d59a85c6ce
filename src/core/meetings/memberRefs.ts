import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { MemberRef } from '../../api/members.ts'
import { idList } from '../db/idList.ts'
import type { Database } from '../db/schema.ts'
import { memberLocale } from '../members/locale.ts'
import { refColumns, toRef } from '../members/memberRef.ts'

/** The members named by `ids`, each read once. */
export async function memberRefs(
  db: Kysely<Database>,
  ids: Iterable<number>,
): Promise<Map<number, MemberRef>> {
  const wanted = [...new Set(ids)]
  if (wanted.length === 0) return new Map()
  const rows = await db
    .selectFrom('member')
    .select(refColumns)
    .where('id', 'in', idList(wanted))
    .execute()
  return new Map(rows.map((row) => [row.id, toRef(row)]))
}

/** The members of an entry; the first one that does not exist is named by its id. */
export async function requireMembers(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<Map<number, MemberRef>> {
  const refs = await memberRefs(db, ids)
  const missing = ids.find((id) => !refs.has(id))
  if (missing !== undefined) throw new KreisError('attendance.memberNotFound', { id: missing })
  return refs
}

/** The ref of a member known to exist (read with `memberRefs` from the same rows). */
export function refOf(refs: ReadonlyMap<number, MemberRef>, id: number): MemberRef {
  const ref = refs.get(id)
  if (ref === undefined) throw new KreisError('attendance.memberNotFound', { id })
  return ref
}

/** The sort key of the club's language: DIN 5007-2 for German clubs. */
export async function sortKeyColumn(db: Kysely<Database>): Promise<'sort_key_de' | 'sort_key_en'> {
  return (await memberLocale(db)) === 'de' ? 'sort_key_de' : 'sort_key_en'
}

/** The members named by `ids` in the club language's name order, as the reports list them. */
export async function sortedRefs(
  db: Kysely<Database>,
  ids: Iterable<number>,
): Promise<MemberRef[]> {
  const wanted = [...new Set(ids)]
  if (wanted.length === 0) return []
  const sortKey = await sortKeyColumn(db)
  const rows = await db
    .selectFrom('member')
    .select([...refColumns, sortKey])
    .where('id', 'in', idList(wanted))
    .orderBy(sortKey)
    .orderBy('id')
    .execute()
  return rows.map(toRef)
}
