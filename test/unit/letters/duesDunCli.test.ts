import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openClubFile } from '../../../src/core/db/openClubFile.ts'
import { runCli } from '../../support/cli.ts'
import { makeClub } from '../../support/clubFiles.ts'
import { pdfPages } from '../../support/directoryClub.ts'
import { addDuesMember } from '../../support/duesClub.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'
import { charge, giveAddress, giveClubLetterhead } from './letterSupport.ts'

const tempDir = useTempDir()

/** A club file where Anna owes €120 since September and Bernd has no address. */
async function clubFile(locale: 'de' | 'en' = 'de'): Promise<string> {
  const path = await makeClub(tempDir())
  const { db } = await openClubFile(path, { clock: fixedClock })
  try {
    await db.updateTable('club').set({ locale }).execute()
    await giveClubLetterhead(db)
    const anna = await addDuesMember(db, {
      salutation: 'Frau',
      firstName: 'Anna',
      lastName: 'Müller',
    })
    await giveAddress(db, anna)
    const bernd = await addDuesMember(db, { firstName: 'Bernd', lastName: 'Becker' })
    await charge(db, anna, 12000, '2026-10-01')
    await charge(db, bernd, 6000, '2026-10-01')
  } finally {
    await db.destroy()
  }
  return path
}

describe('kreis dues dun', () => {
  it('lists who would get which level in a dry run and writes nothing', async () => {
    const file = await clubFile()
    const folder = join(tempDir(), 'briefe')
    const run = await runCli(['dues', 'dun', file, '--out', folder, '--dry-run'])
    expect(run.code).toBe(0)
    // Amounts are set with a no-break space before the euro sign.
    const out = run.out.replace(/\u00a0/g, ' ')
    expect(out).toContain('Mahnlauf zum 21.11.2026: 2 Briefe, zusammen 180,00 €')
    expect(out).toContain('0001  Anna Müller  1 Zahlungserinnerung  120,00 €')
    expect(out).toContain(
      '0002  Bernd Becker  1 Zahlungserinnerung  60,00 €  (keine Anschrift: kein Brief)',
    )
    expect(out).toContain('Probelauf')
    expect(existsSync(folder)).toBe(false)
  })

  it('writes the letters, says how many, and names who has no address', async () => {
    const file = await clubFile('en')
    const out = join(tempDir(), 'letters')
    const run = await runCli(['dues', 'dun', file, '--out', out, '--date', '2026-10-20', '--json'])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.out)).toEqual({
      date: '2026-10-20',
      folder: out,
      letters: 1,
      files: [join(out, 'reminder-1-0001-2026-10-20.pdf')],
      withoutAddress: ['0002'],
    })
    const text = pdfPages(join(out, 'reminder-1-0001-2026-10-20.pdf'), true)[0] ?? ''
    expect(text).toContain('Payment reminder: membership dues outstanding')
    expect(text).toContain('Dear Ms Müller,')
    expect(text).toMatch(/Total\s+€120\.00/)
    expect(readdirSync(out)).toHaveLength(1)
    const early = await runCli(['dues', 'dun', file, '--out', out, '--date', '2026-10-05'])
    expect(early).toMatchObject({ code: 1, err: 'Am 05.10.2026 ist niemand zu mahnen.' })
  })

  it('refuses a date that is not one, and a run without a folder, with exit code 2', async () => {
    const file = await clubFile()
    const bad = await runCli(['dues', 'dun', file, '--out', tempDir(), '--date', '2026-02-30'])
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('„2026-02-30“ ist kein Datum')
    const json = await runCli(['dues', 'dun', file, '--date', 'morgen', '--json', '--out', 'x'])
    expect(JSON.parse(json.err)).toEqual({
      error: { code: 'input.invalid', params: { field: '--date', reason: 'date' } },
    })
    expect((await runCli(['dues', 'dun', file])).code).toBe(2)
  })

  it('refuses a day ahead with exit code 2 and writes nothing', async () => {
    const file = await clubFile()
    const out = join(tempDir(), 'briefe')
    const ahead = await runCli(['dues', 'dun', file, '--out', out, '--date', '2026-11-22'])
    expect(ahead.code).toBe(2)
    expect(ahead.err).toContain('2026-11-22 liegt in der Zukunft')
    const json = await runCli(['dues', 'dun', file, '--date', '2026-11-22', '--json', '--dry-run'])
    expect(JSON.parse(json.err)).toEqual({
      error: { code: 'input.invalid', params: { field: '--date', reason: 'outOfRange' } },
    })
    expect(existsSync(out)).toBe(false)
  })
})
