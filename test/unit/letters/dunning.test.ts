import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { dunningPreview, runDunning } from '../../../src/core/dues/dunning.ts'
import { dunningLevels, saveDunningLevels } from '../../../src/core/dues/dunningLevels.ts'
import { openChargesOf } from '../../../src/core/dues/openCharges.ts'
import { localToday } from '../../../src/core/clock.ts'
import { reversePayment } from '../../../src/core/dues/payments.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { inTrx, makeDuesClub } from '../../support/duesClub.ts'
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

type Db = Awaited<ReturnType<typeof club>>['db']

/** A clock on the evening of `date`, so a run on that day is a run on today. */
const clockOn = (date: string) => ({ now: () => new Date(`${date}T18:00:00Z`) })

const levelsOn = async (db: Db, date: string) =>
  (await dunningPreview(db, date, clockOn(date))).letters.map((l) => [l.displayName, l.level])

const levelOf = async (db: Db, chargeId: number) =>
  (
    await db
      .selectFrom('charge')
      .select('dunning_level')
      .where('id', '=', chargeId)
      .executeTakeFirstOrThrow()
  ).dunning_level

const dun = (db: Db, date: string, folder: string) => runDunning(db, date, folder, clockOn(date))

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

  it('names a problem by its level, whatever order the levels come in', async () => {
    const { db } = await club()
    const shuffled = await refusal(
      saveDunningLevels(db, [
        { level: 3, daysAfterDue: 60, feeCents: 0 },
        { level: 1, daysAfterDue: 10, feeCents: 0 },
        { level: 2, daysAfterDue: 5, feeCents: 0 },
      ]),
    )
    expect(shuffled.params).toEqual({ field: '1.daysAfterDue', reason: 'outOfRange' })
    const missing = await refusal(
      saveDunningLevels(db, [
        { level: 1, daysAfterDue: 10, feeCents: 0 },
        { level: 1, daysAfterDue: 20, feeCents: 0 },
        { level: 3, daysAfterDue: 60, feeCents: 0 },
      ]),
    )
    expect(missing.params).toEqual({ field: '1.daysAfterDue', reason: 'required' })
  })
})

describe('a dunning run', () => {
  it('climbs one level at a time, never sends a level twice and books the fee once', async () => {
    const { db, members } = await club()
    const folder = tempDir()
    await charge(db, members.anna, 12000, '2026-10-01')
    expect(await levelsOn(db, '2026-10-14')).toEqual([])
    expect(await levelsOn(db, '2026-10-15')).toEqual([['Anna Müller', 1]])

    const first = await dun(db, '2026-10-15', folder)
    expect(first.files.map((path) => path.slice(folder.length + 1))).toEqual([
      'mahnung-1-0001-2026-10-15.pdf',
    ])
    expect(await levelsOn(db, '2026-10-20')).toEqual([])
    expect(await levelsOn(db, '2026-10-29')).toEqual([['Anna Müller', 2]])
    await dun(db, '2026-10-29', folder)
    expect(await levelsOn(db, '2026-11-11')).toEqual([])

    const final = await dunningPreview(db, '2026-11-12', fixedClock)
    expect(final.letters).toMatchObject([{ level: 3, openCents: 12000, feeCents: 500 }])
    expect(final.totalCents).toBe(12500)
    await dun(db, '2026-11-12', folder)

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
    // The dues charge has had its final notice, and the overdue fee starts nothing.
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

  it('starts an old charge with a reminder and leaves the gap between levels', async () => {
    const { db, members } = await club()
    const folder = tempDir()
    const old = await charge(db, members.anna, 12000, '2026-06-01')
    await charge(db, members.anna, 3000, '2026-10-01', 'Weihnachtsessen')
    const preview = await dunningPreview(db, '2026-11-01', fixedClock)
    expect(preview.letters).toMatchObject([
      { level: 1, openCents: 15000, feeCents: 0, hasAddress: true },
    ])
    expect(preview.letters[0]?.charges.map((c) => c.description)).toEqual([
      'Mitgliedsbeitrag 2026/27',
      'Weihnachtsessen',
    ])
    await dun(db, '2026-11-01', folder)
    expect(await levelOf(db, old)).toBe(1)
    // 14 days between the first and second level: not before 15 November, however old.
    expect(await levelsOn(db, '2026-11-14')).toEqual([])
    expect(await levelsOn(db, '2026-11-15')).toEqual([['Anna Müller', 2]])
    await dun(db, '2026-11-15', folder)
    expect(await levelOf(db, old)).toBe(2)
    expect(await levelsOn(db, '2026-11-21')).toEqual([])
  })

  it('starts again at the first level for a charge a returned debit reopened', async () => {
    const { db, members } = await club()
    const dues = await charge(db, members.anna, 12000, '2026-07-01')
    const debit = await pay(db, members.anna, 12000, '2026-07-05')
    expect(await levelsOn(db, '2026-11-20')).toEqual([])
    await inTrx(db, (trx) =>
      reversePayment(trx, { paymentId: debit, date: '2026-11-10', reason: 'MD06' }, fixedClock),
    )
    expect(await levelsOn(db, '2026-11-20')).toEqual([['Anna Müller', 1]])
    await dun(db, '2026-11-20', tempDir())
    expect(await levelOf(db, dues)).toBe(1)
  })

  it('never duns a dunning fee: it rides along in the next letter and costs no fee', async () => {
    const { db, members } = await club()
    const folder = tempDir()
    await saveDunningLevels(db, [
      { level: 1, daysAfterDue: 14, feeCents: 100 },
      { level: 2, daysAfterDue: 28, feeCents: 200 },
      { level: 3, daysAfterDue: 42, feeCents: 500 },
    ])
    await charge(db, members.anna, 12000, '2026-08-01')
    await dun(db, '2026-08-15', folder)
    await dun(db, '2026-08-29', folder)
    await dun(db, '2026-09-12', folder)
    const fees = () =>
      db
        .selectFrom('charge')
        .select(['id', 'amount_cents'])
        .where('kind', '=', 'dunning_fee')
        .execute()
    expect((await fees()).map((fee) => fee.amount_cents)).toEqual([100, 200, 500])
    // The final notice went out; the fees are long overdue but start nothing, ever.
    for (const day of ['2026-10-15', '2026-11-21']) expect(await levelsOn(db, day)).toEqual([])
    await expect(dun(db, '2026-11-21', folder)).rejects.toThrow()
    for (const fee of await fees()) expect(await levelOf(db, fee.id)).toBe(0)

    // A new charge's first reminder lists the fees, its level and fee are the reminder's.
    await charge(db, members.anna, 3000, '2026-11-01', 'Weihnachtsessen')
    const [letter] = (await dunningPreview(db, '2026-11-21', fixedClock)).letters
    expect(letter).toMatchObject({ level: 1, openCents: 12000 + 800 + 3000, feeCents: 100 })
    expect(letter?.charges.map((c) => c.description)).toHaveLength(5)
    await dun(db, '2026-11-21', folder)
    expect((await fees()).map((fee) => fee.amount_cents)).toEqual([100, 200, 500, 100])
    const finals = await db
      .selectFrom('dunning_notice')
      .select('level')
      .where('level', '=', 3)
      .execute()
    expect(finals).toHaveLength(1)
  })

  it('refuses a day ahead, in the preview and in the run', async () => {
    const { db, members } = await club()
    await charge(db, members.anna, 12000, '2026-09-01')
    const ahead = { code: 'input.invalid', params: { field: 'date', reason: 'outOfRange' } }
    expect((await refusal(dunningPreview(db, '2026-11-22', fixedClock))).toData()).toEqual(ahead)
    const folder = tempDir()
    expect((await refusal(runDunning(db, '2026-11-22', folder, fixedClock))).toData()).toEqual(
      ahead,
    )
    expect(readdirSync(folder)).toEqual([])
    expect((await dunningPreview(db, '2026-11-21', fixedClock)).letters).toHaveLength(1)
  })

  it('takes today as the clock on the user’s wall says it, not as UTC does', async () => {
    const { db } = await club()
    const zone = process.env['TZ']
    process.env['TZ'] = 'Europe/Berlin'
    try {
      // 00:30 on 22 November in Berlin is still 21 November in UTC.
      const berlin = { now: () => new Date('2026-11-21T23:30:00Z') }
      expect(localToday(berlin)).toBe('2026-11-22')
      expect((await dunningPreview(db, '2026-11-22', berlin)).date).toBe('2026-11-22')
    } finally {
      if (zone === undefined) delete process.env['TZ']
      else process.env['TZ'] = zone
    }
  })

  it('never overwrites a file in the folder: a letter takes the next free name', async () => {
    const { db, members } = await club()
    const folder = tempDir()
    writeFileSync(join(folder, 'mahnung-1-0001-2026-11-21.pdf'), 'kept')
    writeFileSync(join(folder, 'mahnung-1-0001-2026-11-21-2.pdf'), 'kept too')
    await charge(db, members.anna, 12000, '2026-09-01')
    const run = await runDunning(db, '2026-11-21', folder, fixedClock)
    expect(run.files).toEqual([join(folder, 'mahnung-1-0001-2026-11-21-3.pdf')])
    expect(readFileSync(join(folder, 'mahnung-1-0001-2026-11-21.pdf'), 'utf8')).toBe('kept')
    expect(readFileSync(join(folder, 'mahnung-1-0001-2026-11-21-2.pdf'), 'utf8')).toBe('kept too')
    expect(
      readFileSync(run.files[0] ?? '')
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
  })

  it('never duns a member who has paid since, and duns only what is still open', async () => {
    const { db, members } = await club()
    await charge(db, members.anna, 12000, '2026-10-01')
    await charge(db, members.bernd, 12000, '2026-10-01')
    await pay(db, members.anna, 12000, '2026-10-20')
    await pay(db, members.bernd, 2000, '2026-10-20')
    const preview = await dunningPreview(db, '2026-10-29', fixedClock)
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
    const preview = await dunningPreview(db, '2026-10-20', fixedClock)
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
