import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import { defaultDirectoryOptions } from '../../../src/api/directory.ts'
import type { Database } from '../../../src/core/db/schema.ts'
import { makeDirectory } from '../../../src/core/directory/makeDirectory.ts'
import { runDunning } from '../../../src/core/dues/dunning.ts'
import { saveSector } from '../../../src/core/sectors/save.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { addMember, pdfPages, savePdf } from '../../support/directoryClub.ts'
import { addDuesMember } from '../../support/duesClub.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'
import { charge, giveAddress, giveClubLetterhead } from '../letters/letterSupport.ts'

/**
 * Text from members reaches PDFs as it was typed or imported: markup, right-to-left marks,
 * emoji and names longer than any column. pdfmake prints text as text; what must hold is that
 * nothing crashes, every name is there (or visibly cut with an ellipsis) and nothing leaves the
 * page.
 */
const openClub = useOpenClub()
const tempDir = useTempDir()

const markup = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>']
/** The longest last name the form takes is 80 characters; an old file or a script may hold more. */
const longName = `Lang${'e'.repeat(492)}name`

interface Word {
  readonly text: string
  readonly x: number
  readonly y: number
  readonly right: number
  readonly bottom: number
}

/** Every word of every page with its box, and the pages' sizes, from pdftotext -bbox. */
function layout(path: string): { pages: { width: number; height: number; words: Word[] }[] } {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' })
  const pages = html.split('<page ').slice(1)
  return {
    pages: pages.map((page) => {
      const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(page) ?? []
      const words = [
        ...page.matchAll(
          /<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map(([, x, y, right, bottom, text]) => ({
        text: text ?? '',
        x: Number(x),
        y: Number(y),
        right: Number(right),
        bottom: Number(bottom),
      }))
      return { width: Number(width), height: Number(height), words }
    }),
  }
}

/** No word out of the page, nor into the left and right margins (`margin` points wide). */
function expectWithinMargins(path: string, margin: number): void {
  for (const page of layout(path).pages) {
    const outside = page.words.filter(
      (w) =>
        w.x < margin - 1 || w.right > page.width - margin + 1 || w.y < 0 || w.bottom > page.height,
    )
    expect(outside).toEqual([])
  }
}

async function setLastName(db: Kysely<Database>, id: number, name: string): Promise<void> {
  await db.updateTable('member').set({ last_name: name }).where('id', '=', id).execute()
}

describe('hostile names in the directory book', () => {
  it.each([1, 2] as const)(
    'prints markup as text and cuts long names to the column, in %i column(s)',
    async (columns) => {
      const dir = tempDir()
      const { db } = await openClub(dir)
      const sector = await saveSector(db, {
        id: null,
        code: 'T1',
        nameDe: '<b>Steuer</b>beratung',
        nameEn: 'Tax',
        parentId: null,
      })
      const names = [
        ...markup,
        'محمد عبدالله',
        'דוד כהן',
        '\u202Eredlehcs',
        'Familie 👩‍👩‍👧',
        'Deutschland 🇩🇪',
        'Platzhalter',
      ]
      const ids: number[] = []
      for (const lastName of names) {
        ids.push(await addMember(db, { firstName: 'Eva', lastName, sectorId: sector.id }))
      }
      await setLastName(db, ids.at(-1) ?? 0, longName)
      // As long as the form allows: wider than a column of the index.
      await addMember(db, {
        title: 'Prof. Dr.',
        firstName: 'Eva-Maria Theodora',
        lastName: 'Müller-Lüdenscheidt von Hohenzollern-Sigmaringen',
        sectorId: sector.id,
      })

      const options = { ...defaultDirectoryOptions('de'), photos: false, columns }
      const made = await makeDirectory(db, options, fixedClock)
      expect(made.memberCount).toBe(names.length + 1)
      const path = savePdf(made.bytes, dir, `hostile-directory-${columns}`, [6], 'hostile')
      const text = pdfPages(path).join('\n')
      for (const name of markup) expect(text).toContain(`Eva ${name}`)
      expect(text).toContain('<b>Steuer</b>beratung')
      for (const latin of ['redlehcs', 'Familie', 'Deutschland']) expect(text).toContain(latin)
      expect(text).not.toContain(longName)
      expect(text).toMatch(/Langee+…/)
      // A page reference pdfmake could not resolve prints as 00000.
      expect(text).not.toContain('00000')
      expectWithinMargins(path, 36)
    },
  )
})

describe('hostile names in a dunning letter', () => {
  it('prints them in the address field and the salutation, and keeps them on the page', async () => {
    const { db } = await openClub()
    await giveClubLetterhead(db)
    const names = [...markup, '\u202Eredlehcs', 'Familie 👩‍👩‍👧', 'Platzhalter']
    const ids: number[] = []
    for (const lastName of names) {
      const id = await addDuesMember(db, { salutation: 'Frau', firstName: 'Eva', lastName })
      await giveAddress(db, id)
      await charge(db, id, 12000, '2026-09-01', '<script>alert(2)</script>')
      ids.push(id)
    }
    await setLastName(db, ids.at(-1) ?? 0, longName)

    const folder = tempDir()
    const { files } = await runDunning(db, '2026-11-21', folder, fixedClock)
    expect(files).toHaveLength(names.length)
    const texts = files.map((file) => pdfPages(file, true).join('\n'))
    for (const name of markup) {
      expect(texts.some((text) => text.includes(`Sehr geehrte Frau ${name},`))).toBe(true)
    }
    expect(texts.every((text) => text.includes('<script>alert(2)</script>'))).toBe(true)
    expect(texts.some((text) => text.includes('redlehcs'))).toBe(true)
    // The 500-character name is cut visibly in the address field and the salutation.
    const long = files.findIndex((_, index) => texts[index]?.includes('Lange') === true)
    expect(texts[long]).not.toContain(longName)
    expect(texts[long]?.match(/Langee+…/g)).toHaveLength(2)
    savePdf(readFileSync(files[long] ?? ''), folder, 'hostile-letter', [1], 'hostile')
    // DIN 5008 keeps 20 mm on the right and more on the left: no word runs into either.
    for (const file of files) expectWithinMargins(file, 56)
  })
})
