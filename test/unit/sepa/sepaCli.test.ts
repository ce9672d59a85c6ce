import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Kysely } from 'kysely'
import type { Database } from '../../../src/core/db/schema.ts'
import { openClubFile } from '../../../src/core/db/openClubFile.ts'
import { runCli as run } from '../../support/cli.ts'
import { makeClub } from '../../support/clubFiles.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'
import { addDuesMember } from '../../support/duesClub.ts'
import { charge, makeSepaClub, setCreditor, validate } from './sepaClub.ts'

const tempDir = useTempDir()

async function sepaClub(
  dir: string,
  fill: (db: Kysely<Database>) => Promise<unknown> = makeSepaClub,
): Promise<string> {
  const path = await makeClub(dir)
  const file = await openClubFile(path, { clock: fixedClock })
  try {
    await fill(file.db)
  } finally {
    await file.db.destroy()
  }
  return path
}

describe('kreis sepa export', () => {
  it('writes the file and lists who could not be debited', async () => {
    const dir = tempDir()
    const club = await sepaClub(dir)
    const out = join(dir, 'lastschrift.xml')
    const made = await run([
      'sepa',
      'export',
      club,
      '--collection-date',
      '2026-12-01',
      '--out',
      out,
    ])
    expect(made.err).toBe('')
    expect(made.code).toBe(0)
    validate(out)
    // Intl puts a no-break space before the euro sign.
    const lines = made.out.replaceAll('\u00a0', ' ').split('\n')
    expect(lines[0]).toBe(`SEPA-Lastschriftdatei (pain.008.001.08) geschrieben: ${out}`)
    expect(lines[1]).toBe('5 Lastschriften über zusammen 515,50 €, Einzug am 01.12.2026.')
    expect(lines[2]).toMatch(/^3 Mitglieder werden zum ersten Mal belastet/)
    expect(lines[3]).toBe('Nicht eingezogen (4 Mitglieder ohne gültiges Mandat):')
    expect(lines.slice(4)).toEqual([
      '  0005  Dora Ohnemandat  120,00 €  kein Mandat',
      '  0006  Erik Widerruf  120,00 €  Mandat widerrufen',
      '  0007  Frieda Alt  120,00 €  Mandat verfallen (36 Monate nicht genutzt)',
      '  0008  Gustav Falsch  120,00 €  IBAN des Mandats ungültig',
    ])

    const second = await run(
      ['sepa', 'export', club, '--collection-date', '2026-12-01', '--out', join(dir, 'b.xml')],
      { LANG: 'en_GB.UTF-8' },
    )
    expect(second.code).toBe(1)
    expect(second.out.split('\n')[0]).toBe('Not collected (4 members without a valid mandate):')
    expect(second.err).toContain('Nothing is to be collected by direct debit on 01.12.2026.')
    expect(existsSync(join(dir, 'b.xml'))).toBe(false)
  })

  it('reports as JSON', async () => {
    const dir = tempDir()
    const club = await sepaClub(dir, async (db) => {
      await setCreditor(db)
      await charge(db, await addDuesMember(db, { lastName: 'Ohne' }))
    })
    const out = join(dir, 'x.xml')
    const args = ['sepa', 'export', club, '--collection-date', '2026-12-01', '--out', out, '--json']
    const none = await run(args)
    expect(none.code).toBe(1)
    // Who was in the way comes along with the error, as it does in text.
    expect(none.out).toBe('')
    expect(JSON.parse(none.err)).toEqual({
      error: { code: 'sepa.nothingToCollect', params: { date: '01.12.2026' } },
      problems: [
        expect.objectContaining({ displayName: 'Ohne', amountCents: 12000, problem: 'noMandate' }),
      ],
    })
    const full = await sepaClub(tempDir())
    const made = await run([
      'sepa',
      'export',
      full,
      '--collection-date',
      '2026-12-01',
      '--out',
      out,
      '--json',
    ])
    expect(made.code).toBe(0)
    const report = JSON.parse(made.out) as Record<string, unknown>
    expect(report).toMatchObject({
      path: out,
      count: 5,
      totalCents: 51550,
      firstDebitMembers: 3,
      collection: { itemCount: 5, messageId: 'KREIS-20261121-100000-1' },
    })
    expect(report['problems']).toHaveLength(4)
  })

  it('names a missing or wrong date, or a missing file, as a usage error', async () => {
    const dir = tempDir()
    const club = await sepaClub(dir)
    const out = join(dir, 'x.xml')
    const missing = await run(['sepa', 'export', club, '--out', out])
    expect([missing.code, missing.err]).toEqual([
      2,
      'Bitte geben Sie mit --collection-date an, an welchem Tag eingezogen wird (JJJJ-MM-TT).',
    ])
    const bad = await run(['sepa', 'export', club, '--collection-date', '1.12.2026', '--out', out])
    expect([bad.code, bad.err]).toEqual([
      2,
      '„--collection-date“: „1.12.2026“ ist kein gültiges Datum (JJJJ-MM-TT).',
    ])
    const json = await run(['sepa', 'export', club, '--collection-date', '2026-02-30', '--json'])
    expect(json.code).toBe(2)
    expect(JSON.parse(json.err)).toEqual({
      error: { code: 'input.invalid', params: { field: '--collection-date', reason: 'date' } },
    })
    const noOut = await run(['sepa', 'export', club, '--collection-date', '2026-12-01'])
    expect(noOut.code).toBe(2)
    expect(noOut.err).toContain('--out')
    const early = await run([
      'sepa',
      'export',
      club,
      '--collection-date',
      '2026-11-23',
      '--out',
      out,
    ])
    expect(early.code).toBe(1)
    expect(early.err).toContain('frühestens den 24.11.2026')
    expect(existsSync(out)).toBe(false)
  })
  it('refuses to overwrite a file and books nothing then', async () => {
    const dir = tempDir()
    const club = await sepaClub(dir)
    const out = join(dir, 'lastschrift.xml')
    writeFileSync(out, 'die Datei vom letzten Monat')
    const args = ['sepa', 'export', club, '--collection-date', '2026-12-01', '--out', out]
    const refused = await run(args)
    expect([refused.code, refused.out]).toEqual([1, ''])
    expect(refused.err).toBe(`Die Datei „${out}“ gibt es schon. Wählen Sie einen anderen Namen.`)
    expect(readFileSync(out, 'utf8')).toBe('die Datei vom letzten Monat')
    const json = await run([...args, '--json'])
    expect(JSON.parse(json.err)).toEqual({ error: { code: 'file.exists', params: { path: out } } })

    const file = await openClubFile(club, { clock: fixedClock })
    try {
      expect(await file.db.selectFrom('collection').selectAll().execute()).toEqual([])
      expect(await file.db.selectFrom('payment').selectAll().execute()).toEqual([])
    } finally {
      await file.db.destroy()
    }
  })
})
