import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { DateRange } from '../../api/meetings.ts'
import type { Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { slugify } from '../session/slug.ts'
import { clubInstant } from './clubTime.ts'
import type { MeetingRow } from './meetingRows.ts'
import { meetingText, type MeetingText } from './meetingText.ts'
import { checkRange, listYears } from './range.ts'

/** Seconds since 2020: small enough for the 32-bit SEQUENCE some calendars keep. */
const sequenceEpoch = Date.UTC(2020, 0, 1)

function summary(clubName: string, row: MeetingRow, text: MeetingText): string {
  const partner =
    row.type === 'joint' && row.partner_club !== '' ? ` ${text.with} ${row.partner_club}` : ''
  const topic = row.topic === '' ? '' : ` – ${row.topic}`
  // Imported into someone's own calendar, "Meeting" alone would not say whose.
  return `${clubName}: ${text.types[row.type]}${partner}${topic}`
}

function description(row: MeetingRow, text: MeetingText): string {
  const reason = row.cancel_reason === '' ? '' : `: ${row.cancel_reason}`
  const lines = [
    row.status === 'cancelled' ? `${text.cancelled}${reason}` : '',
    row.speaker === '' ? '' : `${text.speaker}: ${row.speaker}`,
    row.topic === '' ? '' : `${text.topic}: ${row.topic}`,
  ]
  return lines.filter((line) => line !== '').join('\n')
}

/**
 * The club's meetings of a period as an iCalendar file, one VEVENT per meeting.
 *
 * Times are written in UTC (`DTSTART:20260707T103000Z`), converted from the club's clock:
 * ical-generator writes a `TZID=Europe/Berlin` time from a Date's local fields, that is in
 * the zone of the computer running Kreis, and has no VTIMEZONE of its own — without one
 * Outlook cannot resolve the TZID. Floating times would move with a member travelling. UTC
 * is what RFC 5545 and ical-generator recommend, and Outlook, Google and Apple show it in
 * each reader's own zone. Each meeting is its own event (no RRULE), so nothing needs the zone's
 * rules to repeat across a daylight saving switch.
 *
 * The UID is stable per meeting and SEQUENCE grows with every change, so importing a newer
 * export updates the events imported before; a cancelled meeting is sent as CANCELLED for
 * the calendars to remove it.
 */
export async function meetingsIcs(
  db: Kysely<Database>,
  range: DateRange,
  clock: Clock,
): Promise<string> {
  checkRange(range.from, range.to, listYears)
  const club = await db.selectFrom('club').select(['name', 'locale']).executeTakeFirstOrThrow()
  const rows = await db
    .selectFrom('meeting')
    .selectAll()
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .orderBy('date')
    .orderBy('start_time')
    .orderBy('id')
    .execute()
  if (rows.length === 0) throw new KreisError('meeting.nothingInRange', { ...range })
  const text = meetingText[club.locale]
  const domain = `${slugify(club.name)}.kreis`
  const calendar = ical({
    name: club.name,
    prodId: { company: 'Kreis', product: 'Kreis', language: club.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  })
  for (const row of rows) {
    const changed = new Date(row.updated_at)
    calendar.createEvent({
      id: `meeting-${row.id}@${domain}`,
      sequence: Math.max(0, Math.floor((changed.getTime() - sequenceEpoch) / 1000)),
      stamp: clock.now(),
      lastModified: changed,
      start: clubInstant(row.date, row.start_time),
      end: row.end_time === '' ? null : clubInstant(row.date, row.end_time),
      summary: summary(club.name, row, text),
      location: row.place === '' ? null : row.place,
      description: description(row, text) || null,
      status: row.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    })
  }
  return calendar.toString()
}
