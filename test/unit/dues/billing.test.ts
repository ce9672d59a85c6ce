import type { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { Database } from '../../../src/core/db/schema.ts'
import { memberAccount } from '../../../src/core/dues/account.ts'
import {
  cancelRun,
  commitBilling,
  listRuns,
  previewBilling,
} from '../../../src/core/dues/billing.ts'
import { setMemberFee } from '../../../src/core/dues/memberFees.ts'
import { recordPayment } from '../../../src/core/dues/payments.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import {
  addDuesMember,
  addMembershipType,
  addSchedule,
  inTrx,
  makeDuesClub,
} from '../../support/duesClub.ts'
import { refusal } from '../../support/refusal.ts'
import { fixedClock } from '../../support/temp.ts'

const openClub = useOpenClub()

async function duesClub() {
  const { db } = await openClub()
  return { db, ...(await makeDuesClub(db)) }
}

const linesOf = async (db: Kysely<Database>, period: string) =>
  (await previewBilling(db, period)).lines.map((l) => [l.displayName, l.kind, l.amountCents])
const skippedOf = async (db: Kysely<Database>, period: string) =>
  (await previewBilling(db, period)).skipped.map((s) => [s.displayName, s.reason])

describe('billing preview', () => {
  it('shows who pays what, pro-rated and with the admission fee, sorted by name', async () => {
    const { db } = await duesClub()
    const preview = await previewBilling(db, '2026/27')
    expect(preview.lines.map((l) => [l.displayName, l.kind, l.periodStart, l.amountCents])).toEqual(
      [
        ['Bernd Becker', 'dues', '2026-07-01', 10000],
        ['Bernd Becker', 'admission', '2026-09-05', 5000],
        ['Firma Zeta GmbH', 'dues', '2026-07-01', 3000],
        ['Firma Zeta GmbH', 'dues', '2026-10-01', 3000],
        ['Firma Zeta GmbH', 'dues', '2027-01-01', 3000],
        ['Firma Zeta GmbH', 'dues', '2027-04-01', 3000],
        ['Anna Müller', 'dues', '2026-07-01', 12000],
        ['Dieter Schulz', 'dues', '2026-07-01', 6000],
      ],
    )
    expect(preview.skipped.map((s) => [s.displayName, s.reason])).toEqual([
      ['Emil Ärmel', 'noType'],
      ['Clara Özdemir', 'exempt'],
    ])
    expect(preview.totalCents).toBe(45000)
    expect(preview).toMatchObject({
      periodKey: '2026/27',
      periodStart: '2026-07-01',
      periodEnd: '2027-06-30',
    })
    const bernd = preview.lines[0]
    expect(bernd?.computation).toEqual({
      rule: 'month',
      fullCents: 12000,
      units: 10,
      ofUnits: 12,
      from: '2026-09-05',
      to: '2027-06-30',
    })
    expect(bernd?.dueDate).toBe('2026-09-19')
    expect(preview.lines[6]?.dueDate).toBe('2026-07-15')
    expect(preview.lines[1]?.computation).toEqual({ rule: 'admission', amountCents: 5000 })
  })

  it('bills €40 by month for a calendar-year club when joining on 5 September', async () => {
    const { db } = await openClub()
    await db.updateTable('club').set({ year_start_month: 1 }).execute()
    const type = await addMembershipType(db, 'Aktiv')
    await addSchedule(db, type)
    await addDuesMember(db, { membershipTypeId: type, joinDate: '2026-09-05' })
    expect(await linesOf(db, '2026')).toEqual([['Mustermann', 'dues', 4000]])
  })

  it('skips prospects and former members, but bills a leaver up to the leave date', async () => {
    const { db, types, members } = await duesClub()
    await db.deleteFrom('member').where('id', 'in', [members.bernd, members.zeta]).execute()
    await addDuesMember(db, { lastName: 'Neu', prospect: true, membershipTypeId: types.active })
    await addDuesMember(db, {
      lastName: 'Alt',
      membershipTypeId: types.active,
      action: 'resign',
      actionDate: '2026-06-30',
    })
    await addDuesMember(db, {
      lastName: 'Geht',
      membershipTypeId: types.young,
      action: 'resign',
      actionDate: '2026-12-31',
    })
    await addDuesMember(db, {
      lastName: 'Später',
      membershipTypeId: types.active,
      joinDate: '2027-08-01',
    })
    const preview = await previewBilling(db, '2026/27')
    expect(preview.lines.map((l) => [l.displayName, l.amountCents, l.computation.rule])).toEqual([
      // 6000 × 184 / 365 = 3024.66 → 3025
      ['Geht', 3025, 'day'],
      ['Anna Müller', 12000, 'full'],
      ['Dieter Schulz', 6000, 'full'],
    ])
    expect(preview.skipped.map((s) => [s.displayName, s.reason])).toEqual([
      ['Emil Ärmel', 'noType'],
      ['Alt', 'status'],
      ['Neu', 'status'],
      ['Clara Özdemir', 'exempt'],
      ['Später', 'notMemberInPeriod'],
    ])
  })

  it('uses an individual amount over the type’s, and ends it with null', async () => {
    const { db, members } = await duesClub()
    await setMemberFee(
      db,
      { memberId: members.anna, validFrom: '2026-01-01', amountCents: 9000, note: 'Student' },
      fixedClock,
    )
    await setMemberFee(
      db,
      { memberId: members.dieter, validFrom: '2026-01-01', amountCents: 0, note: '' },
      fixedClock,
    )
    await setMemberFee(
      db,
      { memberId: members.anna, validFrom: '2027-07-01', amountCents: null, note: '' },
      fixedClock,
    )
    const preview = await previewBilling(db, '2026/27')
    const anna = preview.lines.find((l) => l.memberId === members.anna)
    expect(anna?.computation).toEqual({ rule: 'individual', amountCents: 9000 })
    expect(preview.skipped.find((s) => s.memberId === members.dieter)?.reason).toBe('zeroAmount')
    const next = await previewBilling(db, '2027/28')
    expect(next.lines.find((l) => l.memberId === members.anna)?.amountCents).toBe(12000)
    expect((await memberAccount(db, members.anna, '2026-11-21')).individualFee).toEqual({
      amountCents: 9000,
      validFrom: '2026-01-01',
    })
    expect((await memberAccount(db, members.anna, '2027-07-01')).individualFee).toBeNull()
  })

  it('applies a schedule change from its date on, and lists slices without a schedule', async () => {
    const { db, types, members } = await duesClub()
    await addSchedule(db, types.active, {
      validFrom: '2027-07-01',
      amountCents: 15000,
      admissionFeeCents: 5000,
    })
    await addSchedule(db, types.corporate, {
      validFrom: '2027-01-01',
      amountCents: 1500,
      interval: 'monthly',
      prorate: 'none',
    })
    const late = await addMembershipType(db, 'Neu ab 2027')
    await addSchedule(db, late, { validFrom: '2027-01-01' })
    await addDuesMember(db, { lastName: 'Zuletzt', membershipTypeId: late })
    const preview = await previewBilling(db, '2026/27')
    expect(preview.lines.find((l) => l.memberId === members.anna)?.amountCents).toBe(12000)
    expect(
      preview.lines
        .filter((l) => l.memberId === members.zeta)
        .map((l) => [l.periodStart, l.amountCents]),
    ).toEqual([
      ['2026-07-01', 3000],
      ['2026-10-01', 3000],
      ...['01', '02', '03', '04', '05', '06'].map((m) => [`2027-${m}-01`, 1500]),
    ])
    expect(preview.skipped.at(-1)).toMatchObject({ displayName: 'Zuletzt', reason: 'noSchedule' })
    expect(
      (await previewBilling(db, '2027/28')).lines.find((l) => l.memberId === members.anna)
        ?.amountCents,
    ).toBe(15000)
  })

  it('bills a month: only slices starting in it', async () => {
    const { db } = await duesClub()
    expect(await linesOf(db, '2027-01')).toEqual([['Firma Zeta GmbH', 'dues', 3000]])
  })
})

describe('billing runs', () => {
  it('commits numbered charges once; a second run bills nobody twice', async () => {
    const { db, members } = await duesClub()
    const run = await commitBilling(db, '2026/27', fixedClock)
    expect(run).toMatchObject({
      periodKey: '2026/27',
      chargeCount: 8,
      totalCents: 45000,
      cancelledAt: null,
    })
    const charges = await db.selectFrom('charge').selectAll().orderBy('id').execute()
    expect(charges.map((c) => c.number)).toEqual(
      Array.from({ length: 8 }, (_, i) => `2026-${String(i + 1).padStart(6, '0')}`),
    )
    expect(charges.find((c) => c.member_id === members.anna)).toMatchObject({
      description: 'Mitgliedsbeitrag 2026/27',
      booked_on: '2026-11-21',
      due_date: '2026-07-15',
      kind: 'dues',
      run_id: run.id,
    })
    expect(charges.find((c) => c.member_id === members.zeta)?.description).toBe(
      'Mitgliedsbeitrag 01.07.2026–30.09.2026',
    )
    expect(await skippedOf(db, '2026/27')).toEqual([
      ['Emil Ärmel', 'noType'],
      ['Bernd Becker', 'alreadyBilled'],
      ['Firma Zeta GmbH', 'alreadyBilled'],
      ['Anna Müller', 'alreadyBilled'],
      ['Clara Özdemir', 'exempt'],
      ['Dieter Schulz', 'alreadyBilled'],
    ])
    expect((await refusal(commitBilling(db, '2026/27', fixedClock))).toData()).toEqual({
      code: 'dues.nothingToBill',
      params: { period: '2026/27' },
    })
    expect(await db.selectFrom('charge').select('id').execute()).toHaveLength(8)
    expect(await db.selectFrom('billing_run').select('id').execute()).toHaveLength(1)
    // A month inside the year bills only what was not billed yet: nothing.
    await expect(commitBilling(db, '2026-10', fixedClock)).rejects.toThrow('dues.nothingToBill')
  })

  it('bills the admission fee once', async () => {
    const { db, members } = await duesClub()
    await commitBilling(db, '2026-07-01..2026-12-31', fixedClock)
    const lines = (await previewBilling(db, '2026/27')).lines
    expect(lines.filter((l) => l.memberId === members.bernd)).toEqual([])
    expect(lines.map((l) => l.periodStart)).toEqual(['2027-01-01', '2027-04-01'])
  })

  it('uses money paid in advance for the new charges', async () => {
    const { db, members } = await duesClub()
    await inTrx(db, (t) =>
      recordPayment(
        t,
        {
          memberId: members.anna,
          amountCents: 20000,
          paidOn: '2026-06-20',
          method: 'cash',
          reference: '',
        },
        fixedClock,
      ),
    )
    await commitBilling(db, '2026/27', fixedClock)
    const account = await memberAccount(db, members.anna)
    expect(account.openCharges).toEqual([])
    expect(account).toMatchObject({ balanceCents: -8000, creditCents: 8000 })
  })

  it('cancels a run with credits, frees its payments and allows billing again', async () => {
    const { db, members } = await duesClub()
    const run = await commitBilling(db, '2026/27', fixedClock)
    await inTrx(db, (t) =>
      recordPayment(
        t,
        {
          memberId: members.anna,
          amountCents: 12000,
          paidOn: '2026-11-21',
          method: 'transfer',
          reference: 'RE 1',
        },
        fixedClock,
      ),
    )
    const cancelled = await cancelRun(
      db,
      { runId: run.id, date: '2026-11-22', reason: 'Falscher Betrag' },
      fixedClock,
    )
    expect(cancelled).toMatchObject({ cancelledAt: '2026-11-22', chargeCount: 8 })
    const credits = await db.selectFrom('credit').selectAll().execute()
    expect(credits).toHaveLength(8)
    expect(credits.every((c) => c.reason === 'cancellation' && c.note === 'Falscher Betrag')).toBe(
      true,
    )
    expect(
      await db.selectFrom('charge').select('id').where('cancelled_on', 'is', null).execute(),
    ).toEqual([])
    expect(await memberAccount(db, members.anna)).toMatchObject({
      balanceCents: -12000,
      creditCents: 12000,
    })
    expect(
      (
        await refusal(cancelRun(db, { runId: run.id, date: '2026-11-23', reason: 'x' }, fixedClock))
      ).toData(),
    ).toEqual({
      code: 'dues.runCancelled',
      params: { period: '2026/27' },
    })
    const again = await commitBilling(db, '2026/27', fixedClock)
    expect(again.chargeCount).toBe(8)
    expect(await memberAccount(db, members.anna)).toMatchObject({
      balanceCents: 0,
      openCharges: [],
    })
    expect((await listRuns(db)).map((r) => [r.id, r.cancelledAt])).toEqual([
      [again.id, null],
      [run.id, '2026-11-22'],
    ])
    const numbers = await db.selectFrom('charge').select('number').orderBy('id').execute()
    expect(new Set(numbers.map((n) => n.number)).size).toBe(16)
  })

  it('refuses to cancel a run that does not exist', async () => {
    const { db } = await duesClub()
    expect(
      (await refusal(cancelRun(db, { runId: 99, date: '2026-11-22', reason: 'x' }, fixedClock)))
        .code,
    ).toBe('dues.runNotFound')
  })
})

describe('billing across a change of interval or membership type', () => {
  const duesOf = async (db: Kysely<Database>, memberId: number, period: string) =>
    (await previewBilling(db, period)).lines
      .filter((l) => l.memberId === memberId && l.kind === 'dues')
      .map((l) => [l.periodStart, l.periodEnd, l.amountCents])

  it('yearly to quarterly: the billed year runs out before the first quarter', async () => {
    const { db, types, members } = await duesClub()
    await commitBilling(db, '2026/27', fixedClock)
    await addSchedule(db, types.active, {
      validFrom: '2027-01-01',
      amountCents: 3000,
      interval: 'quarterly',
      prorate: 'none',
    })
    expect(await duesOf(db, members.anna, '2026/27')).toEqual([])
    expect(await skippedOf(db, '2026/27')).toContainEqual(['Anna Müller', 'alreadyBilled'])
    expect(await duesOf(db, members.anna, '2027-01')).toEqual([])
    expect(await duesOf(db, members.anna, '2027/28')).toEqual([
      ['2027-07-01', '2027-09-30', 3000],
      ['2027-10-01', '2027-12-31', 3000],
      ['2028-01-01', '2028-03-31', 3000],
      ['2028-04-01', '2028-06-30', 3000],
    ])
  })

  it('yearly to quarterly in one run: the year under the old schedule covers its quarters', async () => {
    const { db, types, members } = await duesClub()
    await addSchedule(db, types.active, {
      validFrom: '2027-01-01',
      amountCents: 3000,
      interval: 'quarterly',
      prorate: 'none',
    })
    expect(await duesOf(db, members.anna, '2026/27')).toEqual([['2026-07-01', '2027-06-30', 12000]])
  })

  it('quarterly to yearly mid-year: the rest of the year is billed pro rata', async () => {
    const { db, types, members } = await duesClub()
    await commitBilling(db, '2026-07-01..2026-12-31', fixedClock)
    await addSchedule(db, types.corporate, {
      validFrom: '2027-01-01',
      amountCents: 10000,
      interval: 'yearly',
      prorate: 'none',
    })
    const preview = await previewBilling(db, '2026/27')
    const zeta = preview.lines.filter((l) => l.memberId === members.zeta)
    expect(zeta.map((l) => [l.periodStart, l.periodEnd, l.amountCents])).toEqual([
      ['2027-01-01', '2027-06-30', 5000],
    ])
    expect(zeta[0]?.computation).toEqual({
      rule: 'month',
      fullCents: 10000,
      units: 6,
      ofUnits: 12,
      from: '2027-01-01',
      to: '2027-06-30',
    })
    await commitBilling(db, '2026/27', fixedClock)
    expect(await duesOf(db, members.zeta, '2026/27')).toEqual([])
    expect(await duesOf(db, members.zeta, '2027/28')).toEqual([['2027-07-01', '2028-06-30', 10000]])
  })

  it('quarterly to yearly mid-year in one run: quarters first, then the rest of the year', async () => {
    const { db, types, members } = await duesClub()
    await addSchedule(db, types.corporate, {
      validFrom: '2027-01-01',
      amountCents: 10000,
      interval: 'yearly',
      prorate: 'none',
    })
    expect(await duesOf(db, members.zeta, '2026/27')).toEqual([
      ['2026-07-01', '2026-09-30', 3000],
      ['2026-10-01', '2026-12-31', 3000],
      ['2027-01-01', '2027-06-30', 5000],
    ])
    expect(await duesOf(db, members.zeta, '2026-07-01..2026-12-31')).toEqual([
      ['2026-07-01', '2026-09-30', 3000],
      ['2026-10-01', '2026-12-31', 3000],
    ])
    expect(await duesOf(db, members.zeta, '2027-01-01..2027-06-30')).toEqual([
      ['2027-01-01', '2027-06-30', 5000],
    ])
  })

  it('a member moved to a quarterly type is not billed again for the year paid', async () => {
    const { db, types, members } = await duesClub()
    await commitBilling(db, '2026/27', fixedClock)
    await db
      .updateTable('member')
      .set({ membership_type_id: types.corporate })
      .where('id', '=', members.anna)
      .execute()
    expect(await duesOf(db, members.anna, '2026/27')).toEqual([])
    expect(await skippedOf(db, '2026/27')).toContainEqual(['Anna Müller', 'alreadyBilled'])
  })

  it('a member moved to a yearly type pays the rest of the year after the billed quarters', async () => {
    const { db, types, members } = await duesClub()
    await commitBilling(db, '2026-07-01..2026-12-31', fixedClock)
    await db
      .updateTable('member')
      .set({ membership_type_id: types.active })
      .where('id', '=', members.zeta)
      .execute()
    expect(await duesOf(db, members.zeta, '2026/27')).toEqual([['2027-01-01', '2027-06-30', 6000]])
  })
})
