import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli as run } from '../../support/cli.ts'
import { pdfInfo, pdfPages } from '../../support/directoryClub.ts'
import { useTempDir } from '../../support/temp.ts'

const tempDir = useTempDir()

/** A demo club in English, so the documents' default language is the club's, not German. */
async function demoClub(dir: string): Promise<string> {
  const club = join(dir, 'demo.kreis')
  const demo = await run(['demo', club, '--members', '30', '--seed', '3', '--locale', 'en'])
  expect(demo.code).toBe(0)
  return club
}

describe('kreis directory and kreis list', () => {
  it('makes the directory book with the options given', async () => {
    const dir = tempDir()
    const club = await demoClub(dir)
    const out = join(dir, 'book.pdf')
    const made = await run(['directory', club, '--out', out, '--paper', 'a4', '--columns', '2'])
    expect(made.err).toBe('')
    expect(made.code).toBe(0)
    expect(made.out).toMatch(/^\d+ Seiten, \d+ Mitglieder: /)
    expect(made.out).toContain(out)
    const info = pdfInfo(out)
    expect(info.size).toContain('(A4)')
    const text = pdfPages(out).join('\n')
    // No --locale: the book is in the club's language, the messages in the user's.
    expect(text).toContain('Member directory')
    expect(text).toContain('Members A–Z')

    const json = await run([
      'directory',
      club,
      '--out',
      join(dir, 'short.pdf'),
      '--sections',
      'members,cover',
      '--statuses',
      'active',
      '--locale',
      'de',
      '--json',
    ])
    expect(json.code).toBe(0)
    const report = JSON.parse(json.out) as Record<string, unknown>
    expect(report).toMatchObject({ paper: 'a5', columns: 1, photos: false, locale: 'de' })
    expect(report['pages']).toBe(pdfInfo(join(dir, 'short.pdf')).pages)
    const pages = pdfPages(join(dir, 'short.pdf'))
    // Sections come in the book's order whatever order they were named in.
    expect(pages[0]).toContain('Mitgliederverzeichnis')
    expect(pages.join('\n')).toContain('Mitglieder A–Z')
    expect(pages.join('\n')).not.toContain('Branchenverzeichnis')
    // pdfinfo names A4 but not A5: 148 × 210 mm.
    expect(pdfInfo(join(dir, 'short.pdf')).size).toMatch(/^419\.5\d x 595\.2\d pts/)

    const photos = await run([
      'directory',
      club,
      '--out',
      join(dir, 'photos.pdf'),
      '--photos',
      '--club-year',
      'next',
      '--bank-details',
      '--json',
    ])
    expect(JSON.parse(photos.out)).toMatchObject({
      photos: true,
      clubYear: 'next',
      bankDetails: true,
    })
    const next = pdfPages(join(dir, 'photos.pdf')).join('\n')
    expect(next).toContain('Club year 2027/28')
    expect(next).toContain('DE89 3704 0044 0532 0130 00')
  })

  it('makes each list and says how many pages and members it has', async () => {
    const dir = tempDir()
    const club = await demoClub(dir)
    for (const kind of ['phone', 'birthdays', 'anniversaries', 'sectors', 'labels']) {
      const out = join(dir, `${kind}.pdf`)
      const made = await run(['list', kind, club, '--out', out, '--json'])
      expect(made.code, kind).toBe(0)
      const report = JSON.parse(made.out) as { list: string; pages: number; members: number }
      expect(report.list).toBe(kind)
      expect(report.pages).toBe(pdfInfo(out).pages)
      expect(report.members).toBeGreaterThan(0)
      expect(pdfInfo(out).size).toContain('(A4)')
      // The demo club's data is varied: a page of each to look at.
      mkdirSync(join('test-results', 'lists'), { recursive: true })
      execFileSync('pdftoppm', [
        ...['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile'],
        ...[out, join('test-results', 'lists', `demo-${kind}`)],
      ])
    }
    const english = await run(
      ['list', 'birthdays', club, '--out', join(dir, 'b.pdf'), '--year', '2030'],
      { LANG: 'en_GB.UTF-8' },
    )
    expect(english.out).toMatch(/^\d+ pages?, \d+ members: /)
    expect(pdfPages(join(dir, 'b.pdf')).join('\n')).toContain('Birthdays 2030')
    const labels = await run([
      'list',
      'labels',
      club,
      '--out',
      join(dir, 'l.pdf'),
      '--layout',
      '3x8',
    ])
    expect(labels.code).toBe(0)
  })

  it('refuses bad options with exit code 2 and names what is allowed', async () => {
    const dir = tempDir()
    const club = await demoClub(dir)
    const out = join(dir, 'x.pdf')
    const cases: [string[], string][] = [
      [['directory', club], '--out'],
      [
        ['directory', club, '--out', out, '--paper', 'a3'],
        '„--paper“: „a3“ ist nicht vorgesehen. Möglich: a4, a5.',
      ],
      [['directory', club, '--out', out, '--columns', '3'], '„--columns“: „3“'],
      [['directory', club, '--out', out, '--columns', 'two'], '„two“'],
      [['directory', club, '--out', out, '--sections', 'cover,index'], '„index“'],
      [['directory', club, '--out', out, '--sections', ''], '„--sections“ braucht einen Wert'],
      [['directory', club, '--out', out, '--statuses', 'active,asleep'], '„asleep“'],
      [['directory', club, '--out', out, '--locale', 'fr'], '„--locale“: „fr“'],
      [['directory', club, '--out', out, '--club-year', 'later'], '„--club-year“: „later“'],
      [['list', 'phone', club], '--out'],
      [['list', 'birthdays', club, '--out', out, '--year', '1850'], '„--year“: „1850“'],
      [['list', 'birthdays', club, '--out', out, '--year', 'next'], '„next“'],
      [['list', 'labels', club, '--out', out, '--layout', '4x10'], 'Möglich: 3x7, 3x8.'],
      [['list', club], 'Bitte geben Sie an, welche Liste'],
      [['list', 'fax', club, '--out', out], 'Unbekannte Liste „fax“'],
    ]
    for (const [args, message] of cases) {
      const result = await run(args)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.err, args.join(' ')).toContain(message)
      expect(result.out).toBe('')
    }
    expect(existsSync(out)).toBe(false)

    const english = await run(['list', 'labels', club, '--out', out, '--layout', 'a'], {
      LANG: 'en_GB.UTF-8',
    })
    expect(english.err).toBe('“--layout”: “a” is not allowed. Choose from: 3x7, 3x8.')
    const json = await run(['directory', club, '--out', out, '--paper', 'a3', '--json'])
    expect(JSON.parse(json.err)).toEqual({
      error: { code: 'input.invalid', params: { field: '--paper', reason: 'notAllowed' } },
    })
    const year = await run(['list', 'birthdays', club, '--out', out, '--year', '3000', '--json'])
    expect(JSON.parse(year.err)).toEqual({
      error: { code: 'input.invalid', params: { field: '--year', reason: 'outOfRange' } },
    })
  })

  it('fails with exit code 1 for a club file that is not there', async () => {
    const dir = tempDir()
    const missing = await run([
      'list',
      'phone',
      join(dir, 'nope.kreis'),
      '--out',
      join(dir, 'p.pdf'),
    ])
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('wurde nicht gefunden')
  })

  it('lists both commands in the help in both languages', async () => {
    expect((await run(['--help'])).out).toMatch(/directory <Datei> --out[\s\S]*list phone\|/)
    const english = await run(['--help'], { LANG: 'en_GB.UTF-8' })
    expect(english.out).toMatch(/directory <file> --out[\s\S]*list phone\|/)
  })
})
