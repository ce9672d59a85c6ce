import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SectorTree } from '../../../src/api/sectors.ts'
import { openClubFile } from '../../../src/core/db/openClubFile.ts'
import { createMember } from '../../../src/core/members/memberWrite.ts'
import { setSectorTargets } from '../../../src/core/sectors/flags.ts'
import { runCli as run } from '../../support/cli.ts'
import { person } from '../../support/members.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'

const tempDir = useTempDir()
const fixtures = join(import.meta.dirname, '../../fixtures/sectors')

async function tree(club: string): Promise<SectorTree> {
  return JSON.parse((await run(['sectors', club, '--json'])).out) as SectorTree
}

/** Two active members in one classification, and the club's wish list of three. */
async function crowdedBniChapter(): Promise<string> {
  const club = join(tempDir(), 'bni.kreis')
  expect((await run(['init', club, '--name', 'BNI Taunus', '--kind', 'bni'])).code).toBe(0)
  const file = await openClubFile(club, { clock: fixedClock })
  try {
    const sector = (code: string) =>
      file.db.selectFrom('sector').select('id').where('code', '=', code).executeTakeFirstOrThrow()
    const tax = (await sector('69.20.3-01')).id
    for (const lastName of ['Abel', 'Berger']) {
      await createMember(file.db, person({ lastName, sectorId: tax }), 'active', fixedClock)
    }
    await setSectorTargets(
      file.db,
      [tax, (await sector('18.12.0-01')).id, (await sector('43.21.0-01')).id],
      true,
    )
  } finally {
    await file.db.destroy()
  }
  return club
}

describe('kreis sectors and policy', () => {
  it('creates clubs with the taxonomy their kind suggests, or the one asked for', async () => {
    const chamber = join(tempDir(), 'ihk.kreis')
    await run(['init', chamber, '--name', 'IHK', '--kind', 'chamber'])
    expect((await tree(chamber)).sectors).toHaveLength(1835)

    const empty = join(tempDir(), 'verein.kreis')
    const made = await run([
      'init',
      empty,
      '--name',
      'Verein',
      '--kind',
      'bni',
      '--json',
      '--taxonomy',
      'empty',
    ])
    expect(JSON.parse(made.out)).toMatchObject({ taxonomy: 'empty' })
    expect((await run(['sectors', empty])).out).toContain('Der Club hat noch keine Branchen.')

    const wrong = await run([
      'init',
      join(tempDir(), 'x.kreis'),
      '--name',
      'X',
      '--kind',
      'bni',
      '--taxonomy',
      'nace',
    ])
    expect(wrong.code).toBe(1)
    expect(wrong.err).toContain('--taxonomy')
  })

  it('prints the tree with counts, and the flat list of sectors that have members', async () => {
    const club = await crowdedBniChapter()
    const flat = await run(['sectors', club])
    expect(flat.out).toMatch(/^M\s+Erbringung von freiberuflichen.*\s+2\s+2$/m)
    expect(flat.out).toMatch(/^69\.20\.3-01\s+Steuerberatung\s+2\s+2$/m)
    expect(flat.out).not.toContain('Druckerei')
    const indented = await run(['sectors', club, '--tree', '--locale', 'en'])
    expect(indented.out).toMatch(/^ {2}18\.12\.0-01\s+Printer\s+0\s+0$/m)
  })

  it('imports a taxonomy file, and writes nothing when a row is wrong', async () => {
    const club = await crowdedBniChapter()
    const before = (await tree(club)).sectors.length
    const done = await run(['sectors', 'import', club, join(fixtures, 'own.csv')])
    expect(done).toMatchObject({ code: 0, out: 'Branchen gespeichert: 3 neu, 0 geändert.' })
    expect((await tree(club)).sectors.length).toBe(before + 3)

    const broken = await run(['sectors', 'import', club, join(fixtures, 'broken.csv')])
    expect(broken.code).toBe(1)
    expect(broken.err).toContain('Zeile 2, Feld „parent_code“ („Y“)')
    expect(broken.err).toContain('Zeile 3, Feld „code“ („“): darf nicht leer sein')
    expect(broken.err).toContain('2 Zeilen haben Fehler; es wurde nichts gespeichert.')
    expect((await tree(club)).sectors.length).toBe(before + 3)
    expect((await run(['sectors', 'import', club])).code).toBe(2)
  })

  it('lists the open seats: wanted classifications nobody active holds', async () => {
    const club = await crowdedBniChapter()
    const seats = await run(['sectors', 'open-seats', club])
    expect(seats.out).toContain('Offene Plätze')
    expect(seats.out).toMatch(/18\.12\.0-01\s+Druckerei/)
    expect(seats.out).toMatch(/43\.21\.0-01\s+Elektro/)
    expect(seats.out).not.toContain('Steuerberatung')
    const json = JSON.parse((await run(['sectors', 'open-seats', club, '--json'])).out) as {
      vacant: { code: string }[]
    }
    expect(json.vacant.map((s) => s.code)).toEqual(['18.12.0-01', '43.21.0-01'])
  })

  it('exits non-zero when a classification is over the limit', async () => {
    const club = await crowdedBniChapter()
    const check = await run(['policy', 'check', club])
    expect(check.code).toBe(1)
    expect(check.out).toMatch(
      /69\.20\.3-01 Steuerberatung: 2 Mitglieder, erlaubt 1 – .*Abel.*Berger/,
    )
    const json = JSON.parse((await run(['policy', 'check', club, '--json'])).out) as {
      violations: { count: number; limit: number }[]
    }
    expect(json.violations).toMatchObject([{ count: 2, limit: 1 }])

    const calm = join(tempDir(), 'rc.kreis')
    await run(['init', calm, '--name', 'RC', '--kind', 'rotary'])
    expect(await run(['policy', 'check', calm])).toMatchObject({
      code: 0,
      out: 'Der Club hat keine Klassifikationsregel.',
    })
  })
})
