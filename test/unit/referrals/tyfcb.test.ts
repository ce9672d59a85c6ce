import { describe, expect, it } from 'vitest'
import { saveReferral } from '../../../src/core/referrals/referrals.ts'
import { deleteTyfcb, listTyfcb, saveTyfcb } from '../../../src/core/referrals/tyfcb.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { refusal } from '../../support/refusal.ts'
import { fixedClock } from '../../support/temp.ts'
import { referral, threeMembers, tyfcb } from './referralSupport.ts'

const openClub = useOpenClub()

async function chapter() {
  const { db } = await openClub()
  const { anna, bernd, carla } = await threeMembers(db)
  const slip = await saveReferral(db, referral(anna, bernd), fixedClock)
  return { db, anna, bernd, carla, slip: slip.id }
}

const all = { from: '2026-01-01', to: '2026-12-31', memberId: null }

describe('closed business (TYFCB)', () => {
  it('records business from a referral that went from the giver to the receiver', async () => {
    const { db, anna, bernd, slip } = await chapter()
    const saved = await saveTyfcb(
      db,
      tyfcb(bernd, anna, 123_456, { kind: 'referral', referralId: slip }),
      fixedClock,
    )
    expect(saved).toMatchObject({
      receiver: { id: bernd },
      giver: { id: anna },
      referralId: slip,
      kind: 'referral',
      amountCents: 123_456,
    })
    expect(await listTyfcb(db, { ...all, memberId: bernd })).toHaveLength(1)
  })

  it("lists for one member only what they received, never another member's amounts", async () => {
    const { db, anna, bernd, carla } = await chapter()
    await saveTyfcb(db, tyfcb(bernd, anna, 5000), fixedClock)
    await saveTyfcb(db, tyfcb(anna, carla, 7000, { date: '2026-10-16' }), fixedClock)
    await saveTyfcb(db, tyfcb(carla, anna, 9000, { date: '2026-10-17' }), fixedClock)
    // Anna passed business to Bernd and Carla: what they earned from it is theirs to tell.
    const annas = await listTyfcb(db, { ...all, memberId: anna })
    expect(annas.map((entry) => [entry.receiver.id, entry.amountCents])).toEqual([[anna, 7000]])
    const everyone = await listTyfcb(db, all)
    expect(everyone.map((entry) => entry.amountCents)).toEqual([9000, 7000, 5000])
  })

  it('names giver and receiver when the referral went elsewhere', async () => {
    const { db, anna, carla, slip } = await chapter()
    const error = await refusal(
      saveTyfcb(db, tyfcb(carla, anna, 5000, { kind: 'referral', referralId: slip }), fixedClock),
    )
    expect(error.toData()).toEqual({
      code: 'tyfcb.referralMismatch',
      params: { giver: 'Anna Arndt', receiver: 'Carla Conrad' },
    })
  })

  it('wants a referral for kind referral and none for new or repeat business', async () => {
    const { db, anna, bernd, slip } = await chapter()
    const without = await refusal(
      saveTyfcb(db, tyfcb(bernd, anna, 5000, { kind: 'referral' }), fixedClock),
    )
    expect(without.toData()).toEqual({
      code: 'input.invalid',
      params: { field: 'referralId', reason: 'required' },
    })
    const repeat = await refusal(
      saveTyfcb(db, tyfcb(bernd, anna, 5000, { kind: 'repeat', referralId: slip }), fixedClock),
    )
    expect(repeat.toData()).toEqual({
      code: 'input.invalid',
      params: { field: 'referralId', reason: 'unexpected' },
    })
    const gone = await refusal(
      saveTyfcb(db, tyfcb(bernd, anna, 5000, { kind: 'referral', referralId: 999 }), fixedClock),
    )
    expect(gone.code).toBe('referral.notFound')
    const repeatBusiness = await saveTyfcb(
      db,
      tyfcb(bernd, anna, 5000, { kind: 'repeat' }),
      fixedClock,
    )
    expect(repeatBusiness.referralId).toBeNull()
  })

  it('refuses business thanked to oneself and unknown members', async () => {
    const { db, anna } = await chapter()
    expect((await refusal(saveTyfcb(db, tyfcb(anna, anna, 5000), fixedClock))).code).toBe(
      'referral.sameMember',
    )
    expect((await refusal(saveTyfcb(db, tyfcb(anna, 4711, 5000), fixedClock))).toData()).toEqual({
      code: 'attendance.memberNotFound',
      params: { id: 4711 },
    })
  })

  it('corrects and deletes an entry', async () => {
    const { db, anna, bernd, carla } = await chapter()
    const saved = await saveTyfcb(db, tyfcb(bernd, anna, 5000), fixedClock)
    const corrected = await saveTyfcb(
      db,
      { ...tyfcb(bernd, carla, 7500), id: saved.id },
      fixedClock,
    )
    expect(corrected).toMatchObject({ id: saved.id, giver: { id: carla }, amountCents: 7500 })
    expect(await listTyfcb(db, { ...all, memberId: bernd })).toHaveLength(1)
    expect(await listTyfcb(db, { ...all, memberId: anna })).toEqual([])
    expect(await deleteTyfcb(db, saved.id)).toEqual({ deleted: true })
    expect((await refusal(deleteTyfcb(db, saved.id))).code).toBe('tyfcb.notFound')
    const missing = await refusal(saveTyfcb(db, { ...tyfcb(bernd, anna, 1), id: 999 }, fixedClock))
    expect(missing.code).toBe('tyfcb.notFound')
  })
})
