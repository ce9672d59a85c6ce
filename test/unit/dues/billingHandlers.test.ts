import { describe, expect, it } from 'vitest'
import type { Envelope } from '../../../src/api/bridge.ts'
import type {
  BillingPreview,
  BillingRunSummary,
  MemberAccount,
  MembershipTypeFees,
  OutstandingRow,
} from '../../../src/api/dues.ts'
import { makeDuesClub } from '../../support/duesClub.ts'
import { useClub, value } from '../../support/session.ts'

const { dispatch, session } = useClub({ name: 'Rotary Club Teststadt', kind: 'rotary' })

const club = () => makeDuesClub(session().requireClub().db)
const refused = (envelope: Envelope<unknown>) => (envelope.ok ? null : envelope.error)

describe('dues procedures', () => {
  it('lists and saves fee schedules, a future one beside the current', async () => {
    const { types } = await club()
    const saved = value<MembershipTypeFees[]>(
      await dispatch('dues/saveSchedule', {
        membershipTypeId: types.active,
        validFrom: '2027-07-01',
        amountCents: 15000,
        interval: 'yearly',
        prorate: 'month',
        admissionFeeCents: 5000,
        exempt: false,
        dueDays: 30,
      }),
    )
    const active = saved.find((t) => t.id === types.active)
    expect(active).toMatchObject({ name: 'Aktiv', memberCount: 2, current: { amountCents: 12000 } })
    expect(active?.schedules.map((s) => s.validFrom)).toEqual(['2027-07-01', '2020-01-01'])
    expect(value<MembershipTypeFees[]>(await dispatch('dues/types', {}))).toEqual(saved)
    expect(
      refused(
        await dispatch('dues/saveSchedule', {
          membershipTypeId: 999,
          validFrom: '2027-07-01',
          amountCents: 1,
          interval: 'yearly',
          prorate: 'none',
          admissionFeeCents: 0,
          exempt: false,
          dueDays: 0,
        }),
      ),
    ).toEqual({ code: 'dues.typeNotFound', params: { membershipTypeId: 999 } })
  })

  it('bills, pays, reverses, credits and cancels through the procedures', async () => {
    const { members } = await club()
    const preview = value<BillingPreview>(await dispatch('dues/billPreview', { period: '2026/27' }))
    expect(preview.totalCents).toBe(45000)
    const run = value<BillingRunSummary>(await dispatch('dues/billCommit', { period: '2026/27' }))
    expect(run.chargeCount).toBe(8)
    expect(refused(await dispatch('dues/billCommit', { period: '2026/27' }))).toEqual({
      code: 'dues.nothingToBill',
      params: { period: '2026/27' },
    })
    expect(refused(await dispatch('dues/billPreview', { period: 'Sommer' }))).toEqual({
      code: 'dues.period',
      params: { period: 'Sommer' },
    })

    const bernd = value<MemberAccount>(await dispatch('dues/account', { memberId: members.bernd }))
    const admission = bernd.openCharges.find((c) => c.description === 'Aufnahmegebühr')
    const paid = value<MemberAccount>(
      await dispatch('dues/pay', {
        memberId: members.bernd,
        amountCents: 5000,
        paidOn: '2026-11-20',
        method: 'cash',
        reference: 'Quittung 7',
        chargeId: admission?.id,
      }),
    )
    expect(paid.openCharges.map((c) => c.description)).toEqual(['Mitgliedsbeitrag 2026/27'])
    const payment = paid.entries.find((e) => e.kind === 'payment')
    expect(payment).toMatchObject({ reference: 'Quittung 7', method: 'cash', amountCents: -5000 })

    const reversed = value<MemberAccount>(
      await dispatch('dues/reversePayment', {
        paymentId: payment?.id ?? 0,
        date: '2026-11-21',
        reason: 'Falsch gebucht',
      }),
    )
    expect(reversed.balanceCents).toBe(15000)
    expect(
      refused(
        await dispatch('dues/reversePayment', {
          paymentId: payment?.id ?? 0,
          date: '2026-11-21',
          reason: 'nochmal',
        }),
      )?.code,
    ).toBe('dues.paymentReversed')

    const credited = value<MemberAccount>(
      await dispatch('dues/credit', {
        memberId: members.bernd,
        amountCents: 2000,
        bookedOn: '2026-11-21',
        note: 'Kulanz',
        chargeId: admission?.id,
      }),
    )
    expect(credited.balanceCents).toBe(13000)
    expect(
      refused(
        await dispatch('dues/credit', {
          memberId: members.bernd,
          amountCents: 3001,
          bookedOn: '2026-11-21',
          note: 'Kulanz',
          chargeId: admission?.id,
        }),
      ),
    ).toEqual({
      code: 'dues.overCredit',
      params: { amount: '30,01\u00a0€', number: admission?.number ?? '', open: '30,00\u00a0€' },
    })
    expect(refused(await dispatch('dues/account', { memberId: 9999 }))?.code).toBe(
      'member.notFound',
    )

    const owed = value<OutstandingRow[]>(
      await dispatch('dues/outstanding', { asOf: '2026-12-01', search: 'beck', minDaysOverdue: 0 }),
    )
    expect(owed.map((r) => [r.displayName, r.openCents, r.oldestDue, r.daysOverdue])).toEqual([
      ['Bernd Becker', 13000, '2026-09-19', 73],
    ])

    const cancelled = value<BillingRunSummary>(
      await dispatch('dues/cancelRun', { runId: run.id, date: '2026-11-22', reason: 'Neu' }),
    )
    expect(cancelled.cancelledAt).toBe('2026-11-22')
    expect(value<BillingRunSummary[]>(await dispatch('dues/runs', {}))).toEqual([cancelled])
    const after = value<MemberAccount>(await dispatch('dues/account', { memberId: members.bernd }))
    // The goodwill reduction was for the cancelled admission fee: it goes with it and leaves
    // the member no money in hand.
    expect(after).toMatchObject({ balanceCents: 0, creditCents: 0, openCharges: [] })
  })

  it('sets an individual fee and books extra charges for a selection', async () => {
    const { members } = await club()
    const account = value<MemberAccount>(
      await dispatch('dues/setMemberFee', {
        memberId: members.anna,
        validFrom: '2026-07-01',
        amountCents: 6000,
        note: 'Student',
      }),
    )
    expect(account.individualFee).toEqual({ amountCents: 6000, validFrom: '2026-07-01' })
    const extra = value<{ created: number; totalCents: number }>(
      await dispatch('dues/extraCharge', {
        memberIds: [members.anna, members.bernd, members.anna],
        description: 'Weihnachtsessen',
        amountCents: 4500,
        bookedOn: '2026-11-21',
        dueDate: '2026-12-15',
      }),
    )
    expect(extra).toEqual({ created: 2, totalCents: 9000 })
    expect(
      refused(
        await dispatch('dues/extraCharge', {
          memberIds: [members.anna, 4242],
          description: 'Umlage',
          amountCents: 100,
          bookedOn: '2026-11-21',
          dueDate: '2026-12-15',
        }),
      ),
    ).toEqual({ code: 'member.notFound', params: { memberId: 4242 } })
    const charges = await session().requireClub().db.selectFrom('charge').select('id').execute()
    expect(charges).toHaveLength(2)
  })

  it('refuses to reverse a direct debit, which only a return of its collection takes back', async () => {
    const { members } = await club()
    const { db } = session().requireClub()
    value<BillingRunSummary>(await dispatch('dues/billCommit', { period: '2026/27' }))
    const account = value<MemberAccount>(
      await dispatch('dues/pay', {
        memberId: members.anna,
        amountCents: 12000,
        paidOn: '2026-11-20',
        method: 'direct_debit',
        reference: 'E2E-1',
      }),
    )
    const payment = account.entries.find((e) => e.kind === 'payment')
    const charge = await db
      .selectFrom('charge')
      .select('id')
      .where('member_id', '=', members.anna)
      .executeTakeFirstOrThrow()
    const mandate = await db
      .insertInto('mandate')
      .values({
        member_id: members.anna,
        reference: 'M-1',
        signed_on: '2026-01-01',
        debtor_name: 'Anna Müller',
        iban: 'DE02120300000000202051',
        type: 'RCUR',
        status: 'active',
        last_used_on: null,
        created_at: '2026-01-01T00:00:00.000Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const collection = await db
      .insertInto('collection')
      .values({
        message_id: 'MSG-1',
        collection_date: '2026-11-20',
        file_name: 'lastschrift.xml',
        total_cents: 12000,
        item_count: 1,
        xml: null,
        created_at: '2026-11-15T00:00:00.000Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db
      .insertInto('collection_item')
      .values({
        collection_id: collection.id,
        charge_id: charge.id,
        mandate_id: mandate.id,
        payment_id: payment?.id ?? 0,
        end_to_end_id: 'E2E-1',
        sequence_type: 'FRST',
        amount_cents: 12000,
        returned_on: null,
        return_reason: null,
      })
      .execute()
    expect(
      refused(
        await dispatch('dues/reversePayment', {
          paymentId: payment?.id ?? 0,
          date: '2026-11-21',
          reason: 'Falsch gebucht',
        }),
      ),
    ).toEqual({ code: 'dues.paymentCollected', params: {} })
    expect(await db.selectFrom('payment').select('id').execute()).toHaveLength(1)
  })
})
