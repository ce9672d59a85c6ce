import { describe, expect, it } from 'vitest'
import { noCounts } from '../../../src/core/meetings/countKeys.ts'
import { chapterReport } from '../../../src/core/referrals/chapterReport.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { refusal } from '../../support/refusal.ts'
import { fixedClock } from '../../support/temp.ts'
import { amounts, october, octoberChapter } from './chapterScenario.ts'
import { addMeeting, mark, threeMembers } from './referralSupport.ts'

const openClub = useOpenClub()

const zero = noCounts()

describe('the chapter report', () => {
  it('counts per member the roll call, referrals, visitors and one-to-ones of the period', async () => {
    const { db } = await openClub()
    const ids = await octoberChapter(db)
    const report = await chapterReport(db, october, fixedClock)
    expect(report.rows.map((row) => row.member.displayName)).toEqual([
      'Anna Arndt',
      'Bernd Brandt',
      'Carla Conrad',
      'Fritz Former',
      'Hans Huber',
      'Doris Özdemir',
      'Otto Ohm',
    ])
    const row = (id: number) => report.rows.find((r) => r.member.id === id)
    expect(row(ids.anna)).toMatchObject({
      counts: { ...zero, present: 2 },
      referralsGivenInside: 1,
      referralsGivenOutside: 1,
      referralsReceivedInside: 1,
      referralsReceivedOutside: 0,
      visitors: 2,
      oneToOnes: 2,
    })
    expect(row(ids.bernd)).toMatchObject({
      counts: { ...zero, late: 1, absent: 1 },
      referralsGivenInside: 1,
      referralsGivenOutside: 0,
      referralsReceivedInside: 1,
      referralsReceivedOutside: 0,
      visitors: 0,
      oneToOnes: 1,
    })
    // A guest counts from the visit, whether or not the roll call was taken that day.
    expect(row(ids.carla)).toMatchObject({
      counts: { ...zero, medical: 1, present: 1 },
      referralsGivenInside: 0,
      referralsGivenOutside: 0,
      referralsReceivedInside: 0,
      referralsReceivedOutside: 1,
      visitors: 1,
    })
    // Unmarked at the first meeting: absent. Özdemir sent a substitute: not an absence.
    expect(row(ids.otto)?.counts).toEqual({ ...zero, absent: 1, present: 1 })
    expect(row(ids.doris)?.counts).toEqual({ ...zero, substitute: 1, present: 1 })
    // Left on 10 October: counted at the meeting before, not expected after.
    expect(row(ids.fritz)?.counts).toEqual({ ...zero, present: 1 })
    // Honorary members are listed, but not expected unless the club says so.
    expect(row(ids.hans)?.counts).toEqual(zero)

    expect(report.totals).toEqual({
      counts: { ...zero, present: 6, absent: 2, late: 1, medical: 1, substitute: 1 },
      referralsGivenInside: 2,
      referralsGivenOutside: 1,
      referralsReceivedInside: 2,
      referralsReceivedOutside: 1,
      visitors: 3,
      oneToOnes: 4,
      tyfcbCents: amounts.bernd + amounts.anna,
    })
  })

  it('shows closed business only as the chapter total, never per member', async () => {
    const { db } = await openClub()
    await octoberChapter(db)
    const report = await chapterReport(db, october, fixedClock)
    const json = JSON.stringify(report)
    expect(json).not.toContain(String(amounts.bernd))
    expect(json).not.toContain(String(amounts.anna))
    expect(json).toContain(`"tyfcbCents":${amounts.bernd + amounts.anna}`)
    for (const row of report.rows) expect(Object.keys(row)).not.toContain('tyfcbCents')
  })

  it('lists an expected honorary member and leaves out prospects without activity', async () => {
    const { db } = await openClub()
    const ids = await octoberChapter(db)
    await db.updateTable('club').set({ expect_honorary: 1 }).execute()
    const report = await chapterReport(db, october, fixedClock)
    expect(report.rows.find((r) => r.member.id === ids.hans)?.counts).toEqual({
      ...zero,
      absent: 2,
    })
    expect(report.rows.some((r) => r.member.id === ids.paul)).toBe(false)
  })

  it('counts only the meetings held by today, as the attendance report does', async () => {
    const { db } = await openClub()
    const { anna } = await threeMembers(db)
    await mark(db, await addMeeting(db, '2026-11-18'), anna, 'present')
    // Moved past today after its roll call: not held yet.
    await mark(db, await addMeeting(db, '2026-11-25'), anna, 'absent')
    const november = { from: '2026-11-01', to: '2026-11-30' }
    const today = await chapterReport(db, november, fixedClock)
    expect(today.rows.find((r) => r.member.id === anna)?.counts).toEqual({ ...zero, present: 1 })
    const later = { now: () => new Date('2026-12-02T10:00:00.000Z') }
    const after = await chapterReport(db, november, later)
    expect(after.rows.find((r) => r.member.id === anna)?.counts).toEqual({
      ...zero,
      present: 1,
      absent: 1,
    })
  })

  it('refuses a period that runs backwards', async () => {
    const { db } = await openClub()
    const error = await refusal(
      chapterReport(db, { from: '2026-10-31', to: '2026-10-01' }, fixedClock),
    )
    expect(error.code).toBe('meeting.range')
  })

  it('is empty but whole for a club with nobody in it', async () => {
    const { db } = await openClub()
    const report = await chapterReport(db, october, fixedClock)
    expect(report.rows).toEqual([])
    expect(report.totals.tyfcbCents).toBe(0)
  })
})
