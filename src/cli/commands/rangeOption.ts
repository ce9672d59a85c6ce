import type { Kysely } from 'kysely'
import * as v from 'valibot'
import type { DateRange } from '../../api/meetings.ts'
import { DateSchema } from '../../api/members.ts'
import { clubYearOf } from '../../api/clubYear.ts'
import { localToday, type Clock } from '../../core/clock.ts'
import type { Database } from '../../core/db/schema.ts'
import type { CommandContext } from '../main.ts'
import { optionValue } from './options.ts'

/** `--from` and `--to`; what is left out is the current club year's first or last day. */
export async function rangeOption(
  ctx: CommandContext,
  db: Kysely<Database>,
  clock: Clock,
): Promise<DateRange> {
  const from = optionValue(ctx, 'from', v.optional(DateSchema))
  const to = optionValue(ctx, 'to', v.optional(DateSchema))
  if (from !== undefined && to !== undefined) return { from, to }
  const club = await db.selectFrom('club').select('year_start_month').executeTakeFirstOrThrow()
  const year = clubYearOf(localToday(clock), club.year_start_month)
  return { from: from ?? year.start, to: to ?? year.end }
}
