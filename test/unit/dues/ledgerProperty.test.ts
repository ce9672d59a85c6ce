import fc from 'fast-check'
import { sql, type Kysely, type Transaction } from 'kysely'
import { describe, expect, it } from 'vitest'
import {
  billingIntervals,
  prorateRules,
  type BillingInterval,
  type Prorate,
} from '../../../src/api/dues.ts'
import type { Database } from '../../../src/core/db/schema.ts'
import { memberAccount } from '../../../src/core/dues/account.ts'
import { cancelRun, commitBilling, previewBilling } from '../../../src/core/dues/billing.ts'
import { addCredit, cancelCharges } from '../../../src/core/dues/credits.ts'
import { addExtraCharges } from '../../../src/core/dues/extraCharges.ts'
import { saveSchedule } from '../../../src/core/dues/feeSchedules.ts'
import { openChargesOf } from '../../../src/core/dues/openCharges.ts'
import { recordPayment, reversePayment } from '../../../src/core/dues/payments.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { makeDuesClub } from '../../support/duesClub.ts'
import { fixedClock } from '../../support/temp.ts'

const openClub = useOpenClub()

const periods = ['2026/27', '2026-07-01..2026-12-31', '2027-01', '2027/28', '2026-10'] as const

type Step =
  | { readonly op: 'bill'; readonly period: number }
  | { readonly op: 'extra'; readonly members: readonly number[]; readonly amount: number }
  | {
      readonly op: 'pay'
      readonly member: number
      readonly amount: number
      readonly choose: number | null
    }
  | { readonly op: 'reverse'; readonly pick: number }
  | {
      readonly op: 'reduce'
      readonly member: number
      readonly amount: number
      readonly choose: number | null
    }
  | { readonly op: 'cancelCharge'; readonly pick: number }
  | { readonly op: 'cancelRun'; readonly pick: number }
  | {
      readonly op: 'reschedule'
      readonly type: number
      readonly interval: BillingInterval
      readonly prorate: Prorate
      readonly validFrom: string
    }
  | { readonly op: 'retype'; readonly member: number; readonly type: number }

const member = fc.nat({ max: 5 })
const pick = fc.nat({ max: 20 })
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('bill' as const), period: fc.nat({ max: periods.length - 1 }) }),
  fc.record({
    op: fc.constant('extra' as const),
    members: fc.uniqueArray(member, { minLength: 1, maxLength: 3 }),
    amount: fc.integer({ min: 1, max: 9000 }),
  }),
  fc.record({
    op: fc.constant('pay' as const),
    member,
    amount: fc.integer({ min: 1, max: 20000 }),
    choose: fc.option(pick),
  }),
  fc.record({ op: fc.constant('reverse' as const), pick }),
  fc.record({
    op: fc.constant('reduce' as const),
    member,
    amount: fc.integer({ min: 1, max: 5000 }),
    choose: fc.option(pick),
  }),
  fc.record({ op: fc.constant('cancelCharge' as const), pick }),
  fc.record({ op: fc.constant('cancelRun' as const), pick }),
  fc.record({
    op: fc.constant('reschedule' as const),
    type: fc.nat({ max: 3 }),
    interval: fc.constantFrom(...billingIntervals),
    prorate: fc.constantFrom(...prorateRules),
    validFrom: fc.constantFrom('2026-10-01', '2027-01-01', '2027-02-15', '2027-07-01'),
  }),
  fc.record({ op: fc.constant('retype' as const), member, type: fc.nat({ max: 3 }) }),
)

/** Thrown to undo a whole sequence once it is checked. */
class Undo extends Error {}

const at = <T>(list: readonly T[], index: number): T | undefined =>
  list.length === 0 ? undefined : list[index % list.length]

async function apply(
  trx: Transaction<Database>,
  members: readonly number[],
  types: readonly number[],
  s: Step,
) {
  const day = '2026-11-21'
  switch (s.op) {
    case 'bill': {
      const period = periods[s.period] as string
      const preview = await previewBilling(trx, period)
      if (preview.lines.length === 0) return
      await commitBilling(trx, period, fixedClock)
      // Running the same period again creates nothing.
      expect((await previewBilling(trx, period)).lines).toEqual([])
      return
    }
    case 'extra':
      await addExtraCharges(
        trx,
        {
          memberIds: s.members.map((m) => members[m] as number),
          description: 'Umlage',
          amountCents: s.amount,
          bookedOn: day,
          dueDate: '2026-12-01',
        },
        fixedClock,
      )
      return
    case 'pay': {
      const memberId = members[s.member] as number
      const open = await openChargesOf(trx, { memberIds: [memberId] })
      const chosen = s.choose === null ? undefined : at(open, s.choose)?.id
      await recordPayment(
        trx,
        {
          memberId,
          amountCents: s.amount,
          paidOn: day,
          method: 'transfer',
          reference: '',
          ...(chosen === undefined ? {} : { chargeId: chosen }),
        },
        fixedClock,
      )
      return
    }
    case 'reverse': {
      const payments = await trx
        .selectFrom('payment as p')
        .select('p.id')
        .where('p.amount_cents', '>', 0)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('payment as r').select('r.id').whereRef('r.reverses_id', '=', 'p.id'),
            ),
          ),
        )
        .orderBy('p.id')
        .execute()
      const payment = at(payments, s.pick)
      if (payment === undefined) return
      await reversePayment(trx, { paymentId: payment.id, date: day, reason: 'MD06' }, fixedClock)
      return
    }
    case 'reduce': {
      const memberId = members[s.member] as number
      const open = await openChargesOf(trx, { memberIds: [memberId] })
      const chosen = s.choose === null ? undefined : at(open, s.choose)
      const input = {
        reason: 'reduction' as const,
        memberId,
        amountCents: s.amount,
        bookedOn: day,
        note: 'Kulanz',
        chargeId: chosen?.id ?? null,
      }
      if (chosen !== undefined && s.amount > chosen.openCents) {
        await expect(addCredit(trx, input, fixedClock)).rejects.toThrow('dues.overCredit')
        return
      }
      await addCredit(trx, input, fixedClock)
      return
    }
    case 'cancelCharge': {
      const live = await trx
        .selectFrom('charge')
        .select('id')
        .where('cancelled_on', 'is', null)
        .orderBy('id')
        .execute()
      const charge = at(live, s.pick)
      if (charge === undefined) return
      await cancelCharges(trx, [charge.id], { bookedOn: day, note: 'Storno' }, fixedClock)
      return
    }
    case 'reschedule':
      await saveSchedule(
        trx,
        {
          membershipTypeId: types[s.type] as number,
          validFrom: s.validFrom,
          amountCents: 6000,
          interval: s.interval,
          prorate: s.prorate,
          admissionFeeCents: 0,
          exempt: false,
          dueDays: 14,
        },
        fixedClock,
      )
      return
    case 'retype':
      await trx
        .updateTable('member')
        .set({ membership_type_id: types[s.type] as number })
        .where('id', '=', members[s.member] as number)
        .execute()
      return
    case 'cancelRun': {
      const runs = await trx
        .selectFrom('billing_run')
        .select('id')
        .where('cancelled_at', 'is', null)
        .orderBy('id')
        .execute()
      const run = at(runs, s.pick)
      if (run === undefined) return
      await cancelRun(trx, { runId: run.id, date: day, reason: 'Fehler' }, fixedClock)
    }
  }
}

const allocated = (column: 'charge_id' | 'payment_id' | 'credit_id', table: string) =>
  sql<number>`coalesce((select sum(a.amount_cents) from allocation a where a.${sql.ref(column)} = ${sql.ref(`${table}.id`)}), 0)`

/** The ledger's invariants, over everything in it. */
async function checkInvariants(db: Kysely<Database>, members: readonly number[]) {
  const charges = await db
    .selectFrom('charge')
    .select([
      'charge.id',
      'member_id',
      'amount_cents',
      'cancelled_on',
      allocated('charge_id', 'charge').as('alloc'),
      sql<number>`coalesce((select sum(k.amount_cents) from credit k where k.charge_id = charge.id), 0)`.as(
        'credited',
      ),
    ])
    .execute()
  for (const c of charges) {
    // No charge is over-settled; a cancelled one is settled exactly, by its credit.
    expect(c.alloc).toBeGreaterThanOrEqual(0)
    expect(c.alloc).toBeLessThanOrEqual(c.amount_cents)
    if (c.cancelled_on !== null) expect(c.alloc).toBe(c.amount_cents)
    // Credits for a charge never exceed it, and a cancelled one is credited exactly once over.
    expect(c.credited).toBeLessThanOrEqual(c.amount_cents)
    if (c.cancelled_on !== null) expect(c.credited).toBe(c.amount_cents)
  }
  const payments = await db
    .selectFrom('payment')
    .select([
      'payment.id',
      'member_id',
      'amount_cents',
      'reverses_id',
      allocated('payment_id', 'payment').as('alloc'),
      sql<number>`exists (select 1 from payment r where r.reverses_id = payment.id)`.as('reversed'),
    ])
    .execute()
  for (const p of payments) {
    // No payment is used beyond its amount; a reversed one and a reversal settle nothing.
    if (p.amount_cents < 0 || p.reversed === 1) expect(p.alloc).toBe(0)
    else expect(p.alloc).toBeLessThanOrEqual(p.amount_cents)
  }
  const credits = await db
    .selectFrom('credit')
    .select(['credit.id', 'amount_cents', allocated('credit_id', 'credit').as('alloc')])
    .execute()
  for (const k of credits) expect(k.alloc).toBeLessThanOrEqual(k.amount_cents)
  // A member's live dues charges never cover a day twice, whatever changed between runs.
  const dues = await db
    .selectFrom('charge')
    .select(['member_id', 'period_start', 'period_end'])
    .where('kind', '=', 'dues')
    .where('cancelled_on', 'is', null)
    .orderBy('member_id')
    .orderBy('period_start')
    .execute()
  dues.forEach((c, i) => {
    const next = dues[i + 1]
    if (next?.member_id === c.member_id) {
      expect((next.period_start ?? '') > (c.period_end ?? '')).toBe(true)
    }
  })
  // Money only ever settles charges of its own member.
  const strangers = await sql<{ n: number }>`select count(*) as n from allocation a
      join charge c on c.id = a.charge_id
      left join payment p on p.id = a.payment_id
      left join credit k on k.id = a.credit_id
     where coalesce(p.member_id, k.member_id) <> c.member_id`.execute(db)
  expect(strangers.rows[0]?.n).toBe(0)

  for (const memberId of members) {
    const mine = <T extends { member_id: number }>(rows: readonly T[]) =>
      rows.filter((r) => r.member_id === memberId)
    const charged = mine(charges).reduce((s, c) => s + c.amount_cents, 0)
    const paid = mine(payments).reduce((s, p) => s + p.amount_cents, 0)
    const credited = (
      await db
        .selectFrom('credit')
        .select('amount_cents')
        .where('member_id', '=', memberId)
        .execute()
    ).reduce((s, k) => s + k.amount_cents, 0)
    const open = mine(charges)
      .filter((c) => c.cancelled_on === null)
      .reduce((s, c) => s + c.amount_cents - c.alloc, 0)
    const freePaid = mine(payments)
      .filter((p) => p.amount_cents > 0 && p.reversed === 0)
      .reduce((s, p) => s + p.amount_cents - p.alloc, 0)
    const freeCredit = (
      await db
        .selectFrom('credit')
        .select(['amount_cents', allocated('credit_id', 'credit').as('alloc')])
        .where('member_id', '=', memberId)
        .execute()
    ).reduce((s, k) => s + k.amount_cents - k.alloc, 0)
    const balance = charged - paid - credited
    expect(balance).toBe(open - freePaid - freeCredit)
    // Free money never sits beside an open charge: it settles it.
    expect(open === 0 || freePaid + freeCredit === 0).toBe(true)
    const account = await memberAccount(db, memberId)
    expect(account.balanceCents).toBe(balance)
    expect(account.entries.at(-1)?.balanceCents ?? 0).toBe(balance)
    expect(account.openCharges.reduce((s, c) => s + c.openCents, 0)).toBe(open)
    expect(account.creditCents).toBe(freePaid + freeCredit)
  }
}

describe('the ledger under any sequence of writes', () => {
  it('keeps its invariants and never bills a slice twice', async () => {
    const { db } = await openClub()
    const club = await makeDuesClub(db)
    const members = Object.values(club.members)
    const types = Object.values(club.types)
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        await db
          .transaction()
          .execute(async (trx) => {
            for (const s of steps) {
              await apply(trx, members, types, s)
              await checkInvariants(trx, members)
            }
            throw new Undo()
          })
          .catch((error: unknown) => {
            if (!(error instanceof Undo)) throw error
          })
      }),
      { numRuns: 60 },
    )
    expect(await db.selectFrom('charge').select('id').execute()).toEqual([])
  })
})
