import { resolve } from 'node:path'
import type { Locale } from '../../api/club.ts'
import type { MeetingSummary } from '../../api/meetings.ts'
import { shortDate } from '../../core/pdf/dates.ts'
import { writeExport } from '../../core/dispatch/writeExport.ts'
import { clubYearRange } from '../../core/meetings/clubYearRange.ts'
import { generateMeetings } from '../../core/meetings/generate.ts'
import { meetingsIcs } from '../../core/meetings/ics.ts'
import { meetingText } from '../../core/meetings/meetingText.ts'
import { listMeetings } from '../../core/meetings/meetings.ts'
import { listSeries } from '../../core/meetings/series.ts'
import type { CommandContext } from '../main.ts'
import { withClub } from './clubFile.ts'
import { meetingsMessage } from './meetingsText.ts'
import { rangeOption } from './rangeOption.ts'
import { table } from './table.ts'

/** `kreis meetings <club> [--from d] [--to d] [--json]`: the meetings, this club year by default. */
export async function runMeetings(ctx: CommandContext): Promise<number> {
  const { range, meetings } = await withClub(ctx, async (db, clock) => {
    const range = await rangeOption(ctx, db, clock)
    return { range, meetings: await listMeetings(db, { ...range, includeCancelled: true }) }
  })
  if (ctx.json) ctx.io.out(JSON.stringify(meetings))
  else if (meetings.length === 0) {
    ctx.io.out(
      meetingsMessage(ctx.locale, 'noMeetings', {
        from: shortDate(range.from, ctx.locale),
        to: shortDate(range.to, ctx.locale),
      }),
    )
  } else ctx.io.out(meetingTable(ctx.locale, meetings))
  return 0
}

function meetingTable(locale: Locale, meetings: readonly MeetingSummary[]): string {
  const t = (key: Parameters<typeof meetingsMessage>[1]) => meetingsMessage(locale, key)
  const types = meetingText[locale].types
  return table([
    [t('date'), t('time'), t('type'), t('attendance'), t('guests'), t('topic')],
    ...meetings.map((m) => [
      shortDate(m.date, locale),
      m.endTime === '' ? m.startTime : `${m.startTime}–${m.endTime}`,
      m.status === 'cancelled' ? `${types[m.type]} (${t('cancelled')})` : types[m.type],
      m.rollCallTaken ? `${m.attended}/${m.expected}` : '',
      m.guests === 0 ? '' : String(m.guests),
      [m.topic, m.speaker].filter((part) => part !== '').join(' – '),
    ]),
  ])
}

/** `kreis meetings generate <club> --club-year <id>`: every series' meetings of the club year. */
export async function runMeetingsGenerate(ctx: CommandContext): Promise<number> {
  const label = String(ctx.values['club-year'] ?? '')
  const results = await withClub(ctx, async (db, clock) => {
    const range = await clubYearRange(db, label)
    const series = await listSeries(db)
    const done = []
    for (const s of series) {
      done.push({
        series: s.name,
        ...(await generateMeetings(db, { seriesId: s.id, ...range }, clock)),
      })
    }
    return done
  })
  if (results.length === 0) {
    ctx.io.err(
      ctx.json
        ? JSON.stringify({ error: { code: 'meeting.seriesNotFound', params: {} } })
        : meetingsMessage(ctx.locale, 'noSeries'),
    )
    return 1
  }
  ctx.io.out(
    ctx.json
      ? JSON.stringify({ series: results })
      : results.map((r) => meetingsMessage(ctx.locale, 'generated', r)).join('\n'),
  )
  return 0
}

/** `kreis meetings ics <club> --out <file.ics> [--from d] [--to d]`: a calendar to import. */
export async function runMeetingsIcs(ctx: CommandContext): Promise<number> {
  const out = ctx.values['out']
  if (typeof out !== 'string' || out.trim() === '') {
    ctx.io.err(meetingsMessage(ctx.locale, 'missingOut'))
    return 2
  }
  const path = resolve(out.trim())
  const ics = await withClub(ctx, async (db, clock) =>
    meetingsIcs(db, await rangeOption(ctx, db, clock), clock),
  )
  writeExport(path, ics)
  const count = ics.split('BEGIN:VEVENT').length - 1
  ctx.io.out(
    ctx.json
      ? JSON.stringify({ path, count })
      : meetingsMessage(ctx.locale, 'icsWritten', { path, count }),
  )
  return 0
}
