import { describe, expect, it } from 'vitest'
import { addCharge } from '../../../src/core/dues/charges.ts'
import { cancelCharges } from '../../../src/core/dues/credits.ts'
import { openChargesOf } from '../../../src/core/dues/openCharges.ts'
import { recordPayment, reversePayment } from '../../../src/core/dues/payments.ts'
import { duesReport } from '../../../src/core/dues/reports.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { inTrx, makeDuesClub } from '../../support/duesClub.ts'
import { refusal } from '../../support/refusal.ts'
import { fixedClock } from '../../support/temp.ts'
import { charge, pay } from './letterSupport.ts'

const openClub = useOpenClub()

/** A few months of bookings across types, with a returned payment and a cancelled charge. */
async function bookedClub() {
  const { db } = await openClub()
  const { members, types } = await makeDuesClub(db)
  const dues = (memberId: number, cents: number, day: string, typeId: number | null) =>
    inTrx(db, (trx) =>
      addCharge(
        trx,
        {
          memberId,
          kind: 'dues',
          description: 'Beitrag',
          amountCents: cents,
          bookedOn: day,
          dueDate: day,
          membershipTypeId: typeId,
        },
        fixedClock,
      ),
    )
  await dues(members.anna, 12000, '2026-07-01', types.active)
  await dues(members.dieter, 6000, '2026-07-01', types.young)
  await dues(members.zeta, 3000, '2026-07-01', types.corporate)
  const cancelled = await dues(members.zeta, 3000, '2026-10-01', types.corporate)
  await charge(db, members.emil, 4550, '2026-06-20', 'Sommerfest')
  await charge(db, members.emil, 2500, '2026-11-15', 'Weihnachtsessen')
  await pay(db, members.anna, 12000, '2026-07-20')
  const returned = await pay(db, members.dieter, 6000, '2026-08-02')
  await inTrx(db, (trx) =>
    reversePayment(trx, { paymentId: returned, date: '2026-08-20', reason: 'MD06' }, fixedClock),
  )
  await pay(db, members.dieter, 2000, '2026-09-01')
  await inTrx(db, (trx) =>
    cancelCharges(trx, [cancelled], { bookedOn: '2026-10-10', note: 'Storno' }, fixedClock),
  )
  return { db, members }
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

describe('the dues report', () => {
  it('sums to what the ledger holds in the range, by type and by month', async () => {
    const { db } = await bookedClub()
    const report = await duesReport(db, { from: '2026-07-01', to: '2026-11-21' })
    const charged = await db
      .selectFrom('charge')
      .select((eb) => eb.fn.sum<number>('amount_cents').as('s'))
      .where('booked_on', '>=', '2026-07-01')
      .executeTakeFirstOrThrow()
    expect(sum(report.byType.map((t) => t.chargedCents))).toBe(Number(charged.s))
    expect(sum(report.byType.map((t) => t.chargedCents))).toBe(12000 + 6000 + 3000 + 3000 + 2500)
    expect(sum(report.byType.map((t) => t.paidCents))).toBe(12000 + 6000 - 6000 + 2000)
    expect(sum(report.byType.map((t) => t.creditedCents))).toBe(3000)
    expect(sum(report.byMonth.map((m) => m.chargedCents))).toBe(26500)
    expect(sum(report.byMonth.map((m) => m.paidCents))).toBe(14000)
    expect(report.byMonth.map((m) => m.month)).toEqual([
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ])
    expect(report.byMonth[1]).toEqual({
      month: '2026-08',
      chargedCents: 0,
      paidCents: 0,
      creditedCents: 0,
    })
    expect(report.byType).toEqual([
      { membershipType: 'Aktiv', chargedCents: 12000, paidCents: 12000, creditedCents: 0 },
      { membershipType: 'Firmenmitglied', chargedCents: 6000, paidCents: 0, creditedCents: 3000 },
      { membershipType: 'Junges Mitglied', chargedCents: 6000, paidCents: 2000, creditedCents: 0 },
      { membershipType: null, chargedCents: 2500, paidCents: 0, creditedCents: 0 },
    ])
  })

  it('ages what is open on the last day, and that is what is open now', async () => {
    const { db } = await bookedClub()
    const report = await duesReport(db, { from: '2026-07-01', to: '2026-11-21' })
    expect(report.byAge).toEqual([
      { bucket: 'notDue', openCents: 0, members: 0 },
      { bucket: 'upTo30', openCents: 2500, members: 1 },
      { bucket: 'upTo90', openCents: 0, members: 0 },
      { bucket: 'upTo180', openCents: 4000 + 3000 + 4550, members: 3 },
      { bucket: 'over180', openCents: 0, members: 0 },
    ])
    const open = await openChargesOf(db, {})
    expect(sum(report.byAge.map((b) => b.openCents))).toBe(sum(open.map((c) => c.openCents)))
    // On 1 August Anna had paid, Dieter's debit had not come yet, the dinner was not booked.
    const august = await duesReport(db, { from: '2026-07-01', to: '2026-08-01' })
    expect(august.byAge.find((b) => b.bucket === 'upTo90')).toEqual({
      bucket: 'upTo90',
      openCents: 6000 + 3000 + 4550,
      members: 3,
    })
  })

  it('shows a debit returned later as paid on the days before its return', async () => {
    const { db } = await openClub()
    const { members } = await makeDuesClub(db)
    await charge(db, members.anna, 12000, '2026-07-01')
    await charge(db, members.anna, 3000, '2026-08-01', 'Sommerfest')
    const debit = await inTrx(db, (trx) =>
      recordPayment(
        trx,
        {
          memberId: members.anna,
          amountCents: 12000,
          paidOn: '2026-07-15',
          method: 'direct_debit',
          reference: 'Beitrag 2026/27',
        },
        fixedClock,
      ),
    )
    await inTrx(db, (trx) =>
      reversePayment(trx, { paymentId: debit, date: '2026-11-10', reason: 'MD06' }, fixedClock),
    )
    const open = async (to: string) =>
      (await duesReport(db, { from: '2026-07-01', to })).byAge.filter((b) => b.openCents > 0)
    // On 31 August the debit had paid the dues; only the summer party was open.
    expect(await open('2026-08-31')).toEqual([{ bucket: 'upTo30', openCents: 3000, members: 1 }])
    expect(await open('2026-11-21')).toEqual([
      { bucket: 'upTo180', openCents: 12000 + 3000, members: 1 },
    ])
  })

  it('refuses a range that runs backwards', async () => {
    const { db } = await openClub()
    const error = await refusal(duesReport(db, { from: '2026-12-01', to: '2026-01-01' }))
    expect(error.params).toEqual({ field: 'to', reason: 'outOfRange' })
  })
})
