import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import type { CustomFieldInfo } from './targets.ts'

/** The club's active custom fields, in their form order. */
export async function loadCustomFields(db: Kysely<Database>): Promise<CustomFieldInfo[]> {
  const rows = await db
    .selectFrom('custom_field')
    .select(['key', 'label', 'type', 'options'])
    .where('active', '=', 1)
    .orderBy('sort_order')
    .orderBy('id')
    .execute()
  return rows.map((row) => ({ ...row, options: parseOptions(row.options) }))
}

function parseOptions(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json)
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []
  } catch {
    return []
  }
}
