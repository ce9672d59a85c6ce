import { describe, expect, it } from 'vitest'
import { memberReport } from '../../../src/core/referrals/memberReport.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { refusal } from '../../support/refusal.ts'
import { amounts, october, octoberChapter } from './chapterScenario.ts'

const openClub = useOpenClub()

describe("a member's business report", () => {
  it('holds their own received amounts and the chapter total, nothing another member recorded', async () => {
    const { db } = await openClub()
    const ids = await octoberChapter(db)
    const anna = await memberReport(db, ids.anna, october)
    expect(anna).toMatchObject({
      member: { id: ids.anna, displayName: 'Anna Arndt' },
      from: october.from,
      to: october.to,
      tyfcbReceivedCents: amounts.anna,
      chapterTyfcbCents: amounts.anna + amounts.bernd,
      oneToOnes: 2,
    })
    expect(anna.referralsGiven.map((r) => r.to.displayName)).toEqual([
      'Bernd Brandt',
      'Carla Conrad',
    ])
    expect(anna.referralsReceived.map((r) => r.from.displayName)).toEqual(['Bernd Brandt'])
    expect(anna.tyfcbReceived.map((t) => [t.giver.id, t.amountCents])).toEqual([
      [ids.bernd, amounts.anna],
    ])
    // Bernd recorded business thanks to Anna: his amount is his, even in her report.
    const json = JSON.stringify(anna)
    expect(json).not.toContain(String(amounts.bernd))
    expect(json).not.toContain(String(amounts.later))

    const bernd = await memberReport(db, ids.bernd, october)
    expect(bernd.tyfcbReceivedCents).toBe(amounts.bernd)
    expect(JSON.stringify(bernd)).not.toContain(String(amounts.anna))
  })

  it('shows a member without business the chapter total only', async () => {
    const { db } = await openClub()
    const ids = await octoberChapter(db)
    const otto = await memberReport(db, ids.otto, october)
    expect(otto).toMatchObject({
      referralsGiven: [],
      referralsReceived: [],
      tyfcbReceived: [],
      tyfcbReceivedCents: 0,
      chapterTyfcbCents: amounts.anna + amounts.bernd,
      oneToOnes: 0,
    })
  })

  it('names a member that does not exist', async () => {
    const { db } = await openClub()
    const error = await refusal(memberReport(db, 4711, october))
    expect(error.toData()).toEqual({ code: 'attendance.memberNotFound', params: { id: 4711 } })
  })
})
