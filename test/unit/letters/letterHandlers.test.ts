import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SavedDocument } from '../../../src/api/directory.ts'
import type { DunningResult } from '../../../src/api/dues.ts'
import { pdfPages } from '../../support/directoryClub.ts'
import { addDuesMember } from '../../support/duesClub.ts'
import { useClubSessions, value } from '../../support/session.ts'
import { useTempDir } from '../../support/temp.ts'
import { addMandate, setCreditor } from '../sepa/sepaClub.ts'
import { charge, giveAddress, giveClubLetterhead } from './letterSupport.ts'

const tempDir = useTempDir()
const newClub = useClubSessions(tempDir)

/** A club with Anna, who owes €120 due on 1 September, at home in Berlin. */
async function club() {
  const made = await newClub()
  const db = made.session.requireClub().db
  await giveClubLetterhead(db)
  const anna = await addDuesMember(db, {
    salutation: 'Frau',
    firstName: 'Anna',
    lastName: 'Müller',
  })
  await giveAddress(db, anna)
  await charge(db, anna, 12000, '2026-09-01')
  return { ...made, db, anna }
}

const notices = async (db: Awaited<ReturnType<typeof club>>['db']) =>
  (await db.selectFrom('dunning_notice').selectAll().execute()).length

describe('dunning through the dispatcher', () => {
  it('records nothing when the folder dialog is cancelled', async () => {
    const { dispatch, db, host } = await club()
    const result = value<DunningResult>(
      await dispatch('dunning/run', { date: '2026-11-21', open: true }),
    )
    expect(result).toEqual({ folder: null, letters: 0 })
    expect(await notices(db)).toBe(0)
    expect(host.opened).toEqual([])
  })

  it('writes the letters into the chosen folder, records them and opens the folder', async () => {
    const { dispatch, db, host } = await club()
    const folder = join(tempDir(), 'mahnungen')
    mkdirSync(folder)
    host.toSave.push(folder)
    expect(value(await dispatch('dunning/run', { date: '2026-11-21', open: true }))).toEqual({
      folder,
      letters: 1,
    })
    expect(readdirSync(folder)).toEqual(['mahnung-1-0001-2026-11-21.pdf'])
    expect(host.opened).toEqual([folder])
    expect(host.foldersFor).toEqual(['letters'])
    expect(await notices(db)).toBe(1)
    expect(value(await dispatch('dunning/preview', { date: '2026-11-21' }))).toMatchObject({
      letters: [],
    })
  })

  it('says nobody is due before any dialog opens', async () => {
    const { dispatch, host } = await club()
    host.toSave.push('/never/asked')
    expect(await dispatch('dunning/run', { date: '2026-09-10', open: false })).toMatchObject({
      ok: false,
      error: { code: 'dunning.nothing', params: { date: '10.09.2026' } },
    })
    expect(host.toSave).toEqual(['/never/asked'])
  })

  it('refuses a day ahead before any dialog opens', async () => {
    const { dispatch, host } = await club()
    host.toSave.push('/never/asked')
    expect(await dispatch('dunning/run', { date: '2026-11-22', open: false })).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', params: { field: 'date', reason: 'outOfRange' } },
    })
    expect(host.toSave).toEqual(['/never/asked'])
  })

  it('reads and saves the levels, refusing ones that do not increase', async () => {
    const { dispatch } = await club()
    const levels = [
      { level: 1, daysAfterDue: 7, feeCents: 0 },
      { level: 2, daysAfterDue: 21, feeCents: 0 },
      { level: 3, daysAfterDue: 35, feeCents: 300 },
    ]
    expect(value(await dispatch('dunning/saveLevels', levels))).toEqual(levels)
    expect(value(await dispatch('dunning/levels', {}))).toEqual(levels)
    const refused = await dispatch('dunning/saveLevels', [
      levels[0],
      { level: 2, daysAfterDue: 40, feeCents: 0 },
      levels[2],
    ])
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', params: { field: '2.daysAfterDue' } },
    })
  })
})

describe('statements, pre-notifications and exports through the dispatcher', () => {
  it('saves a statement where asked and opens it; a cancelled dialog writes nothing', async () => {
    const { dispatch, host, anna } = await club()
    const range = { from: '2026-07-01', to: '2027-06-30' }
    expect(value(await dispatch('dues/statement', { memberId: anna, range, open: true }))).toEqual({
      path: null,
      pages: 0,
    })
    const path = join(tempDir(), 'konto.pdf')
    host.toSave.push(path)
    const saved = value<SavedDocument>(
      await dispatch('dues/statement', { memberId: anna, range, open: true }),
    )
    expect(saved).toEqual({ path, pages: 1 })
    expect(host.opened).toEqual([path])
    expect(pdfPages(path)[0]).toContain('Kontoauszug')
  })

  it('writes no export when the save dialog is cancelled', async () => {
    const { dispatch, host } = await club()
    const query = { asOf: '', search: '', minDaysOverdue: 0 }
    const range = { from: '2026-01-01', to: '2026-12-31' }
    expect(value(await dispatch('dues/exportOutstanding', { query, format: 'csv' }))).toEqual({
      path: null,
    })
    expect(value(await dispatch('dues/exportAccounting', { range, format: 'xlsx' }))).toEqual({
      path: null,
    })
    const path = join(tempDir(), 'offen.csv')
    host.toSave.push(path)
    expect(value(await dispatch('dues/exportOutstanding', { query, format: 'csv' }))).toEqual({
      path,
    })
    expect(readFileSync(path, 'utf8')).toContain('Anna Müller;aktiv;120,00;1;01.09.2026;')
    expect(value(await dispatch('dues/report', range))).toMatchObject({
      byType: [{ membershipType: null, chargedCents: 12000 }],
    })
  })

  it('writes pre-notifications for first debits only, one page each', async () => {
    const { dispatch, host, db, anna } = await club()
    await setCreditor(db)
    await addMandate(db, anna)
    const bernd = await addDuesMember(db, { firstName: 'Bernd', lastName: 'Becker' })
    await giveAddress(db, bernd)
    await addMandate(db, bernd, { reference: 'ALT-7' })
    await db
      .updateTable('mandate')
      .set({ last_used_on: '2026-06-01' })
      .where('reference', '=', 'ALT-7')
      .execute()
    await charge(db, bernd, 6000, '2026-09-01')
    // Carla's first debit is due too, but she has no postal address: no letter for her.
    const carla = await addDuesMember(db, { firstName: 'Carla', lastName: 'Conrad' })
    await addMandate(db, carla, { reference: 'NEU-9' })
    await charge(db, carla, 3000, '2026-09-01')
    const collection = { collectionDate: '2026-12-01' }
    expect(value(await dispatch('sepa/preNotify', { collection, open: false }))).toEqual({
      path: null,
      pages: 0,
    })
    const path = join(tempDir(), 'vorab.pdf')
    host.toSave.push(path)
    const saved = value<SavedDocument>(
      await dispatch('sepa/preNotify', { collection, open: false }),
    )
    expect(saved).toEqual({ path, pages: 1 })
    const text = pdfPages(path, true)[0] ?? ''
    expect(text).toContain('Vorabankündigung (Pre-Notification) Ihrer ersten SEPA-Lastschrift')
    expect(text).toMatch(/Betrag\s+120,00 €/)
    expect(text).toMatch(/Fälligkeitstag\s+01\.12\.2026/)
    expect(text).toMatch(/Gläubiger-ID\s+DE98ZZZ09999999999/)
    expect(text).toMatch(/Ihr Konto\s+•••• •••• •••• •••• ••\d\d \d\d/)
    expect(text).not.toContain('Bernd')
    expect(pdfPages(path, true).join('\n')).not.toContain('Carla')
    expect(existsSync(path)).toBe(true)
  })

  it('refuses before any dialog when no first debit has a postal address', async () => {
    const { dispatch, host, db } = await club()
    await setCreditor(db)
    const carla = await addDuesMember(db, { firstName: 'Carla', lastName: 'Conrad' })
    await addMandate(db, carla)
    await charge(db, carla, 3000, '2026-09-01')
    host.toSave.push('/never/asked')
    const collection = { collectionDate: '2026-12-01' }
    expect(await dispatch('sepa/preNotify', { collection, open: false })).toMatchObject({
      ok: false,
      error: { code: 'export.nothing' },
    })
    expect(host.toSave).toEqual(['/never/asked'])
  })
})
