import type { Kysely } from 'kysely'
import type { Database, RoleTable } from '../db/schema.ts'

export interface StandardRole {
  readonly key: string
  readonly nameDe: string
  readonly nameEn: string
  readonly kind: RoleTable['kind']
}

const role = (key: string, nameDe: string, nameEn: string, kind: RoleTable['kind']) =>
  ({ key, nameDe, nameEn, kind }) as const

/** The offices of a Rotary club, board first; the order is the order lists show them in. */
export const standardRoles = [
  role('president', 'Präsident(in)', 'President', 'board'),
  role('president_elect', 'Designierte(r) Präsident(in)', 'President-elect', 'board'),
  role('vice_president', 'Vizepräsident(in)', 'Vice President', 'board'),
  role('secretary', 'Sekretär(in)', 'Secretary', 'board'),
  role('treasurer', 'Schatzmeister(in)', 'Treasurer', 'board'),
  role('past_president', 'Past President', 'Past President', 'board'),
  role('sergeant_at_arms', 'Sergeant-at-Arms', 'Sergeant-at-Arms', 'board'),
  role('club_service', 'Clubdienst', 'Club Service', 'committee'),
  role('community_service', 'Gemeindienst', 'Community Service', 'committee'),
  role('youth_service', 'Jugenddienst', 'Youth Service', 'committee'),
  role('international_service', 'Internationaler Dienst', 'International Service', 'committee'),
  role('foundation', 'Foundation-Beauftragte(r)', 'Foundation Chair', 'committee'),
] as const satisfies readonly StandardRole[]

export type StandardRoleKey = (typeof standardRoles)[number]['key']

/**
 * Adds the standard roles a club does not have yet (matched by key, so running it twice is
 * harmless) and returns every standard role's id.
 */
export async function insertStandardRoles(
  db: Kysely<Database>,
): Promise<ReadonlyMap<StandardRoleKey, number>> {
  await db
    .insertInto('role')
    .values(
      standardRoles.map((r, index) => ({
        key: r.key,
        name_de: r.nameDe,
        name_en: r.nameEn,
        kind: r.kind,
        sort_order: (index + 1) * 10,
        active: 1,
      })),
    )
    .onConflict((conflict) => conflict.column('key').doNothing())
    .execute()
  const keys: readonly string[] = standardRoles.map((r) => r.key)
  const rows = await db.selectFrom('role').select(['id', 'key']).where('key', 'in', keys).execute()
  const ids = new Map<StandardRoleKey, number>()
  for (const row of rows) {
    const known = standardRoles.find((r) => r.key === row.key)
    if (known !== undefined) ids.set(known.key, row.id)
  }
  return ids
}
