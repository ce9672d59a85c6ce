import type { Kysely, Selectable } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { Meeting } from '../../api/meetings.ts'
import type { MeetingTable } from '../db/meetingSchema.ts'
import type { Database } from '../db/schema.ts'
import { memberLocale } from '../members/locale.ts'
import { shortDate } from '../pdf/dates.ts'

export type MeetingRow = Selectable<MeetingTable>

export function toMeeting(row: MeetingRow): Meeting {
  return {
    id: row.id,
    seriesId: row.series_id,
    seriesDate: row.series_date,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    place: row.place,
    type: row.type,
    status: row.status,
    cancelReason: row.cancel_reason,
    partnerClub: row.partner_club,
    speaker: row.speaker,
    topic: row.topic,
    minutes: row.minutes,
    attachments: parseStringList(row.attachments),
  }
}

/** A JSON list of strings as stored in the meeting tables; anything else reads as empty. */
export function parseStringList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json)
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []
  } catch {
    return []
  }
}

export async function getMeetingRow(db: Kysely<Database>, id: number): Promise<MeetingRow> {
  const row = await db.selectFrom('meeting').selectAll().where('id', '=', id).executeTakeFirst()
  if (row === undefined) throw new KreisError('meeting.notFound', { id })
  return row
}

export async function getMeeting(db: Kysely<Database>, id: number): Promise<Meeting> {
  return toMeeting(await getMeetingRow(db, id))
}

/** A meeting's day as a message names it: the way the club writes dates (`10.11.2026`). */
export async function messageDate(db: Kysely<Database>, iso: string): Promise<string> {
  return shortDate(iso, await memberLocale(db))
}

/** A cancelled meeting takes no roll call, no guests and no sign-in sheet. */
export async function refuseCancelled(
  db: Kysely<Database>,
  meeting: Pick<Meeting, 'status' | 'date'>,
): Promise<void> {
  if (meeting.status !== 'cancelled') return
  throw new KreisError('meeting.cancelled', { date: await messageDate(db, meeting.date) })
}
