import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'

/** The roles migration 0002 puts into every club file; the demo staffs them. */
export const standardRoleKeys = [
  'president',
  'president_elect',
  'vice_president',
  'past_president',
  'secretary',
  'treasurer',
  'sergeant_at_arms',
  'club_service',
  'community_service',
  'international_service',
  'youth_service',
  'foundation',
] as const

export type StandardRoleKey = (typeof standardRoleKeys)[number]

export async function standardRoleIds(
  db: Kysely<Database>,
): Promise<ReadonlyMap<StandardRoleKey, number>> {
  const keys: readonly string[] = standardRoleKeys
  const rows = await db.selectFrom('role').select(['id', 'key']).where('key', 'in', keys).execute()
  const ids = new Map<StandardRoleKey, number>()
  for (const row of rows) {
    const key = standardRoleKeys.find((k) => k === row.key)
    if (key !== undefined) ids.set(key, row.id)
  }
  return ids
}
