import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClubFile } from '../../../src/core/db/createClubFile.ts'
import { openClubFile, type ClubFile } from '../../../src/core/db/openClubFile.ts'
import { fillDemoClub, type DemoKind } from '../../../src/core/demo/demoClub.ts'
import { attendanceReport } from '../../../src/core/meetings/attendanceReport.ts'
import { chapterReport } from '../../../src/core/referrals/chapterReport.ts'

const clock = { now: () => new Date('2026-11-21T10:00:00Z') }

async function demo(dir: string, kind: DemoKind): Promise<ClubFile> {
  const path = join(dir, `${kind}.kreis`)
  await createClubFile(path, (db) =>
    fillDemoClub(db, { members: 40, seed: 5, locale: 'de', kind, clock }),
  )
  return openClubFile(path, { clock })
}

describe('the demo club’s meetings', () => {
  let dir = ''
  let rotary: ClubFile
  let bni: ClubFile
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kreis-'))
    rotary = await demo(dir, 'rotary')
    bni = await demo(dir, 'bni')
  })
  afterAll(async () => {
    await rotary.db.destroy()
    await bni.db.destroy()
    rmSync(dir, { recursive: true, force: true })
  })

  it('meets weekly over the club year, with a roll call for every past meeting', async () => {
    const series = await rotary.db.selectFrom('meeting_series').selectAll().execute()
    expect(series).toHaveLength(1)
    expect(series[0]).toMatchObject({
      weekday: 2,
      start_date: '2026-07-01',
      end_date: '2027-06-30',
    })
    const meetings = await rotary.db
      .selectFrom('meeting')
      .select(['date', 'roll_call_at'])
      .execute()
    expect(meetings.length).toBeGreaterThan(45)
    expect(meetings.every((m) => (m.roll_call_at !== null) === m.date < '2026-11-21')).toBe(true)
    // No meeting between the holidays.
    expect(meetings.some((m) => m.date >= '2026-12-24' && m.date <= '2027-01-06')).toBe(false)
  })

  it('gives figures with make-ups, excuses and a member below the threshold', async () => {
    const report = await attendanceReport(
      rotary.db,
      { from: '2026-07-01', to: '2026-11-21' },
      clock,
    )
    expect(report.meetings).toBeGreaterThan(15)
    expect(report.clubPercent).toBeGreaterThan(50)
    const total = (key: 'makeUp' | 'excused') =>
      report.members.reduce((sum, m) => sum + m.counts[key], 0)
    expect(total('makeUp')).toBeGreaterThan(0)
    expect(total('excused')).toBeGreaterThan(0)
    expect(report.members.some((m) => m.belowThreshold)).toBe(true)
    const guests = await rotary.db.selectFrom('guest_visit').select('id').execute()
    expect(guests.length).toBeGreaterThan(0)
    const referrals = await rotary.db.selectFrom('referral').select('id').execute()
    expect(referrals).toHaveLength(0)
  })

  it('makes a BNI chapter with PALMS codes, referrals, closed business and one-to-ones', async () => {
    const club = await bni.db.selectFrom('club').select(['kind', 'name']).executeTakeFirstOrThrow()
    expect(club).toEqual({ kind: 'bni', name: 'BNI Chapter Taunus Connect' })
    const report = await chapterReport(bni.db, { from: '2026-01-01', to: '2026-11-21' }, clock)
    expect(report.totals.counts.substitute).toBeGreaterThan(0)
    expect(report.totals.counts.late).toBeGreaterThan(0)
    expect(
      report.totals.referralsGivenInside + report.totals.referralsGivenOutside,
    ).toBeGreaterThan(100)
    // Every slip is given by one member and received by another.
    expect(report.totals.referralsReceivedInside).toBe(report.totals.referralsGivenInside)
    expect(report.totals.referralsReceivedOutside).toBe(report.totals.referralsGivenOutside)
    expect(report.totals.oneToOnes).toBeGreaterThan(0)
    expect(report.totals.tyfcbCents).toBeGreaterThan(0)
    const { rows } = await sql<{
      n: number
    }>`select count(*) as n from pragma_foreign_key_check`.execute(bni.db)
    expect(rows[0]?.n).toBe(0)
  })
})
