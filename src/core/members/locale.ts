import type { Kysely } from 'kysely'
import type { Locale } from '../../api/club.ts'
import type { Database } from '../db/schema.ts'

/** Lists sort and name things in the club's language. */
export async function memberLocale(db: Kysely<Database>): Promise<Locale> {
  const club = await db.selectFrom('club').select('locale').executeTakeFirst()
  return club?.locale ?? 'de'
}
