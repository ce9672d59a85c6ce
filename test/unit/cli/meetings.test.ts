import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AttendanceReport } from '../../../src/api/attendance.ts'
import type { ChapterReport } from '../../../src/api/business.ts'
import type { MeetingSummary } from '../../../src/api/meetings.ts'
import { openClubFile } from '../../../src/core/db/openClubFile.ts'
import { runCli as run } from '../../support/cli.ts'
import { fixedClock } from '../../support/temp.ts'

/** One folder for the whole file: the tests build on the roll call recorded before them. */
const dir = mkdtempSync(join(tmpdir(), 'kreis-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The CLI's own demo: a Rotary club meeting on Tuesdays, a BNI chapter on Wednesdays. */
async function demo(kind: 'rotary' | 'bni'): Promise<string> {
  const club = join(dir, `${kind}.kreis`)
  const made = await run(['demo', club, '--members', '30', '--kind', kind])
  expect(made.code, made.err).toBe(0)
  return club
}

describe('kreis meetings, attendance and referrals', () => {
  let rotary = ''
  beforeAll(async () => {
    rotary = await demo('rotary')
  })

  it('lists the club year’s meetings with their attendance', async () => {
    const listed = await run(['meetings', rotary, '--json'])
    expect(listed.code).toBe(0)
    const meetings = JSON.parse(listed.out) as MeetingSummary[]
    expect(meetings[0]).toMatchObject({ date: '2026-07-07', rollCallTaken: true })
    const text = await run(['meetings', rotary, '--from', '2026-11-01', '--to', '2026-11-30'])
    expect(text.out).toContain('17.11.2026')
    expect(text.out).toContain('12:30–14:00')
  })

  it('generates a club year for every series and keeps what exists', async () => {
    const again = await run(['meetings', 'generate', rotary, '--club-year', '2026/27'])
    expect(again.code).toBe(0)
    expect(again.out).toMatch(/0 Treffen angelegt, 50 schon vorhanden, 2 Ausfalltage/)
    const bad = await run(['meetings', 'generate', rotary, '--club-year', 'soon'])
    expect(bad.code).toBe(1)
    expect(bad.err).toContain('Clubjahr')
  })

  it('records a roll call in one go and refuses a code the club does not have', async () => {
    const marked = await run([
      'attendance',
      rotary,
      '--meeting',
      '2026-11-17',
      '--set',
      '0001=a',
      '--set',
      '0003=m:2026-11-19:RC Kronberg',
    ])
    expect(marked.code, marked.err).toBe(0)
    const file = await openClubFile(rotary, { clock: fixedClock })
    try {
      const rows = await file.db
        .selectFrom('attendance')
        .innerJoin('member', 'member.id', 'attendance.member_id')
        .innerJoin('meeting', 'meeting.id', 'attendance.meeting_id')
        .innerJoin('attendance_code', 'attendance_code.id', 'attendance.code_id')
        .select(['member.member_number', 'attendance_code.meaning', 'attendance.make_up_club'])
        .where('meeting.date', '=', '2026-11-17')
        .where('member.member_number', 'in', ['0001', '0003'])
        .orderBy('member.member_number')
        .execute()
      expect(rows).toEqual([
        { member_number: '0001', meaning: 'absent', make_up_club: '' },
        { member_number: '0003', meaning: 'make_up', make_up_club: 'RC Kronberg' },
      ])
    } finally {
      await file.db.destroy()
    }
    const unknown = await run(['attendance', rotary, '--meeting', '2026-11-17', '--set', '0001=x'])
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain('p = Anwesend')
    const future = await run(['attendance', rotary, '--meeting', '2026-12-01', '--set', '0001=p'])
    expect(future.code).toBe(1)
    expect(future.err).toContain('in der Zukunft')
    const noDay = await run(['attendance', rotary, '--meeting', '2026-11-18', '--set', '0001=p'])
    expect(noDay.err).toContain('18.11.2026')
  })

  it('reports attendance per member with the club’s percentage', async () => {
    const json = await run([
      'attendance',
      'report',
      rotary,
      '--from',
      '2026-07-01',
      '--to',
      '2026-11-21',
      '--json',
    ])
    const report = JSON.parse(json.out) as AttendanceReport
    expect(report.meetings).toBe(20)
    expect(report.clubPercent).not.toBeNull()
    const text = await run(['attendance', 'report', rotary])
    expect(text.out).toMatch(/20 Treffen mit Anwesenheit, Präsenz des Clubs \d+,\d %/)
  })

  it('writes the club year as an iCalendar file', async () => {
    const out = join(dir, 'treffen.ics')
    const written = await run(['meetings', 'ics', rotary, '--out', out])
    expect(written.code, written.err).toBe(0)
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8')))
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(50)
  })

  it('prints a BNI chapter report with closed business as the chapter total only', async () => {
    const bni = await demo('bni')
    const json = await run([
      'referrals',
      'report',
      bni,
      '--from',
      '2026-01-01',
      '--to',
      '2026-11-21',
      '--json',
    ])
    const report = JSON.parse(json.out) as ChapterReport
    expect(report.totals.tyfcbCents).toBeGreaterThan(0)
    expect(report.rows.every((row) => !('tyfcbCents' in row))).toBe(true)
    const text = await run(['referrals', 'report', bni, '--locale', 'en'])
    expect(text.out).toContain('Closed business in the chapter (TYFCB)')
    expect(text.out).toMatch(/Ref\. given \(in\/out\)\s+received \(in\/out\)/)
    expect(text.out).toMatch(/Total\s+\S+\s+\d+\/\d+\s+\d+\/\d+\s/)
  })
})
