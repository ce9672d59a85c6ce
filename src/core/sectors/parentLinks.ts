import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'

/** `[sector id, parent id]` pairs, null making a root. */
export type ParentLink = readonly [number, number | null]

/** Sets many parents in one statement: a whole taxonomy is linked after its bulk insert. */
export async function setParents(
  db: Kysely<Database>,
  links: readonly ParentLink[],
): Promise<void> {
  if (links.length === 0) return
  // One JSON parameter whatever the number of links: SQLite caps bound parameters.
  await sql`update sector set parent_id = json_extract(link.value, '$[1]')
    from json_each(${JSON.stringify(links)}) as link
    where sector.id = json_extract(link.value, '$[0]')`.execute(db)
}
