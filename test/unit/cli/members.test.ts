import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeClub } from '../../support/clubFiles.ts'
import { runCli } from '../../support/cli.ts'
import { useTempDir } from '../../support/temp.ts'

const tempDir = useTempDir()
const fixtures = join(import.meta.dirname, '../../fixtures/import')

const run = runCli

async function memberCount(club: string): Promise<number> {
  const info = JSON.parse((await run(['info', club, '--json'])).out) as {
    counts: { members: number }
  }
  return info.counts.members
}

describe('kreis import/export/search/member', () => {
  it('names UTF-16 as the encoding of Excel’s Unicode text', async () => {
    const club = await makeClub(tempDir())
    const file = join(tempDir(), 'unicode.txt')
    writeFileSync(file, Buffer.from('\uFEFFVorname\tNachname\r\nJürgen\tMüller\r\n', 'utf16le'))
    const dry = await run(['import', 'members', club, file, '--dry-run'])
    expect(dry).toMatchObject({ code: 0, err: '' })
    expect(dry.out).toContain('UTF-16 LE')
    expect(dry.out).toContain('Neu: 1 · Aktualisieren: 0 · Abgelehnt: 0')
  })

  it('imports a Windows-1252 CSV, then finds and shows the members', async () => {
    const club = await makeClub(tempDir())
    const csv = join(fixtures, 'members-windows1252.csv')
    const dry = await run(['import', 'members', club, csv, '--dry-run'])
    expect(dry).toMatchObject({ code: 0, err: '' })
    expect(dry.out).toContain('Windows-1252, Trennzeichen „;“')
    expect(dry.out).toContain('Neu: 2 · Aktualisieren: 0 · Abgelehnt: 0')
    expect(dry.out).toContain('Probelauf')
    expect(await memberCount(club)).toBe(0)

    const done = await run(['import', 'members', club, csv])
    expect(done.code).toBe(0)
    expect(done.out).toContain('Gespeichert: 2 neu angelegt, 0 aktualisiert.')
    expect(await memberCount(club)).toBe(2)

    const again = await run(['import', 'members', club, csv, '--update-duplicates', '--json'])
    expect(again.code).toBe(0)
    expect(JSON.parse(again.out)).toMatchObject({ created: 0, updated: 2, written: true })

    const search = await run(['search', club, 'mueller'])
    expect(search).toMatchObject({ code: 0, err: '' })
    expect(search.out).toMatch(/^501\s+Jürgen Müller\s+Berlin$/m)
    const json = JSON.parse((await run(['search', club, 'Groß', '--json'])).out) as {
      total: number
      rows: { memberNumber: string; status: string }[]
    }
    expect(json).toMatchObject({ total: 1, rows: [{ memberNumber: '502', status: 'honorary' }] })
    expect((await run(['search', club, 'niemand'])).out).toContain('Keine Treffer für „niemand“.')

    const show = await run(['member', 'show', club, '501'])
    expect(show.code).toBe(0)
    expect(show.out).toMatch(/^Jürgen Müller$/m)
    expect(show.out).toMatch(/Geburtsdatum\s+24\.12\.1970/)
    expect(show.out).toMatch(/Anschrift\s+Hauptstraße 5, 10115 Berlin, DE/)
    const shown = JSON.parse((await run(['member', 'show', club, '502', '--json'])).out) as Record<
      string,
      unknown
    >
    expect(shown).toMatchObject({ firstName: 'Gréta', lastName: 'Groß', status: 'honorary' })
    const missing = await run(['member', 'show', club, '999'])
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('gibt es nicht')
  })

  it('refuses a file with rejected rows unless told to skip them', async () => {
    const club = await makeClub(tempDir())
    const csv = join(fixtures, 'members-with-errors.csv')
    const refused = await run(['import', 'members', club, csv])
    expect(refused.code).toBe(1)
    expect(refused.out).toContain('Zeile 3 (Bob):')
    expect(refused.out).toContain('E-Mail „bob(at)example“: ist keine gültige E-Mail-Adresse')
    expect(refused.out).toContain('Status „vielleicht“: unbekannter Status')
    expect(refused.err).toContain('1 Zeilen haben Fehler; es wurde nichts gespeichert.')
    expect(await memberCount(club)).toBe(0)

    const dry = await run(['import', 'members', club, csv, '--dry-run', '--json'])
    expect(dry.code).toBe(1)
    expect(JSON.parse(dry.out)).toMatchObject({
      written: false,
      preview: { counts: { reject: 1 } },
    })
    expect(JSON.parse(dry.err)).toEqual({
      error: { code: 'import.rejectedRows', params: { count: 1 } },
    })

    const skipped = await run(['import', 'members', club, csv, '--skip-invalid'], {
      LANG: 'en_US.UTF-8',
    })
    expect(skipped.code).toBe(0)
    expect(skipped.out).toContain('Rows with errors skipped: 1.')
    expect(skipped.out).toContain('Saved: 1 added, 0 updated.')
    expect(await memberCount(club)).toBe(1)
  })

  it('exports CSV, XLSX and vCard to a path', async () => {
    const dir = tempDir()
    const club = await makeClub(dir)
    await run(['import', 'members', club, join(fixtures, 'members-windows1252.csv')])
    const csvPath = join(dir, 'out.csv')
    const csv = await run(['export', 'members', club, '--format', 'csv', '--out', csvPath])
    expect(csv).toMatchObject({ code: 0, err: '' })
    expect(csv.out).toBe(`2 Mitglieder exportiert: ${csvPath}`)
    expect(readFileSync(csvPath, 'utf8')).toMatch(/^\uFEFFMitgliedsnummer;/)

    const xlsxPath = join(dir, 'out.xlsx')
    const xlsx = await run([
      'export',
      'members',
      club,
      '--format',
      'xlsx',
      '--out',
      xlsxPath,
      '--json',
    ])
    expect(JSON.parse(xlsx.out)).toMatchObject({ path: xlsxPath, format: 'xlsx', members: 2 })
    expect(readFileSync(xlsxPath).subarray(0, 2).toString()).toBe('PK')

    const vcf = await run([
      'export',
      'members',
      club,
      '--format',
      'vcf',
      '--out',
      join(dir, 'o.vcf'),
      '--publication',
    ])
    expect(vcf.code).toBe(1)
    expect(vcf.err).toContain('keine Mitglieder')

    const badFormat = await run(['export', 'members', club, '--format', 'pdf', '--out', csvPath])
    expect(badFormat.code).toBe(1)
    expect(badFormat.err).toContain('„--format“')
    const noOut = await run(['export', 'members', club, '--format', 'csv'])
    expect(noOut.code).toBe(1)
    expect(noOut.err).toContain('„--out“')
  })

  it('explains missing arguments and unreadable files', async () => {
    const dir = tempDir()
    const club = await makeClub(dir)
    expect((await run(['import', 'members', club])).code).toBe(2)
    expect((await run(['search', club])).err).toContain('Suchbegriff')
    expect((await run(['member', 'show', club])).err).toContain('Mitgliedsnummer')
    expect((await run(['import', 'members'])).err).toContain('Club-Datei')
    const missing = await run(['import', 'members', club, join(dir, 'nope.csv')])
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('wurde nicht gefunden')
    const junk = join(dir, 'junk.csv')
    writeFileSync(junk, Buffer.from([0, 1, 2, 3, 0xff, 0]))
    const unreadable = await run(['import', 'members', club, junk])
    expect(unreadable.code).toBe(1)
    expect(unreadable.err).toContain('kann nicht gelesen werden')
    const huge = join(dir, 'huge.csv')
    writeFileSync(huge, Buffer.alloc(64 * 1024 * 1024 + 1, 'a'))
    const tooLarge = await run(['import', 'members', club, huge])
    expect(tooLarge.code).toBe(1)
    expect(tooLarge.err).toContain(
      'Die Datei „huge.csv“ ist zu groß: Importiert werden Dateien bis 64 MB.',
    )
    expect(await memberCount(club)).toBe(0)
    expect((await run(['--help'])).out).toContain('import members <Datei>')
  })
})
