import type { Kysely } from 'kysely'
import type { DateRange } from '../../api/meetings.ts'
import type { Database } from '../db/schema.ts'

/** All closed business of the chapter in a period, in cents: the one figure everyone may see. */
export async function chapterTyfcbCents(db: Kysely<Database>, range: DateRange): Promise<number> {
  const row = await db
    .selectFrom('tyfcb')
    .select((eb) => eb.fn.sum<number | null>('amount_cents').as('cents'))
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .executeTakeFirstOrThrow()
  return Number(row.cents ?? 0)
}
