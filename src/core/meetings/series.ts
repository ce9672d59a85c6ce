import type { Kysely, Selectable } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { MeetingSeries, SeriesInput } from '../../api/meetings.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { MeetingSeriesTable } from '../db/meetingSchema.ts'
import type { Database } from '../db/schema.ts'
import { inTransaction } from '../db/transaction.ts'
import { parseStringList } from './meetingRows.ts'
import { listYears } from './range.ts'

export type SeriesRow = Selectable<MeetingSeriesTable>

function toSeries(row: SeriesRow, meetingCount: number): MeetingSeries {
  return {
    id: row.id,
    name: row.name,
    weekday: row.weekday,
    interval: row.interval,
    nth: row.nth,
    startTime: row.start_time,
    endTime: row.end_time,
    place: row.place,
    type: row.type,
    startDate: row.start_date,
    endDate: row.end_date,
    skipDates: parseStringList(row.skip_dates),
    meetingCount,
  }
}

/** The club's series by name, each with how many meetings it has made so far. */
export async function listSeries(db: Kysely<Database>): Promise<MeetingSeries[]> {
  const rows = await db
    .selectFrom('meeting_series')
    .selectAll()
    .orderBy('name')
    .orderBy('id')
    .execute()
  const counts = await db
    .selectFrom('meeting')
    .select(['series_id', (eb) => eb.fn.countAll<number>().as('meetings')])
    .where('series_id', 'is not', null)
    .groupBy('series_id')
    .execute()
  const byId = new Map(counts.map((count) => [count.series_id, Number(count.meetings)]))
  return rows.map((row) => toSeries(row, byId.get(row.id) ?? 0))
}

export async function getSeriesRow(db: Kysely<Database>, id: number): Promise<SeriesRow> {
  const row = await db
    .selectFrom('meeting_series')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  if (row === undefined) throw new KreisError('meeting.seriesNotFound', { id })
  return row
}

/** An end that is given must not lie before the start (`HH:MM` compares as text). */
export function checkTimes(startTime: string, endTime: string): void {
  if (endTime !== '' && endTime < startTime) {
    throw new KreisError('meeting.endBeforeStart', { start: startTime, end: endTime })
  }
}

function checkSeries(input: SeriesInput): void {
  checkTimes(input.startTime, input.endTime)
  if (input.interval === 'monthly' && input.nth === null) {
    throw new KreisError('meeting.nthNeeded', {})
  }
  if (input.endDate !== '' && input.endDate < input.startDate) {
    throw new KreisError('meeting.range', {
      from: input.startDate,
      to: input.endDate,
      years: listYears,
    })
  }
}

/**
 * Adds or changes a series. Meetings made from it before stay as they are: a changed time or
 * place applies to the meetings generated from then on.
 */
export async function saveSeries(
  db: Kysely<Database>,
  input: SeriesInput,
  clock: Clock,
): Promise<MeetingSeries[]> {
  checkSeries(input)
  const values = {
    name: input.name,
    weekday: input.weekday,
    interval: input.interval,
    // Only a monthly series meets on an n-th weekday; a leftover from switching is dropped.
    nth: input.interval === 'monthly' ? input.nth : null,
    start_time: input.startTime,
    end_time: input.endTime,
    place: input.place,
    type: input.type,
    start_date: input.startDate,
    end_date: input.endDate,
    skip_dates: JSON.stringify([...new Set(input.skipDates)].sort()),
  }
  await inTransaction(db, async (trx) => {
    if (input.id === null) {
      await trx
        .insertInto('meeting_series')
        .values({ ...values, created_at: isoTimestamp(clock) })
        .execute()
    } else {
      await getSeriesRow(trx, input.id)
      await trx.updateTable('meeting_series').set(values).where('id', '=', input.id).execute()
    }
  })
  return listSeries(db)
}
