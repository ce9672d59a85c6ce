import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { defaultDirectoryOptions, type DirectoryOptions } from '../../../src/api/directory.ts'
import { makeDirectory } from '../../../src/core/directory/makeDirectory.ts'
import { assignOffice, listRoles } from '../../../src/core/members/offices.ts'
import { saveSector } from '../../../src/core/sectors/save.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { addMember, pdfInfo, pdfPages, savePdf } from '../../support/directoryClub.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'

const tempDir = useTempDir()
const openClub = useOpenClub()

const options = (changes: Partial<DirectoryOptions> = {}): DirectoryOptions => ({
  ...defaultDirectoryOptions('de'),
  photos: false,
  ...changes,
})

/** Names in DIN 5007-2 order: ä is ae, so Mädler comes before Maier and Müller after Mayer. */
const dinOrder = ['Mädler', 'Maier', 'Mayer', 'Müller', 'Muller', 'Zander']

describe('the directory book', () => {
  it('prints its sections in order, every listed member once, in DIN 5007-2 order', async () => {
    const dir = tempDir()
    const { db } = await openClub(dir)
    const tax = await saveSector(db, {
      id: null,
      code: 'T1',
      nameDe: 'Steuerberatung',
      nameEn: 'Tax advice',
      parentId: null,
    })
    for (const lastName of [...dinOrder].reverse()) {
      await addMember(db, { firstName: 'Eva', lastName, sectorId: tax.id })
    }
    const president = await addMember(db, { firstName: 'Łukasz', lastName: 'Şahin Őrsé' })
    const roles = await listRoles(db)
    await assignOffice(
      db,
      { memberId: president, roleId: roles[0]?.id ?? 0, startDate: '2026-07-01', endDate: '' },
      fixedClock,
    )
    await addMember(db, { firstName: 'Nina', lastName: 'Nichtdabei' }, [], ['directory'])

    const made = await makeDirectory(db, options(), fixedClock)
    const path = savePdf(made.bytes, dir, 'directory-a5', [1, 2, 3, 5])
    expect(made.memberCount).toBe(dinOrder.length + 1)
    const pages = pdfPages(path)
    const text = pages.join('\n')
    // The cover, then the contents, which name every later section again.
    expect(pages[0]).toContain('Mitgliederverzeichnis')
    expect(pages[1]).toContain('Inhalt')
    const headings = [
      'Der Club',
      'Vorstand und Ämter 2026/27',
      'Mitglieder A–Z',
      'Branchenverzeichnis',
      'Geburtstage und Jubiläen 2026/27',
      'Ehren- und ehemalige Mitglieder',
    ]
    const after = (heading: string) =>
      pages.findIndex((page, index) => index > 1 && page.includes(heading))
    const at = headings.map(after)
    for (const heading of headings) expect(pages[1], heading).toContain(heading.split(' 20')[0])
    expect(at.every((page) => page > 1)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)

    const azStart = after('Mitglieder A–Z')
    const azEnd = after('Branchenverzeichnis')
    const az = pages.slice(azStart, azEnd).join('\n')
    const positions = dinOrder.map((name) => az.indexOf(`Eva ${name}`))
    for (const name of dinOrder) expect(az.split(`Eva ${name}\n`)).toHaveLength(2)
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(text).not.toContain('Nichtdabei')
    // European names come out as they are, in the embedded font.
    expect(text).toContain('Łukasz Şahin Őrsé')
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' })
    expect(fonts).toMatch(/Roboto/)
    expect(fonts).not.toMatch(/\bno\s+(yes|no)\s+(yes|no)\s+\d+/)
    expect(pdfInfo(path).size).toMatch(/^419.53 x 595.28 pts/)
  })

  it('points the sector index at the pages its members are on', async () => {
    const dir = tempDir()
    const { db } = await openClub(dir)
    const parent = await saveSector(db, {
      id: null,
      code: 'B',
      nameDe: 'Beratung',
      nameEn: 'Consulting',
      parentId: null,
    })
    const child = await saveSector(db, {
      id: null,
      code: 'B1',
      nameDe: 'Unternehmensberatung',
      nameEn: 'Management consulting',
      parentId: parent.id,
    })
    const names: string[] = []
    for (let i = 0; i < 40; i++) {
      const lastName = `Beraterin${String(i).padStart(2, '0')}`
      names.push(lastName)
      await addMember(db, {
        firstName: 'Ida',
        lastName,
        sectorId: i % 2 === 0 ? child.id : parent.id,
        phoneBusiness: '030 1234567',
        emailBusiness: `ida${i}@example.org`,
        businessAddress: {
          street: 'Hauptstraße',
          houseNumber: String(i + 1),
          postcode: '10115',
          town: 'Berlin',
          country: 'DE',
        },
      })
    }
    const made = await makeDirectory(
      db,
      options({ paper: 'a4', sections: ['members', 'sectorIndex'] }),
      fixedClock,
    )
    const path = savePdf(made.bytes, dir, 'directory-index-a4', [made.pages])
    expect(pdfInfo(path).size).toMatch(/^595.28 x 841.89 pts/)
    const pages = pdfPages(path, true)
    const indexStart = pages.findIndex((page) => page.includes('Branchenverzeichnis'))
    expect(indexStart).toBeGreaterThan(1)
    const index = pages.slice(indexStart).join('\n')
    expect(index.search(/B1\s+Unternehmensberatung/)).toBeGreaterThan(index.search(/B\s+Beratung/))
    let checked = 0
    for (const name of names) {
      const line = new RegExp(`Ida ${name}\\s+(\\d+)\\s*$`, 'm').exec(index)
      expect(line, name).not.toBeNull()
      const page = Number(line?.[1])
      expect(pages[page - 1], `${name} on page ${page}`).toContain(`Ida ${name}`)
      expect(page - 1).toBeLessThan(indexStart)
      checked += 1
    }
    expect(checked).toBe(40)
  })

  it('lists the sector index without page numbers when the book has no A–Z part', async () => {
    const dir = tempDir()
    const { db } = await openClub(dir)
    const sector = await saveSector(db, {
      id: null,
      code: 'K',
      nameDe: 'Kunst',
      nameEn: 'Art',
      parentId: null,
    })
    await addMember(db, { firstName: 'Ute', lastName: 'Malerin', sectorId: sector.id })
    const made = await makeDirectory(db, options({ sections: ['sectorIndex'] }), fixedClock)
    const text = pdfPages(savePdf(made.bytes, dir, 'index-alone')).join('\n')
    expect(text).toMatch(/Ute Malerin\s*\n/)
  })

  it('makes the book for the next club year with the board that takes office then', async () => {
    const dir = tempDir()
    const { db } = await openClub(dir)
    const outgoing = await addMember(db, { firstName: 'Otto', lastName: 'Scheidend' })
    const incoming = await addMember(db, { firstName: 'Ina', lastName: 'Kommend' })
    const [president] = await listRoles(db)
    const roleId = president?.id ?? 0
    const term = (memberId: number, startDate: string, endDate: string) =>
      assignOffice(db, { memberId, roleId, startDate, endDate }, fixedClock)
    await term(outgoing, '2026-07-01', '2027-06-30')
    await term(incoming, '2027-07-01', '2028-06-30')
    const board = (clubYear: 'current' | 'next') =>
      makeDirectory(db, options({ sections: ['cover', 'board'], clubYear }), fixedClock).then(
        (made) => pdfPages(savePdf(made.bytes, dir, `board-${clubYear}`)).join('\n'),
      )
    const now = await board('current')
    expect(now).toContain('Clubjahr 2026/27')
    expect(now).toMatch(/Vorstand und Ämter 2026\/27[\s\S]*Otto Scheidend/)
    expect(now).not.toContain('Ina Kommend')
    const next = await board('next')
    expect(next).toContain('Clubjahr 2027/28')
    expect(next).toMatch(/Vorstand und Ämter 2027\/28[\s\S]*Ina Kommend/)
    expect(next).not.toContain('Otto Scheidend')
  })

  it('heads A–Z pages with their letters and prints two columns when asked', async () => {
    const dir = tempDir()
    const { db } = await openClub(dir)
    for (const letter of 'ABCDEFGH') {
      for (let i = 0; i < 6; i++) {
        await addMember(db, {
          firstName: 'Jo',
          lastName: `${letter}ohnsen${i}`,
          classification: 'Architektur',
          phoneMobile: '0170 1234567',
        })
      }
    }
    const made = await makeDirectory(
      db,
      options({ columns: 2, sections: ['cover', 'members'] }),
      fixedClock,
    )
    const path = savePdf(made.bytes, dir, 'directory-two-columns', [2, 3])
    const pages = pdfPages(path, true)
    expect(pages[0]).not.toMatch(/Seite 1 von/)
    const second = pages[1] ?? ''
    const header = second.split('\n').find((line) => line.trim() !== '') ?? ''
    expect(header).toMatch(/A(–[B-H])?\s*$/)
    // Two entries side by side on one line of text.
    expect(second).toMatch(/Jo \wohnsen\d.*\s{2,}Jo \wohnsen\d/)
    expect(second).toContain('Nur zur persönlichen Verwendung durch Mitglieder')
  })

  it('writes the book in English with plain alphabetical order', async () => {
    const dir = tempDir()
    const { db } = await openClub(dir)
    for (const lastName of ['Müller', 'Mueller', 'Muller']) {
      await addMember(db, { firstName: 'Al', lastName })
    }
    const made = await makeDirectory(db, options({ locale: 'en' }), fixedClock)
    const text = pdfPages(savePdf(made.bytes, dir, 'directory-en')).join('\n')
    expect(text).toContain('Member directory')
    expect(text).toContain("For members' personal use only")
    expect(text).toContain('Members A–Z')
    // English drops the umlaut's dots: Mueller, Müller (= Muller), Muller.
    const order = ['Al Mueller', 'Al Müller', 'Al Muller'].map((name) => text.indexOf(name))
    expect(order.every((p) => p >= 0)).toBe(true)
    expect(order[0]).toBeLessThan(order[1] ?? 0)
  })

  it('shows only the first pages in a preview but counts every listed member', async () => {
    const dir = tempDir()
    const { db } = await openClub(dir)
    for (let i = 0; i < 30; i++) await addMember(db, { firstName: 'P', lastName: `Vorschau${i}` })
    const preview = await makeDirectory(db, options(), fixedClock, { preview: true })
    const full = await makeDirectory(db, options(), fixedClock)
    expect(preview.memberCount).toBe(30)
    expect(preview.pages).toBeLessThan(full.pages)
  })
})
