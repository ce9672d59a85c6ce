import { describe, expect, it } from 'vitest'
import { commitBilling } from '../../../src/core/dues/billing.ts'
import { outstanding } from '../../../src/core/dues/outstanding.ts'
import { recordPayment } from '../../../src/core/dues/payments.ts'
import { changeStatus } from '../../../src/core/members/memberStatus.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { inTrx, makeDuesClub } from '../../support/duesClub.ts'
import { fixedClock } from '../../support/temp.ts'

const openClub = useOpenClub()

async function billedClub() {
  const { db } = await openClub()
  const club = await makeDuesClub(db)
  await commitBilling(db, '2026/27', fixedClock)
  return { db, ...club }
}

const query = { asOf: '', search: '', minDaysOverdue: 0 }

describe('outstanding', () => {
  it('lists who owes what since when, by name, former members too', async () => {
    const { db, members } = await billedClub()
    await inTrx(db, (t) =>
      recordPayment(
        t,
        {
          memberId: members.zeta,
          amountCents: 3000,
          paidOn: '2026-07-10',
          method: 'transfer',
          reference: '',
        },
        fixedClock,
      ),
    )
    await changeStatus(db, members.dieter, 'resign', '2026-10-31', '', fixedClock)
    await db
      .insertInto('mandate')
      .values({
        member_id: members.anna,
        reference: 'M-1',
        signed_on: '2025-01-01',
        debtor_name: 'Anna Müller',
        iban: 'DE02120300000000202051',
        type: 'RCUR',
        status: 'active',
        created_at: '2025-01-01T00:00:00Z',
      })
      .execute()
    const rows = await outstanding(db, query, fixedClock)
    expect(
      rows.map((r) => [
        r.displayName,
        r.status,
        r.openCents,
        r.openCharges,
        r.oldestDue,
        r.daysOverdue,
        r.hasMandate,
      ]),
    ).toEqual([
      ['Bernd Becker', 'active', 15000, 2, '2026-09-19', 63, false],
      ['Firma Zeta GmbH', 'active', 9000, 3, '2026-10-15', 37, false],
      ['Anna Müller', 'active', 12000, 1, '2026-07-15', 129, true],
      ['Dieter Schulz', 'former', 6000, 1, '2026-07-15', 129, false],
    ])
    expect(rows[0]).toMatchObject({ memberId: members.bernd, dunningLevel: 0 })
  })

  it('filters by search, days overdue and a day of reckoning', async () => {
    const { db } = await billedClub()
    const names = async (q: Partial<typeof query>) =>
      (await outstanding(db, { ...query, ...q }, fixedClock)).map((r) => r.displayName)
    expect(await names({ search: 'müll' })).toEqual(['Anna Müller'])
    expect(await names({ search: 'zeta gmbh' })).toEqual(['Firma Zeta GmbH'])
    expect(await names({ search: 'niemand' })).toEqual([])
    const number = await db
      .selectFrom('member')
      .select('member_number')
      .where('last_name', '=', 'Schulz')
      .executeTakeFirstOrThrow()
    expect(await names({ search: number.member_number })).toContain('Dieter Schulz')
    expect(await names({ minDaysOverdue: 100 })).toEqual([
      'Firma Zeta GmbH',
      'Anna Müller',
      'Dieter Schulz',
    ])
    expect(await names({ asOf: '2026-07-15' })).toHaveLength(4)
    const early = await outstanding(db, { ...query, asOf: '2026-07-15' }, fixedClock)
    expect(early.map((r) => r.daysOverdue)).toEqual([0, 0, 0, 0])
  })
})
