import type { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { Database } from '../../../src/core/db/schema.ts'
import { memberAccount } from '../../../src/core/dues/account.ts'
import { addCharge, type NewChargeInput } from '../../../src/core/dues/charges.ts'
import { addCredit, cancelCharges } from '../../../src/core/dues/credits.ts'
import { openChargesOf } from '../../../src/core/dues/openCharges.ts'
import { recordPayment, reversePayment } from '../../../src/core/dues/payments.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { addDuesMember, inTrx } from '../../support/duesClub.ts'
import { fixedClock } from '../../support/temp.ts'
import { refusal } from '../../support/refusal.ts'

const openClub = useOpenClub()
const refused = async (work: Promise<unknown>) => (await refusal(work)).toData()

async function setup(): Promise<{ db: Kysely<Database>; member: number }> {
  const { db } = await openClub()
  const member = await addDuesMember(db, { firstName: 'Anna', lastName: 'Müller' })
  return { db, member }
}

const charge = (memberId: number, fields: Partial<NewChargeInput> = {}): NewChargeInput => ({
  memberId,
  kind: 'extra',
  description: 'Weihnachtsessen',
  amountCents: 10000,
  bookedOn: '2026-10-01',
  dueDate: '2026-10-15',
  ...fields,
})

const pay = (memberId: number, amountCents: number, chargeId?: number) => ({
  memberId,
  amountCents,
  paidOn: '2026-11-01',
  method: 'transfer' as const,
  reference: 'Überweisung',
  ...(chargeId === undefined ? {} : { chargeId }),
})

async function openOf(db: Kysely<Database>, member: number) {
  return (await openChargesOf(db, { memberIds: [member] })).map((c) => [c.id, c.openCents])
}

describe('charges', () => {
  it('numbers charges by booking year and a running count that is never reused', async () => {
    const { db, member } = await setup()
    const a = await inTrx(db, (t) => addCharge(t, charge(member), fixedClock))
    const b = await inTrx(db, (t) =>
      addCharge(t, charge(member, { bookedOn: '2027-01-02' }), fixedClock),
    )
    await expect(
      inTrx(db, async (t) => {
        await addCharge(t, charge(member), fixedClock)
        throw new Error('rolled back')
      }),
    ).rejects.toThrow('rolled back')
    const c = await inTrx(db, (t) => addCharge(t, charge(member), fixedClock))
    const numbers = await db.selectFrom('charge').select(['id', 'number']).orderBy('id').execute()
    expect(numbers).toEqual([
      { id: a, number: '2026-000001' },
      { id: b, number: '2027-000002' },
      { id: c, number: '2026-000003' },
    ])
  })

  it('refuses a second live dues charge for the same slice', async () => {
    const { db, member } = await setup()
    const dues = charge(member, {
      kind: 'dues',
      periodStart: '2026-07-01',
      periodEnd: '2027-06-30',
    })
    await inTrx(db, (t) => addCharge(t, dues, fixedClock))
    await expect(inTrx(db, (t) => addCharge(t, dues, fixedClock))).rejects.toThrow()
    expect(await db.selectFrom('charge').select('id').execute()).toHaveLength(1)
  })
})

describe('payments', () => {
  it('settles the oldest open charge first and keeps the rest as credit', async () => {
    const { db, member } = await setup()
    const late = await inTrx(db, (t) =>
      addCharge(t, charge(member, { dueDate: '2026-12-01' }), fixedClock),
    )
    const early = await inTrx(db, (t) =>
      addCharge(t, charge(member, { dueDate: '2026-10-01' }), fixedClock),
    )
    await inTrx(db, (t) => recordPayment(t, pay(member, 15000), fixedClock))
    expect(await openOf(db, member)).toEqual([[late, 5000]])
    const settled = await db
      .selectFrom('allocation')
      .select(['charge_id', 'amount_cents'])
      .orderBy('id')
      .execute()
    expect(settled).toEqual([
      { charge_id: early, amount_cents: 10000 },
      { charge_id: late, amount_cents: 5000 },
    ])
    await inTrx(db, (t) => recordPayment(t, pay(member, 8000), fixedClock))
    const account = await memberAccount(db, member)
    expect(account.balanceCents).toBe(-3000)
    expect(account.creditCents).toBe(3000)
    expect(account.openCharges).toEqual([])
  })

  it('settles the chosen charge first', async () => {
    const { db, member } = await setup()
    const early = await inTrx(db, (t) =>
      addCharge(t, charge(member, { dueDate: '2026-10-01' }), fixedClock),
    )
    const late = await inTrx(db, (t) =>
      addCharge(t, charge(member, { dueDate: '2026-12-01' }), fixedClock),
    )
    await inTrx(db, (t) => recordPayment(t, pay(member, 12000, late), fixedClock))
    expect(await openOf(db, member)).toEqual([[early, 8000]])
  })

  it('refuses a chosen charge that is paid, cancelled or someone else’s', async () => {
    const { db, member } = await setup()
    const other = await addDuesMember(db, { lastName: 'Becker' })
    const id = await inTrx(db, (t) => addCharge(t, charge(member), fixedClock))
    const theirs = await inTrx(db, (t) => addCharge(t, charge(other), fixedClock))
    await inTrx(db, (t) => recordPayment(t, pay(member, 10000), fixedClock))
    expect(
      await refused(inTrx(db, (t) => recordPayment(t, pay(member, 100, id), fixedClock))),
    ).toEqual({ code: 'dues.chargeNotOpen', params: { number: '2026-000001' } })
    expect(
      (await refused(inTrx(db, (t) => recordPayment(t, pay(member, 100, theirs), fixedClock))))
        .code,
    ).toBe('dues.chargeNotFound')
    await inTrx(db, (t) =>
      cancelCharges(t, [theirs], { bookedOn: '2026-11-02', note: 'Storno' }, fixedClock),
    )
    expect(
      await refused(inTrx(db, (t) => recordPayment(t, pay(other, 100, theirs), fixedClock))),
    ).toEqual({ code: 'dues.chargeCancelled', params: { number: '2026-000002' } })
  })

  it('uses an overpayment for the next charge', async () => {
    const { db, member } = await setup()
    await inTrx(db, (t) => recordPayment(t, pay(member, 15000), fixedClock))
    await inTrx(db, (t) => addCharge(t, charge(member), fixedClock))
    expect(await openOf(db, member)).toEqual([])
    const second = await inTrx(db, (t) => addCharge(t, charge(member), fixedClock))
    expect(await openOf(db, member)).toEqual([[second, 5000]])
  })

  it('reopens what a reversed payment settled and keeps both rows', async () => {
    const { db, member } = await setup()
    const id = await inTrx(db, (t) => addCharge(t, charge(member), fixedClock))
    const payment = await inTrx(db, (t) => recordPayment(t, pay(member, 10000), fixedClock))
    await inTrx(db, (t) =>
      reversePayment(t, { paymentId: payment, date: '2026-11-10', reason: 'MD06' }, fixedClock),
    )
    expect(await openOf(db, member)).toEqual([[id, 10000]])
    const account = await memberAccount(db, member)
    expect(account.entries.map((e) => [e.kind, e.amountCents, e.balanceCents, e.reversed])).toEqual(
      [
        ['charge', 10000, 10000, false],
        ['payment', -10000, 0, true],
        ['reversal', 10000, 10000, false],
      ],
    )
    expect(account.entries[2]?.description).toBe('MD06')
    expect(
      (
        await refused(
          inTrx(db, (t) =>
            reversePayment(t, { paymentId: payment, date: '2026-11-11', reason: 'x' }, fixedClock),
          ),
        )
      ).code,
    ).toBe('dues.paymentReversed')
  })
})

describe('credits', () => {
  it('frees the payment of a cancelled charge for the member’s next charge', async () => {
    const { db, member } = await setup()
    const id = await inTrx(db, (t) => addCharge(t, charge(member), fixedClock))
    await inTrx(db, (t) => recordPayment(t, pay(member, 10000), fixedClock))
    await inTrx(db, (t) =>
      cancelCharges(t, [id], { bookedOn: '2026-11-05', note: 'Storno' }, fixedClock),
    )
    let account = await memberAccount(db, member)
    expect(account.balanceCents).toBe(-10000)
    expect(account.creditCents).toBe(10000)
    const cancelled = await db
      .selectFrom('charge')
      .select('cancelled_on')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    expect(cancelled.cancelled_on).toBe('2026-11-05')
    await inTrx(db, (t) => addCharge(t, charge(member, { amountCents: 4000 }), fixedClock))
    account = await memberAccount(db, member)
    expect(account.openCharges).toEqual([])
    expect(account.creditCents).toBe(6000)
    expect(
      account.entries.map((e) => [e.kind, e.reference, e.description, e.balanceCents]),
    ).toEqual([
      ['charge', '2026-000001', 'Weihnachtsessen', 10000],
      ['charge', '2026-000002', 'Weihnachtsessen', 14000],
      ['payment', 'Überweisung', '', 4000],
      ['credit', 'Storno', '2026-000001', -6000],
    ])
    // Cancelling the charge frees the payment; it is not reversed.
    expect(account.entries.some((e) => e.reversed)).toBe(false)
  })

  it('reduces one charge by at most what is open on it', async () => {
    const { db, member } = await setup()
    const id = await inTrx(db, (t) => addCharge(t, charge(member), fixedClock))
    await inTrx(db, (t) => recordPayment(t, pay(member, 7000), fixedClock))
    expect(
      await refused(
        inTrx(db, (t) =>
          addCredit(
            t,
            {
              reason: 'reduction',
              memberId: member,
              chargeId: id,
              amountCents: 3001,
              bookedOn: '2026-11-05',
              note: 'Kulanz',
            },
            fixedClock,
          ),
        ),
      ),
    ).toEqual({
      code: 'dues.overCredit',
      params: { amount: '30,01\u00a0€', number: '2026-000001', open: '30,00\u00a0€' },
    })
    await inTrx(db, (t) =>
      addCredit(
        t,
        {
          reason: 'reduction',
          memberId: member,
          chargeId: id,
          amountCents: 3000,
          bookedOn: '2026-11-05',
          note: 'Kulanz',
        },
        fixedClock,
      ),
    )
    expect(await openOf(db, member)).toEqual([])
    expect((await memberAccount(db, member)).balanceCents).toBe(0)
  })

  it('credits on cancelling only what an earlier reduction left of the charge', async () => {
    const { db, member } = await setup()
    const id = await inTrx(db, (t) => addCharge(t, charge(member), fixedClock))
    await inTrx(db, (t) =>
      addCredit(
        t,
        {
          reason: 'reduction',
          memberId: member,
          chargeId: id,
          amountCents: 3000,
          bookedOn: '2026-10-20',
          note: 'Kulanz',
        },
        fixedClock,
      ),
    )
    await inTrx(db, (t) =>
      cancelCharges(t, [id], { bookedOn: '2026-11-05', note: 'Storno' }, fixedClock),
    )
    const credits = await db
      .selectFrom('credit')
      .select(['reason', 'amount_cents'])
      .where('charge_id', '=', id)
      .orderBy('id')
      .execute()
    expect(credits).toEqual([
      { reason: 'reduction', amount_cents: 3000 },
      { reason: 'cancellation', amount_cents: 7000 },
    ])
    // The reduction is not money in hand: the next charge stays open in full.
    const next = await inTrx(db, (t) => addCharge(t, charge(member), fixedClock))
    const account = await memberAccount(db, member)
    expect(account.balanceCents).toBe(10000)
    expect(account.creditCents).toBe(0)
    expect(await openOf(db, member)).toEqual([[next, 10000]])
  })

  it('books no cancellation credit for a charge reduced to nothing', async () => {
    const { db, member } = await setup()
    const id = await inTrx(db, (t) => addCharge(t, charge(member), fixedClock))
    await inTrx(db, (t) =>
      addCredit(
        t,
        {
          reason: 'reduction',
          memberId: member,
          chargeId: id,
          amountCents: 10000,
          bookedOn: '2026-10-20',
          note: 'Erlass',
        },
        fixedClock,
      ),
    )
    expect(
      await inTrx(db, (t) =>
        cancelCharges(t, [id], { bookedOn: '2026-11-05', note: 'Storno' }, fixedClock),
      ),
    ).toEqual([])
    const cancelled = await db
      .selectFrom('charge')
      .select('cancelled_on')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    expect(cancelled.cancelled_on).toBe('2026-11-05')
    expect((await memberAccount(db, member)).balanceCents).toBe(0)
  })

  it('frees an account credit that had settled a charge when the charge is cancelled', async () => {
    const { db, member } = await setup()
    const id = await inTrx(db, (t) => addCharge(t, charge(member), fixedClock))
    await inTrx(db, (t) =>
      addCredit(
        t,
        {
          reason: 'reduction',
          memberId: member,
          amountCents: 2500,
          bookedOn: '2026-10-20',
          note: 'Gutschrift',
        },
        fixedClock,
      ),
    )
    await inTrx(db, (t) =>
      cancelCharges(t, [id], { bookedOn: '2026-11-05', note: 'Storno' }, fixedClock),
    )
    const cancellation = await db
      .selectFrom('credit')
      .select('amount_cents')
      .where('reason', '=', 'cancellation')
      .executeTakeFirstOrThrow()
    expect(cancellation.amount_cents).toBe(10000)
    const account = await memberAccount(db, member)
    expect(account.balanceCents).toBe(-2500)
    expect(account.creditCents).toBe(2500)
  })
})
