import type { Kysely } from 'kysely'
import type { Locale } from '../../api/club.ts'
import { KreisError } from '../../api/errors.ts'
import type { AttendanceReport, MarkInput } from '../../api/attendance.ts'
import type { AttendanceCode } from '../../api/meetings.ts'
import { DateSchema } from '../../api/members.ts'
import type { Database } from '../../core/db/schema.ts'
import { attendanceReport } from '../../core/meetings/attendanceReport.ts'
import { attendanceCodes } from '../../core/meetings/codes.ts'
import { markAttendance } from '../../core/meetings/marks.ts'
import { shortDate } from '../../core/pdf/dates.ts'
import type { CommandContext } from '../main.ts'
import { withClub } from './clubFile.ts'
import { meetingsMessage, type MeetingsTextKey } from './meetingsText.ts'
import { optionValue } from './options.ts'
import { rangeOption } from './rangeOption.ts'
import { table } from './table.ts'

/** Exit code 2 and a line that says how the option is written, as for every usage error. */
function usage(ctx: CommandContext, key: MeetingsTextKey, option: string, value = ''): number {
  ctx.io.err(
    ctx.json
      ? JSON.stringify({
          error: { code: 'input.invalid', params: { field: `--${option}`, reason: 'format' } },
        })
      : meetingsMessage(ctx.locale, key, { value }),
  )
  return 2
}

/** `12=p`, `12=m:2026-11-20:RC Bad Homburg` (make-up), `12=s:Jana Roth` (substitute). */
interface SetOption {
  readonly raw: string
  readonly memberNumber: string
  readonly code: string
  readonly details: readonly string[]
}

function parseSet(raw: string): SetOption | null {
  const match = /^([^=]+)=([^:]+)(?::(.*))?$/.exec(raw.trim())
  if (match === null) return null
  const [, memberNumber = '', code = '', rest] = match
  return {
    raw,
    memberNumber: memberNumber.trim(),
    code: code.trim(),
    details: rest?.split(':') ?? [],
  }
}

function findCode(codes: readonly AttendanceCode[], given: string): AttendanceCode | undefined {
  const wanted = given.toLocaleLowerCase()
  const active = codes.filter((code) => code.active)
  return (
    active.find((code) => code.key.toLocaleLowerCase() === wanted) ??
    active.find((code) => code.meaning === wanted) ??
    active.find((code) =>
      [code.labelDe, code.labelEn].some((l) => l.toLocaleLowerCase() === wanted),
    )
  )
}

async function toMark(
  db: Kysely<Database>,
  code: AttendanceCode,
  set: SetOption,
): Promise<MarkInput> {
  const member = await db
    .selectFrom('member')
    .select('id')
    .where('member_number', '=', set.memberNumber)
    .executeTakeFirst()
  if (member === undefined)
    throw new KreisError('attendance.memberNotFound', { id: set.memberNumber })
  const [first = '', ...more] = set.details
  return {
    memberId: member.id,
    codeId: code.id,
    makeUpDate: code.meaning === 'make_up' ? first : '',
    makeUpClub: code.meaning === 'make_up' ? more.join(':') : '',
    substituteName: code.meaning === 'substitute' ? set.details.join(':') : '',
    note: '',
  }
}

/**
 * `kreis attendance <club> --meeting <date> --set <number>=<code> …`: records a roll call
 * in one transaction; members not named keep what they had.
 */
export async function runAttendance(ctx: CommandContext): Promise<number> {
  const rawDate = ctx.values['meeting']
  if (typeof rawDate !== 'string' || rawDate.trim() === '') {
    return usage(ctx, 'missingMeeting', 'meeting')
  }
  const date = optionValue(ctx, 'meeting', DateSchema)
  const raw = ctx.values['set']
  const given = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : []
  if (given.length === 0) return usage(ctx, 'missingSet', 'set')
  const sets: SetOption[] = []
  for (const value of given) {
    const set = parseSet(value)
    if (set === null) return usage(ctx, 'badSet', 'set', value)
    sets.push(set)
  }
  return withClub(ctx, async (db, clock) => {
    const meeting = await db
      .selectFrom('meeting')
      .select('id')
      .where('date', '=', date)
      .where('status', '=', 'scheduled')
      .orderBy('start_time')
      .executeTakeFirst()
    if (meeting === undefined) {
      ctx.io.err(meetingsMessage(ctx.locale, 'noMeetingOn', { date: shortDate(date, ctx.locale) }))
      return 1
    }
    const codes = await attendanceCodes(db)
    const marks: MarkInput[] = []
    for (const set of sets) {
      const code = findCode(codes, set.code)
      if (code === undefined) {
        const known = codes
          .filter((c) => c.active)
          .map((c) => `${c.key} = ${ctx.locale === 'de' ? c.labelDe : c.labelEn}`)
        ctx.io.err(
          meetingsMessage(ctx.locale, 'unknownCode', { code: set.code, codes: known.join(', ') }),
        )
        return 2
      }
      marks.push(await toMark(db, code, set))
    }
    await markAttendance(db, meeting.id, marks, clock)
    ctx.io.out(
      ctx.json
        ? JSON.stringify({ meetingId: meeting.id, date, marked: marks.length })
        : meetingsMessage(ctx.locale, 'marked', {
            count: marks.length,
            date: shortDate(date, ctx.locale),
          }),
    )
    return 0
  })
}

/** `kreis attendance report <club> [--from d] [--to d] [--json]`: figures per member. */
export async function runAttendanceReport(ctx: CommandContext): Promise<number> {
  const report = await withClub(ctx, async (db, clock) =>
    attendanceReport(db, await rangeOption(ctx, db, clock), clock),
  )
  ctx.io.out(ctx.json ? JSON.stringify(report) : reportText(ctx.locale, report))
  return 0
}

const percentText = (value: number | null, locale: Locale): string =>
  value === null ? '–' : `${value.toLocaleString(locale, { minimumFractionDigits: 1 })} %`

function reportText(locale: Locale, report: AttendanceReport): string {
  const t = (key: MeetingsTextKey, params: Readonly<Record<string, string | number>> = {}) =>
    meetingsMessage(locale, key, params)
  if (report.meetings === 0) {
    return t('noRollCall', {
      from: shortDate(report.from, locale),
      to: shortDate(report.to, locale),
    })
  }
  const rows = report.members.map((m) => [
    m.member.memberNumber,
    m.member.displayName,
    String(m.expected),
    String(m.attended),
    percentText(m.percent, locale),
    String(m.absencesRolling),
    [
      m.belowThreshold ? t('below', { threshold: report.thresholdPercent }) : '',
      m.overAbsenceLimit ? t('overLimit', { count: m.absencesRolling }) : '',
    ]
      .filter((note) => note !== '')
      .join(', '),
  ])
  return [
    table([
      [
        t('number'),
        t('name'),
        t('expected'),
        t('attended'),
        t('percent'),
        t('absences6'),
        t('note'),
      ],
      ...rows,
    ]),
    t('clubLine', { meetings: report.meetings, percent: percentText(report.clubPercent, locale) }),
  ].join('\n')
}
