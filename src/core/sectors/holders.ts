import type { Kysely } from 'kysely'
import type { Locale } from '../../api/club.ts'
import type { MemberRef, MemberStatus } from '../../api/members.ts'
import type { Database } from '../db/schema.ts'
import { refColumns, toRef } from '../members/memberRef.ts'

export interface Holder {
  readonly ref: MemberRef
  readonly sectorId: number
}

/** Members with one of `statuses` whose primary sector is one of `sectorIds`, sorted by name. */
export async function holdersBySector(
  db: Kysely<Database>,
  sectorIds: readonly number[],
  statuses: readonly MemberStatus[],
  locale: Locale,
): Promise<Holder[]> {
  if (sectorIds.length === 0) return []
  const rows = await db
    .selectFrom('member')
    .select([...refColumns, 'sector_id'])
    .where('status', 'in', statuses)
    .where('sector_id', 'in', sectorIds)
    .orderBy(locale === 'de' ? 'sort_key_de' : 'sort_key_en')
    .orderBy('id')
    .execute()
  return rows.map((r) => ({ ref: toRef(r), sectorId: r.sector_id as number }))
}

/** How many members other than `exceptId` hold one of `sectorIds` with one of `statuses`. */
export async function countHolders(
  db: Kysely<Database>,
  sectorIds: readonly number[],
  statuses: readonly MemberStatus[],
  exceptId: number | null,
): Promise<number> {
  let query = db
    .selectFrom('member')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', statuses)
    .where('sector_id', 'in', sectorIds)
  if (exceptId !== null) query = query.where('id', '!=', exceptId)
  const row = await query.executeTakeFirstOrThrow()
  return Number(row.n)
}
