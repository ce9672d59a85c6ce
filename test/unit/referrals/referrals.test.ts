import { describe, expect, it } from 'vitest'
import {
  deleteOneToOne,
  listOneToOnes,
  saveOneToOne,
} from '../../../src/core/referrals/oneToOnes.ts'
import {
  deleteReferral,
  listReferrals,
  saveReferral,
} from '../../../src/core/referrals/referrals.ts'
import { saveTyfcb } from '../../../src/core/referrals/tyfcb.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { refusal } from '../../support/refusal.ts'
import { fixedClock } from '../../support/temp.ts'
import { referral, threeMembers, tyfcb } from './referralSupport.ts'

const openClub = useOpenClub()

async function chapter() {
  const { db } = await openClub()
  return { db, ...(await threeMembers(db)) }
}

const all = { from: '2026-01-01', to: '2026-12-31', memberId: null }

describe('referral slips', () => {
  it('saves a slip and lists it by period and by member, newest first', async () => {
    const { db, anna, bernd, carla } = await chapter()
    const first = await saveReferral(db, referral(anna, bernd, '2026-09-01'), fixedClock)
    expect(first).toMatchObject({
      from: { id: anna, displayName: 'Anna Arndt' },
      to: { id: bernd, displayName: 'Bernd Brandt' },
      type: 'inside',
      contactName: 'Erika Beispiel',
      interest: 4,
      status: 'open',
    })
    await saveReferral(db, { ...referral(bernd, carla, '2026-10-01'), type: 'outside' }, fixedClock)
    await saveReferral(db, referral(carla, anna, '2025-12-31'), fixedClock)

    const listed = await listReferrals(db, all)
    expect(listed.map((r) => r.date)).toEqual(['2026-10-01', '2026-09-01'])
    const annas = await listReferrals(db, { ...all, memberId: anna })
    expect(annas.map((r) => r.id)).toEqual([first.id])
    const carlas = await listReferrals(db, {
      from: '2025-01-01',
      to: '2026-12-31',
      memberId: carla,
    })
    expect(carlas.map((r) => [r.from.id, r.to.id])).toEqual([
      [bernd, carla],
      [carla, anna],
    ])
  })

  it('changes a slip and deletes it', async () => {
    const { db, anna, bernd } = await chapter()
    const saved = await saveReferral(db, referral(anna, bernd), fixedClock)
    const changed = await saveReferral(
      db,
      { ...referral(anna, bernd), id: saved.id, status: 'won', note: 'Auftrag erteilt' },
      fixedClock,
    )
    expect(changed).toMatchObject({ id: saved.id, status: 'won', note: 'Auftrag erteilt' })
    expect(await deleteReferral(db, saved.id)).toEqual({ deleted: true })
    expect(await listReferrals(db, all)).toEqual([])
    expect((await refusal(deleteReferral(db, saved.id))).code).toBe('referral.notFound')
    const missing = await refusal(
      saveReferral(db, { ...referral(anna, bernd), id: 999 }, fixedClock),
    )
    expect(missing.code).toBe('referral.notFound')
  })

  it('refuses a slip to oneself and one naming a member that does not exist', async () => {
    const { db, anna } = await chapter()
    expect((await refusal(saveReferral(db, referral(anna, anna), fixedClock))).code).toBe(
      'referral.sameMember',
    )
    const unknown = await refusal(saveReferral(db, referral(anna, 4711), fixedClock))
    expect(unknown.toData()).toEqual({ code: 'attendance.memberNotFound', params: { id: 4711 } })
    expect(await listReferrals(db, all)).toEqual([])
  })

  it('keeps a slip that closed business was recorded for, with its giver and receiver', async () => {
    const { db, anna, bernd, carla } = await chapter()
    const slip = await saveReferral(db, referral(anna, bernd), fixedClock)
    await saveTyfcb(
      db,
      tyfcb(bernd, anna, 250_000, { kind: 'referral', referralId: slip.id }),
      fixedClock,
    )
    expect((await refusal(deleteReferral(db, slip.id))).code).toBe('referral.hasTyfcb')
    const moved = await refusal(
      saveReferral(db, { ...referral(anna, carla), id: slip.id }, fixedClock),
    )
    expect(moved.code).toBe('referral.hasTyfcb')
    // Its status may still change.
    const won = await saveReferral(
      db,
      { ...referral(anna, bernd), id: slip.id, status: 'won' },
      fixedClock,
    )
    expect(won.status).toBe('won')
  })

  it('refuses a period that runs backwards or spans more than ten years', async () => {
    const { db } = await chapter()
    const backwards = await refusal(
      listReferrals(db, { from: '2026-12-31', to: '2026-01-01', memberId: null }),
    )
    expect(backwards.toData()).toEqual({
      code: 'meeting.range',
      params: { from: '2026-12-31', to: '2026-01-01', years: 10 },
    })
    const long = await refusal(
      listOneToOnes(db, { from: '2016-01-01', to: '2026-01-01', memberId: null }),
    )
    expect(long.code).toBe('meeting.range')
    expect(
      await listReferrals(db, { from: '2016-01-01', to: '2025-12-31', memberId: null }),
    ).toEqual([])
  })
})

describe('one-to-ones', () => {
  it('saves, lists either side and deletes; two different members are needed', async () => {
    const { db, anna, bernd, carla } = await chapter()
    const met = await saveOneToOne(
      db,
      { id: null, aId: anna, bId: bernd, date: '2026-10-05', note: 'Kaffee' },
      fixedClock,
    )
    expect(met).toMatchObject({ a: { id: anna }, b: { id: bernd }, note: 'Kaffee' })
    await saveOneToOne(
      db,
      { id: null, aId: carla, bId: anna, date: '2026-10-06', note: '' },
      fixedClock,
    )
    expect((await listOneToOnes(db, { ...all, memberId: bernd })).map((o) => o.id)).toEqual([
      met.id,
    ])
    expect(await listOneToOnes(db, { ...all, memberId: anna })).toHaveLength(2)
    const same = await refusal(
      saveOneToOne(
        db,
        { id: null, aId: anna, bId: anna, date: '2026-10-05', note: '' },
        fixedClock,
      ),
    )
    expect(same.code).toBe('oneToOne.sameMember')
    const moved = await saveOneToOne(
      db,
      { id: met.id, aId: anna, bId: carla, date: '2026-10-07', note: '' },
      fixedClock,
    )
    expect(moved).toMatchObject({ id: met.id, b: { id: carla }, date: '2026-10-07' })
    expect(await deleteOneToOne(db, met.id)).toEqual({ deleted: true })
    expect((await refusal(deleteOneToOne(db, met.id))).code).toBe('oneToOne.notFound')
  })
})
