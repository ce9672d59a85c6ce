import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import type { Meeting } from '../../../src/api/meetings.ts'
import { clubInstant } from '../../../src/core/meetings/clubTime.ts'
import { meetingsIcs } from '../../../src/core/meetings/ics.ts'
import { useClub, useClubSessions, value } from '../../support/session.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'
import { defined, meetingInput, seriesInput } from './meetingInputs.ts'

const tempDir = useTempDir()

interface Parsed {
  readonly calendar: ICAL.Component
  readonly events: ICAL.Event[]
}

/** Reads the file with ical.js, an implementation independent of the one that wrote it. */
function parse(text: string): Parsed {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)),
  }
}

const status = (event: ICAL.Event) => event.component.getFirstPropertyValue('status')
const sequence = (event: ICAL.Event) => Number(event.component.getFirstPropertyValue('sequence'))

/** Runs `work` with the computer's clock set to another zone. */
async function inZone<T>(zone: string, work: () => Promise<T> | T): Promise<T> {
  const saved = process.env['TZ']
  process.env['TZ'] = zone
  try {
    return await work()
  } finally {
    if (saved === undefined) delete process.env['TZ']
    else process.env['TZ'] = saved
  }
}

describe('the iCalendar export of a Rotary club', () => {
  const { dispatch, session } = useClub({ name: 'RC Köln-Süd', kind: 'rotary' })
  const db = () => session().requireClub().db

  /** A summer and a winter lunch from the series, one cancelled, and a joint evening. */
  async function makeMeetings(): Promise<Meeting[]> {
    await dispatch('meetings/saveSeries', seriesInput())
    await dispatch('meetings/generate', { seriesId: 1, from: '2026-07-01', to: '2027-06-30' })
    const joint = value<Meeting>(
      await dispatch(
        'meetings/save',
        meetingInput({
          date: '2026-12-03',
          startTime: '19:00',
          endTime: '22:00',
          place: 'Gürzenich, Köln',
          type: 'joint',
          partnerClub: 'RC Bonn',
          speaker: 'Dr. Petra Lange',
          topic: 'Ehrenamt; im Wandel, heute',
        }),
      ),
    )
    const cancelled = value<Meeting>(
      await dispatch('meetings/setStatus', { id: 2, status: 'cancelled', reason: 'Sommerpause' }),
    )
    return [joint, cancelled]
  }

  it('writes one event per meeting that ical.js reads back with its times and UIDs', async () => {
    const [joint] = await makeMeetings()
    const text = await meetingsIcs(db(), { from: '2026-07-01', to: '2027-06-30' }, fixedClock)
    const { calendar, events } = parse(text)
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Kreis//Kreis//DE')
    expect(events).toHaveLength(53)
    expect(new Set(events.map((e) => e.uid)).size).toBe(53)
    expect(events[0]?.uid).toBe('meeting-1@rc-koeln-sued.kreis')

    // 12:30 in Cologne is 10:30 UTC in summer and 11:30 UTC in winter.
    const summer = defined(events[0])
    expect(summer.startDate.toJSDate().toISOString()).toBe('2026-07-07T10:30:00.000Z')
    expect(summer.endDate.toJSDate().toISOString()).toBe('2026-07-07T12:00:00.000Z')
    expect(summer.summary).toBe('RC Köln-Süd: Treffen')
    expect(summer.location).toBe('Hotel Post')
    expect(status(summer)).toBe('CONFIRMED')
    const winter = defined(events.find((e) => e.uid === 'meeting-24@rc-koeln-sued.kreis'))
    expect(winter.startDate.toJSDate().toISOString()).toBe('2026-12-15T11:30:00.000Z')

    const evening = defined(
      events.find((e) => e.uid === `meeting-${defined(joint).id}@rc-koeln-sued.kreis`),
    )
    expect(evening.summary).toBe(
      'RC Köln-Süd: Gemeinsames Treffen mit RC Bonn – Ehrenamt; im Wandel, heute',
    )
    expect(evening.location).toBe('Gürzenich, Köln')
    expect(evening.description).toBe(
      'Referent/in: Dr. Petra Lange\nThema: Ehrenamt; im Wandel, heute',
    )
    expect(evening.startDate.toJSDate().toISOString()).toBe('2026-12-03T18:00:00.000Z')
    expect(evening.endDate.toJSDate().toISOString()).toBe('2026-12-03T21:00:00.000Z')
  })

  it('sends a cancelled meeting as cancelled, with a higher sequence than before', async () => {
    await dispatch('meetings/saveSeries', seriesInput())
    await dispatch('meetings/generate', { seriesId: 1, from: '2026-07-01', to: '2026-07-31' })
    const range = { from: '2026-07-01', to: '2026-07-31' }
    const before = defined(parse(await meetingsIcs(db(), range, fixedClock)).events[1])
    expect(status(before)).toBe('CONFIRMED')
    await db()
      .updateTable('meeting')
      .set({
        status: 'cancelled',
        cancel_reason: 'Sommerpause',
        updated_at: '2026-11-22T08:00:00.000Z',
      })
      .where('id', '=', 2)
      .execute()
    const after = defined(parse(await meetingsIcs(db(), range, fixedClock)).events[1])
    expect(after.uid).toBe(before.uid)
    expect(status(after)).toBe('CANCELLED')
    expect(after.description).toBe('Abgesagt: Sommerpause')
    expect(sequence(after)).toBeGreaterThan(sequence(before))
  })

  it('writes the same file whatever zone the computer is set to', async () => {
    await makeMeetings()
    const range = { from: '2026-07-01', to: '2027-06-30' }
    const texts: string[] = []
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'UTC']) {
      texts.push(await inZone(zone, () => meetingsIcs(db(), range, fixedClock)))
    }
    const berlin = await inZone('Europe/Berlin', () => clubInstant('2026-10-25', '12:30'))
    const tokyo = await inZone('Asia/Tokyo', () => clubInstant('2026-10-25', '12:30'))
    expect(berlin.toISOString()).toBe('2026-10-25T11:30:00.000Z')
    expect(tokyo).toEqual(berlin)
    expect(new Set(texts).size).toBe(1)
  })
})

describe('the club’s clock', () => {
  it('reads the day of a daylight saving switch as the club’s clock does', () => {
    expect(clubInstant('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z')
    expect(clubInstant('2026-03-29', '03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z')
    expect(clubInstant('2026-10-25', '01:30').toISOString()).toBe('2026-10-24T23:30:00.000Z')
    expect(clubInstant('2026-10-25', '03:30').toISOString()).toBe('2026-10-25T02:30:00.000Z')
  })
})

describe('the iCalendar export of a BNI chapter', () => {
  const { dispatch, session } = useClub({ name: 'BNI Taunus', kind: 'bni' })

  it('speaks the chapter’s language', async () => {
    const db = session().requireClub().db
    await db.updateTable('club').set({ locale: 'en' }).execute()
    await dispatch(
      'meetings/save',
      meetingInput({ date: '2027-01-13', startTime: '07:00', endTime: '08:30', speaker: 'Jo' }),
    )
    await dispatch(
      'meetings/save',
      meetingInput({ date: '2027-01-20', startTime: '07:00', type: 'online', topic: 'Visitors' }),
    )
    const { calendar, events } = parse(
      await meetingsIcs(db, { from: '2027-01-01', to: '2027-12-31' }, fixedClock),
    )
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Kreis//Kreis//EN')
    expect(events.map((e) => [e.summary, e.description, e.location])).toEqual([
      ['BNI Taunus: Meeting', 'Speaker: Jo', null],
      ['BNI Taunus: Online meeting – Visitors', 'Topic: Visitors', null],
    ])
    // Without an end time the event has none either, rather than an invented one.
    expect(events[1]?.component.hasProperty('dtend')).toBe(false)
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe('2027-01-13T06:00:00.000Z')
  })
})

describe('the export procedure', () => {
  const club = useClubSessions(tempDir)
  const range = { from: '2026-07-01', to: '2026-07-31' }

  it('says there is nothing to export before the save dialog opens', async () => {
    const { dispatch, host } = await club()
    host.toSave.push(join(tempDir(), 'leer.ics'))
    expect(await dispatch('meetings/exportIcs', range)).toEqual({
      ok: false,
      error: { code: 'meeting.nothingInRange', params: range },
    })
    expect(host.toSave).toHaveLength(1)
  })

  it('writes nothing when the dialog is cancelled, and the file where the user chose', async () => {
    const { dispatch, host } = await club()
    await dispatch('meetings/saveSeries', seriesInput())
    await dispatch('meetings/generate', { seriesId: 1, ...range })
    expect(value(await dispatch('meetings/exportIcs', range))).toEqual({ path: null })
    const path = join(tempDir(), 'treffen.ics')
    host.toSave.push(path)
    expect(value(await dispatch('meetings/exportIcs', range))).toEqual({ path })
    expect(existsSync(path)).toBe(true)
    const { events } = parse(readFileSync(path, 'utf8'))
    expect(events.map((e) => e.uid)).toEqual(
      [1, 2, 3, 4].map((id) => `meeting-${id}@rc-test.kreis`),
    )
  })
})
