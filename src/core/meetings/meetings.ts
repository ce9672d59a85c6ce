import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { Meeting, MeetingInput, MeetingStatus, MeetingSummary } from '../../api/meetings.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { inTransaction } from '../db/transaction.ts'
import { meetingCounts } from './meetingCounts.ts'
import { getMeeting, getMeetingRow, messageDate, toMeeting } from './meetingRows.ts'
import { checkRange, listYears } from './range.ts'
import { checkTimes } from './series.ts'

export interface MeetingQuery {
  readonly from: string
  readonly to: string
  /** Cancelled meetings are listed unless asked not to (the list shows them struck out). */
  readonly includeCancelled?: boolean
}

/** The meetings of a period by day and start time, with their roll-call counts. */
export async function listMeetings(
  db: Kysely<Database>,
  query: MeetingQuery,
): Promise<MeetingSummary[]> {
  checkRange(query.from, query.to, listYears)
  let select = db
    .selectFrom('meeting')
    .selectAll()
    .where('date', '>=', query.from)
    .where('date', '<=', query.to)
  if (query.includeCancelled === false) select = select.where('status', '=', 'scheduled')
  const rows = await select.orderBy('date').orderBy('start_time').orderBy('id').execute()
  const counts = await meetingCounts(
    db,
    rows.map((row) => row.id),
  )
  return rows.map((row) => {
    const count = counts.get(row.id)
    return {
      ...toMeeting(row),
      rollCallTaken: count?.rollCallTaken ?? false,
      attended: count?.attended ?? 0,
      expected: count?.expected ?? 0,
      guests: count?.guests ?? 0,
    }
  })
}

/**
 * Adds a single meeting (outside any series) or changes one. A meeting of a series moved to
 * another day keeps its slot (`series_date`), so generating the series again leaves it moved.
 */
export async function saveMeeting(
  db: Kysely<Database>,
  input: MeetingInput,
  clock: Clock,
): Promise<Meeting> {
  checkTimes(input.startTime, input.endTime)
  const now = isoTimestamp(clock)
  const values = {
    date: input.date,
    start_time: input.startTime,
    end_time: input.endTime,
    place: input.place,
    type: input.type,
    partner_club: input.partnerClub,
    speaker: input.speaker,
    topic: input.topic,
    minutes: input.minutes,
    attachments: JSON.stringify(input.attachments),
    updated_at: now,
  }
  if (input.id === null) {
    const created = await db
      .insertInto('meeting')
      .values({ ...values, series_id: null, series_date: null, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    return getMeeting(db, created.id)
  }
  const id = input.id
  await inTransaction(db, async (trx) => {
    await getMeetingRow(trx, id)
    await trx.updateTable('meeting').set(values).where('id', '=', id).execute()
  })
  return getMeeting(db, id)
}

export interface StatusInput {
  readonly id: number
  readonly status: MeetingStatus
  /** Why it was cancelled (a holiday, the venue); dropped when the meeting is restored. */
  readonly reason: string
}

/** Cancels a meeting (it then never counts) or restores it. */
export async function setMeetingStatus(
  db: Kysely<Database>,
  input: StatusInput,
  clock: Clock,
): Promise<Meeting> {
  await inTransaction(db, async (trx) => {
    await getMeetingRow(trx, input.id)
    await trx
      .updateTable('meeting')
      .set({
        status: input.status,
        cancel_reason: input.status === 'cancelled' ? input.reason : '',
        updated_at: isoTimestamp(clock),
      })
      .where('id', '=', input.id)
      .execute()
  })
  return getMeeting(db, input.id)
}

/**
 * Deletes a meeting that holds nothing yet. One with attendance or guests is part of the
 * figures and the guests' history: it can be cancelled, not deleted. A series' meeting that is
 * deleted frees its slot, so generating again makes it anew; a cancelled one stays away.
 */
export async function deleteMeeting(db: Kysely<Database>, id: number): Promise<{ deleted: true }> {
  await inTransaction(db, async (trx) => {
    const row = await getMeetingRow(trx, id)
    const marked = await trx
      .selectFrom('attendance')
      .select('member_id')
      .where('meeting_id', '=', id)
      .limit(1)
      .executeTakeFirst()
    const visited = await trx
      .selectFrom('guest_visit')
      .select('id')
      .where('meeting_id', '=', id)
      .limit(1)
      .executeTakeFirst()
    if (marked !== undefined || visited !== undefined) {
      throw new KreisError('meeting.hasRecords', { date: await messageDate(trx, row.date) })
    }
    await trx.deleteFrom('meeting').where('id', '=', id).execute()
  })
  return { deleted: true }
}
