import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClubFile } from '../../../src/core/db/createClubFile.ts'
import { openClubFile, type ClubFile } from '../../../src/core/db/openClubFile.ts'
import { fillDemoClub } from '../../../src/core/demo/demoClub.ts'
import { previewBilling } from '../../../src/core/dues/billing.ts'
import { collectionPreview } from '../../../src/core/sepa/collection.ts'
import { exportCollection } from '../../../src/core/sepa/collectionExport.ts'
import { validate } from '../sepa/sepaClub.ts'

const clock = { now: () => new Date('2026-11-21T10:00:00Z') }

describe('the demo club’s dues', () => {
  let dir = ''
  let file: ClubFile
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kreis-'))
    const path = join(dir, 'demo.kreis')
    await createClubFile(path, (db) =>
      fillDemoClub(db, { members: 400, seed: 3, locale: 'de', clock }),
    )
    file = await openClubFile(path, { clock })
  })
  afterAll(async () => {
    await file.db.destroy()
    rmSync(dir, { recursive: true, force: true })
  })

  it('has a fee schedule per type and a raise dated in the next club year', async () => {
    const schedules = await file.db
      .selectFrom('fee_schedule')
      .select(['membership_type_id', 'valid_from', 'amount_cents', 'exempt'])
      .execute()
    expect(new Set(schedules.map((s) => s.membership_type_id)).size).toBe(5)
    expect(schedules).toContainEqual(
      expect.objectContaining({ valid_from: '2027-07-01', amount_cents: 39_000 }),
    )
    expect(schedules.filter((s) => s.exempt === 1)).toHaveLength(1)
  })

  it('billed the running club year once per paying member, joiners pro-rated', async () => {
    const charges = await file.db.selectFrom('charge').selectAll().execute()
    expect(charges.length).toBeGreaterThan(250)
    const dues = charges.filter((c) => c.kind === 'dues')
    expect(new Set(dues.map((c) => c.member_id)).size).toBe(dues.length)
    expect(dues.every((c) => c.period_start === '2026-07-01')).toBe(true)
    const joiners = dues.filter((c) => c.booked_on > '2026-07-01')
    expect(joiners.length).toBeGreaterThan(0)
    for (const charge of joiners) {
      const how = JSON.parse(charge.computation) as { rule: string; fullCents: number }
      expect(how).toMatchObject({ rule: 'month', ofUnits: 12 })
      expect(charge.amount_cents).toBeLessThan(how.fullCents)
    }
    expect(
      dues.filter((c) => c.booked_on === '2026-07-01').every((c) => c.due_date === '2026-07-15'),
    ).toBe(true)
    const club = await file.db
      .selectFrom('club')
      .select(['charge_number_next', 'creditor_id'])
      .executeTakeFirstOrThrow()
    expect(club.charge_number_next).toBe(charges.length + 1)
    expect(club.creditor_id).toBe('DE98ZZZ09999999999')
  })

  it('agrees with the app’s own billing: running the year again bills nobody', async () => {
    const preview = await previewBilling(file.db, '2026/27')
    expect(preview.lines).toEqual([])
    expect(preview.skipped.some((s) => s.reason === 'alreadyBilled')).toBe(true)
  })

  it('has paid, partly paid, overpaid and open members, and keeps the ledger consistent', async () => {
    const open = await sql<{ state: string; members: number }>`
      select case when settled = 0 then 'open' when settled < amount then 'partial' else 'paid' end as state,
             count(*) as members
      from (select c.id, c.amount_cents as amount,
                   coalesce((select sum(a.amount_cents) from allocation a where a.charge_id = c.id), 0) as settled
            from charge c)
      group by state`.execute(file.db)
    const states = Object.fromEntries(open.rows.map((r) => [r.state, r.members]))
    expect(states['paid']).toBeGreaterThan(200)
    expect(states['open']).toBeGreaterThan(5)
    expect(states['partial']).toBeGreaterThan(0)

    const overSettled = await sql<{ n: number }>`
      select count(*) as n from charge c
      where (select coalesce(sum(amount_cents), 0) from allocation where charge_id = c.id) > c.amount_cents`.execute(
      file.db,
    )
    expect(overSettled.rows[0]?.n).toBe(0)
    const overSpent = await sql<{ n: number }>`
      select count(*) as n from payment p where p.amount_cents > 0 and
        (select coalesce(sum(amount_cents), 0) from allocation where payment_id = p.id) > p.amount_cents`.execute(
      file.db,
    )
    expect(overSpent.rows[0]?.n).toBe(0)
    const reversedButSettling = await sql<{ n: number }>`
      select count(*) as n from payment r join allocation a on a.payment_id = r.reverses_id`.execute(
      file.db,
    )
    expect(reversedButSettling.rows[0]?.n).toBe(0)
    const credit = await sql<{ n: number }>`
      select count(*) as n from payment p where p.amount_cents > 0 and p.reverses_id is null and
        not exists (select 1 from payment r where r.reverses_id = p.id) and
        p.amount_cents > (select coalesce(sum(amount_cents), 0) from allocation where payment_id = p.id)`.execute(
      file.db,
    )
    expect(credit.rows[0]?.n).toBeGreaterThan(0)
  })

  it('gave most payers a mandate, a few of them lapsed, and collected through them', async () => {
    const mandates = await file.db.selectFrom('mandate').selectAll().execute()
    const payers = await file.db
      .selectFrom('charge')
      .select((eb) => eb.fn.count<number>('member_id').distinct().as('n'))
      .executeTakeFirstOrThrow()
    expect(mandates.length / payers.n).toBeGreaterThan(0.8)
    expect(
      mandates.filter((m) => m.last_used_on !== null && m.last_used_on < '2023-11-21').length,
    ).toBeGreaterThan(0)
    const items = await file.db.selectFrom('collection_item').selectAll().execute()
    expect(items.length).toBeGreaterThan(200)
    const returned = items.filter((item) => item.returned_on !== null)
    for (const item of returned) {
      const reversal = await file.db
        .selectFrom('payment')
        .select(['amount_cents', 'reason'])
        .where('reverses_id', '=', item.payment_id)
        .executeTakeFirstOrThrow()
      expect(reversal).toEqual({ amount_cents: -item.amount_cents, reason: 'AM04' })
    }
    const check = await sql<{ foreign_key_check: string }>`pragma foreign_key_check`.execute(
      file.db,
    )
    expect(check.rows).toEqual([])
  })

  it('leaves the district levy open, so a collection made now writes a valid file', async () => {
    const levies = await file.db
      .selectFrom('charge')
      .select(['due_date', 'run_id'])
      .where('kind', '=', 'extra')
      .execute()
    expect(levies.length).toBeGreaterThan(250)
    expect(levies.every((levy) => levy.due_date === '2026-11-21' && levy.run_id === null)).toBe(
      true,
    )
    const input = { collectionDate: '2026-11-25' }
    const preview = await collectionPreview(file.db, input, clock)
    expect(preview.lines.length).toBeGreaterThan(200)
    expect(preview.problems.some((p) => p.problem === 'noMandate')).toBe(true)
    expect(preview.problems.some((p) => p.problem === 'mandateLapsed')).toBe(true)
    const out = join(dir, 'lastschrift.xml')
    const exported = await exportCollection(file.db, input, out, clock)
    expect(exported.collection.itemCount).toBe(preview.lines.length)
    validate(out)
  })
})
