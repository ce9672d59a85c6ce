import { describe, expect, it } from 'vitest'
import type {
  ChapterReport,
  MemberBusinessReport,
  OneToOne,
  Referral,
  Tyfcb,
} from '../../../src/api/business.ts'
import { useClub, value } from '../../support/session.ts'
import { referral, threeMembers, tyfcb } from './referralSupport.ts'

const { dispatch, session } = useClub({ name: 'BNI Chapter Teststadt', kind: 'bni' })
const october = { from: '2026-10-01', to: '2026-10-31' }

describe('the referral procedures', () => {
  it('save, list and report through the dispatcher', async () => {
    const { anna, bernd, carla } = await threeMembers(session().requireClub().db)
    const saved = value<Referral>(await dispatch('referrals/save', referral(anna, bernd)))
    expect(saved.from.id).toBe(anna)
    const listed = value<Referral[]>(
      await dispatch('referrals/list', { ...october, memberId: bernd }),
    )
    expect(listed.map((r) => r.id)).toEqual([saved.id])
    expect(await dispatch('referrals/save', referral(anna, anna))).toMatchObject({
      ok: false,
      error: { code: 'referral.sameMember' },
    })

    const thanks = { ...tyfcb(bernd, anna, 250_000), kind: 'referral', referralId: saved.id }
    value<Tyfcb>(await dispatch('tyfcb/save', thanks))
    value<OneToOne>(
      await dispatch('oneToOnes/save', {
        id: null,
        aId: anna,
        bId: carla,
        date: '2026-10-05',
        note: '',
      }),
    )
    // Anna passed the business; what Bernd earned from it is his, in any list of hers.
    expect(value<Tyfcb[]>(await dispatch('tyfcb/list', { ...october, memberId: anna }))).toEqual([])
    expect(
      value<Tyfcb[]>(await dispatch('tyfcb/list', { ...october, memberId: bernd })),
    ).toHaveLength(1)
    const hers = value<MemberBusinessReport>(
      await dispatch('referrals/memberReport', { memberId: anna, range: october }),
    )
    expect(hers).toMatchObject({
      tyfcbReceived: [],
      tyfcbReceivedCents: 0,
      chapterTyfcbCents: 250_000,
      oneToOnes: 1,
    })

    const report = value<ChapterReport>(await dispatch('referrals/chapterReport', october))
    expect(report.totals).toMatchObject({ referralsGivenInside: 1, tyfcbCents: 250_000 })
    expect(await dispatch('referrals/delete', { id: saved.id })).toMatchObject({
      ok: false,
      error: { code: 'referral.hasTyfcb' },
    })
  })
})
