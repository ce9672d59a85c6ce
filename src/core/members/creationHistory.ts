import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'

/**
 * The history's first entry for each new member, in one statement: the entries differ in the
 * member id alone, so 100,000 of them need not cross from JavaScript value by value.
 */
export async function recordCreation(
  db: Kysely<Database>,
  ids: readonly number[],
  status: string,
  at: string,
): Promise<void> {
  if (ids.length === 0) return
  await sql`insert into member_history (member_id, at, action, field, old_value, new_value, note)
    select value, ${at}, 'created', 'status', null, ${status}, null
    from json_each(${JSON.stringify(ids)})`.execute(db)
}
