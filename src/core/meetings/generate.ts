import type { Kysely } from 'kysely'
import type { DateRange, GenerateResult } from '../../api/meetings.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import { bulkInsert } from '../db/bulkInsert.ts'
import type { Database } from '../db/schema.ts'
import { inTransaction } from '../db/transaction.ts'
import { parseStringList } from './meetingRows.ts'
import { checkRange, generateYears } from './range.ts'
import { getSeriesRow } from './series.ts'
import { seriesDates, seriesSlots } from './seriesDates.ts'

export interface GenerateInput extends DateRange {
  readonly seriesId: number
}

/**
 * Makes the series' meetings from `from` to `to` in one transaction. A slot that has a
 * meeting already — also one moved to another day or cancelled, which keeps its slot in
 * `series_date` — is left alone, so generating twice (or after a change) never doubles a
 * meeting or brings back a cancelled one.
 */
export async function generateMeetings(
  db: Kysely<Database>,
  input: GenerateInput,
  clock: Clock,
): Promise<GenerateResult> {
  checkRange(input.from, input.to, generateYears)
  return inTransaction(db, async (trx) => {
    const series = await getSeriesRow(trx, input.seriesId)
    const pattern = {
      weekday: series.weekday,
      interval: series.interval,
      nth: series.nth,
      startDate: series.start_date,
      endDate: series.end_date,
      skipDates: parseStringList(series.skip_dates),
    }
    const slots = seriesSlots(pattern, input.from, input.to)
    const taken = await trx
      .selectFrom('meeting')
      .select('series_date')
      .where('series_id', '=', series.id)
      .where('series_date', '>=', input.from)
      .where('series_date', '<=', input.to)
      .execute()
    const kept = new Set(taken.map((row) => row.series_date))
    const now = isoTimestamp(clock)
    const fresh = seriesDates(pattern, input.from, input.to).filter((date) => !kept.has(date))
    const columns = [
      'series_id',
      'series_date',
      'date',
      'start_time',
      'end_time',
      'place',
      'type',
      'created_at',
      'updated_at',
    ] as const
    await bulkInsert(
      trx,
      'meeting',
      columns,
      fresh.map((date) => ({
        series_id: series.id,
        series_date: date,
        date,
        start_time: series.start_time,
        end_time: series.end_time,
        place: series.place,
        type: series.type,
        created_at: now,
        updated_at: now,
      })),
    )
    const keptCount = slots.filter((date) => kept.has(date)).length
    return {
      created: fresh.length,
      kept: keptCount,
      skipped: slots.length - keptCount - fresh.length,
    }
  })
}
