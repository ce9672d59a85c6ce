import { readdirSync } from 'node:fs'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { dunningPreview, runDunning } from '../../../src/core/dues/dunning.ts'
import { dunningLevels, saveDunningLevels } from '../../../src/core/dues/dunningLevels.ts'
import { openChargesOf } from '../../../src/core/dues/openCharges.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { makeDuesClub } from '../../support/duesClub.ts'
import { refusal } from '../../support/refusal.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'
import { charge, giveAddress, giveClubLetterhead, pay } from './letterSupport.ts'

const openClub = useOpenClub()
const tempDir = useTempDir()

async function club() {
  const file = await openClub()
  const dues = await makeDuesClub(file.db)
  await giveClubLetterhead(file.db)
  for (const id of Object.values(dues.members)) await giveAddress(file.db, id)
  return { db: file.db, ...dues }
}

const levelsOn = async (db: Awaited<ReturnType<typeof club>>['db'], date: string) =>
  (await dunningPreview(db, date)).letters.map((l) => [l.displayName, l.level])

describe('dunning levels', () => {
  it('starts with 14, 28 and 42 days and a fee on the final notice', async () => {
    const { db } = await club()
    expect(await dunningLevels(db)).toEqual([
      { level: 1, daysAfterDue: 14, feeCents: 0 },
      { level: 2, daysAfterDue: 28, feeCents: 0 },
      { level: 3, daysAfterDue: 42, feeCents: 500 },
    ])
  })

  it('saves levels whose days increase and refuses others, naming the entry', async () => {
    const { db } = await club()
    const saved = await saveDunningLevels(db, [
      { level: 3, daysAfterDue: 60, feeCents: 1000 },
      { level: 1, daysAfterDue: 10, feeCents: 0 },
      { level: 2, daysAfterDue: 30, feeCents: 250 },
    ])
    expect(saved.map((l) => l.daysAfterDue)).toEqual([10, 30, 60])
    const error = await refusal(
      saveDunningLevels(db, [
        { level: 1, daysAfterDue: 10, feeCents: 0 },
        { level: 2, daysAfterDue: 10, feeCents: 0 },
        { level: 3, daysAfterDue: 60, feeCents: 0 },
      ]),
    )
    expect(error.code).toBe('input.invalid')
    expect(error.params).toEqual({ field: '1.daysAfterDue', reason: 'outOfRange' })
    expect((await dunningLevels(db)).map((l) => l.daysAfterDue)).toEqual([10, 30, 60])
  })
})

describe('a dunning run', () => {
  it('climbs one level at a time, never sends a level twice and books the fee once', async () => {
    const { db, members } = await club()
    const folder = tempDir()
    await charge(db, members.anna, 12000, '2026-10-01')
    expect(await levelsOn(db, '2026-10-14')).toEqual([])
    expect(await levelsOn(db, '2026-10-15')).toEqual([['Anna Müller', 1]])

    const first = await runDunning(db, '2026-10-15', folder, fixedClock)
    expect(first.files.map((path) => path.slice(folder.length + 1))).toEqual([
      'mahnung-1-0001-2026-10-15.pdf',
    ])
    expect(await levelsOn(db, '2026-10-20')).toEqual([])
    expect(await levelsOn(db, '2026-10-29')).toEqual([['Anna Müller', 2]])
    await runDunning(db, '2026-10-29', folder, fixedClock)
    expect(await levelsOn(db, '2026-11-11')).toEqual([])

    const final = await dunningPreview(db, '2026-11-12')
    expect(final.letters).toMatchObject([{ level: 3, openCents: 12000, feeCents: 500 }])
    expect(final.totalCents).toBe(12500)
    await runDunning(db, '2026-11-12', folder, fixedClock)

    const fees = await db
      .selectFrom('charge')
      .selectAll()
      .where('kind', '=', 'dunning_fee')
      .execute()
    expect(fees).toMatchObject([
      {
        member_id: members.anna,
        amount_cents: 500,
        booked_on: '2026-11-12',
        due_date: '2026-11-26',
      },
    ])
    // The fee is not due yet, the dues charge has had its final notice: nobody is due.
    expect(await levelsOn(db, '2026-11-30')).toEqual([])
    const notices = await db.selectFrom('dunning_notice').selectAll().orderBy('id').execute()
    expect(notices.map((n) => [n.level, n.sent_on, n.amount_cents])).toEqual([
      [1, '2026-10-15', 12000],
      [2, '2026-10-29', 12000],
      [3, '2026-11-12', 12500],
    ])
    expect(notices[2]?.fee_charge_id).toBe(fees[0]?.id)
    expect(await db.selectFrom('dunning_notice_charge').selectAll().execute()).toHaveLength(3)
    expect(readdirSync(folder).sort()).toEqual([
      'mahnung-1-0001-2026-10-15.pdf',
      'mahnung-2-0001-2026-10-29.pdf',
      'mahnung-3-0001-2026-11-12.pdf',
    ])
  })

  it('goes straight to the level the days call for, and the letter takes the highest', async () => {
    const { db, members } = await club()
    await charge(db, members.anna, 12000, '2026-09-01')
    await charge(db, members.anna, 3000, '2026-11-01', 'Weihnachtsessen')
    const preview = await dunningPreview(db, '2026-11-20')
    expect(preview.letters).toMatchObject([
      { level: 3, openCents: 15000, feeCents: 500, hasAddress: true },
    ])
    expect(preview.letters[0]?.charges.map((c) => c.description)).toEqual([
      'Mitgliedsbeitrag 2026/27',
      'Weihnachtsessen',
    ])
    await runDunning(db, '2026-11-20', tempDir(), fixedClock)
    const levels = await db.selectFrom('charge').select(['description', 'dunning_level']).execute()
    // The Christmas dinner was 19 days overdue: it reached the first level, not the third.
    expect(levels).toEqual(
      expect.arrayContaining([
        { description: 'Mitgliedsbeitrag 2026/27', dunning_level: 3 },
        { description: 'Weihnachtsessen', dunning_level: 1 },
      ]),
    )
  })

  it('never duns a member who has paid since, and duns only what is still open', async () => {
    const { db, members } = await club()
    await charge(db, members.anna, 12000, '2026-10-01')
    await charge(db, members.bernd, 12000, '2026-10-01')
    await pay(db, members.anna, 12000, '2026-10-20')
    await pay(db, members.bernd, 2000, '2026-10-20')
    const preview = await dunningPreview(db, '2026-10-29')
    expect(preview.letters.map((l) => [l.displayName, l.openCents])).toEqual([
      ['Bernd Becker', 10000],
    ])
  })

  it('lists members without an address but writes and records no letter for them', async () => {
    const { db, members } = await club()
    await db
      .updateTable('member')
      .set({ private_street: null, business_street: null })
      .where('id', '=', members.dieter)
      .execute()
    await charge(db, members.dieter, 6000, '2026-10-01')
    await charge(db, members.zeta, 3000, '2026-10-01')
    const preview = await dunningPreview(db, '2026-10-20')
    expect(preview.letters.map((l) => [l.displayName, l.hasAddress])).toEqual([
      ['Firma Zeta GmbH', true],
      ['Dieter Schulz', false],
    ])
    const folder = tempDir()
    const run = await runDunning(db, '2026-10-20', folder, fixedClock)
    expect(run.files).toHaveLength(1)
    expect(run.withoutAddress.map((l) => l.displayName)).toEqual(['Dieter Schulz'])
    expect((await openChargesOf(db, { memberIds: [members.dieter] }))[0]?.dunningLevel).toBe(0)
    expect(readdirSync(folder)).toEqual(['mahnung-1-0006-2026-10-20.pdf'])
  })

  it('refuses a run when nobody is due, and leaves no file behind when recording fails', async () => {
    const { db, members } = await club()
    const folder = tempDir()
    expect((await refusal(runDunning(db, '2026-10-20', folder, fixedClock))).toData()).toEqual({
      code: 'dunning.nothing',
      params: { date: '20.10.2026' },
    })
    await charge(db, members.anna, 12000, '2026-09-01')
    // A trigger stands in for a failure in the middle of recording.
    await sql`create trigger fail before insert on dunning_notice_charge
      begin select raise(abort, 'disk full'); end`.execute(db)
    await expect(runDunning(db, '2026-11-20', folder, fixedClock)).rejects.toThrow()
    expect(readdirSync(folder)).toEqual([])
    expect(await db.selectFrom('dunning_notice').selectAll().execute()).toEqual([])
  })
})
