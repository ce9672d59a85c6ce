import type { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { ListOptions } from '../../../src/api/directory.ts'
import type { Database } from '../../../src/core/db/schema.ts'
import { makeList } from '../../../src/core/directory/lists/makeList.ts'
import { setConsent } from '../../../src/core/members/consent.ts'
import { createMember } from '../../../src/core/members/memberWrite.ts'
import { saveSector } from '../../../src/core/sectors/save.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { addMember, pdfInfo, pdfPages, savePdf } from '../../support/directoryClub.ts'
import { organisation } from '../../support/members.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'

const tempDir = useTempDir()
const openClub = useOpenClub()

const list = (kind: ListOptions['kind'], changes: Partial<ListOptions> = {}): ListOptions => ({
  kind,
  statuses: ['active', 'honorary'],
  year: 2026,
  labelLayout: '3x7',
  locale: 'de',
  ...changes,
})

const address = (street: string, postcode: string, town: string, country = 'DE') => ({
  street,
  houseNumber: '1',
  postcode,
  town,
  country,
})

/**
 * A small club whose members cover the cases: private data with and without consent, one who
 * declined the directory, one without any address, sectors whose tree order is not A–Z.
 */
async function listClub(db: Kysely<Database>) {
  const tax = await saveSector(db, {
    id: null,
    code: 'T',
    nameDe: 'Steuerberatung',
    nameEn: 'Tax advice',
    parentId: null,
  })
  const consulting = await saveSector(db, {
    id: null,
    code: 'B',
    nameDe: 'Beratung',
    nameEn: 'Consulting',
    parentId: null,
  })
  const management = await saveSector(db, {
    id: null,
    code: 'B1',
    nameDe: 'Unternehmensberatung',
    nameEn: 'Management consulting',
    parentId: consulting.id,
  })
  await addMember(
    db,
    {
      title: 'Dr.',
      firstName: 'Anna',
      lastName: 'Adler',
      classification: 'Steuerberaterin',
      sectorId: tax.id,
      company: 'Adler Steuern GmbH',
      phoneBusiness: '0611 100100',
      phonePrivate: '0611 100200',
      emailBusiness: 'anna@adler.example',
      birthday: '1966-03-15',
      joinDate: '2016-05-01',
      businessAddress: address('Kanzleiweg', '65183', 'Wiesbaden'),
    },
    ['directory', 'private_phone', 'birthday'],
  )
  await addMember(
    db,
    {
      firstName: 'Bernd',
      lastName: 'Becker',
      classification: 'Architekt',
      company: 'Becker Bau',
      phoneBusiness: '030 200100',
      phonePrivate: '030 200999',
      emailPrivate: 'bernd@zuhause.example',
      birthday: '1980-01-20',
      joinDate: '2019-02-01',
      businessAddress: address('Baustraße', '10115', 'Berlin'),
      privateAddress: address('Heimlichweg', '10117', 'Berlin'),
    },
    ['directory'],
    ['private_phone', 'private_email', 'birthday', 'private_address'],
  )
  await addMember(
    db,
    {
      firstName: 'Clara',
      lastName: 'Conrad',
      classification: 'Beraterin',
      sectorId: management.id,
      company: 'Conrad Consulting',
      phoneMobile: '0170 300100',
      birthday: '1990-12-24',
      joinDate: '2001-12-01',
      businessAddress: address('Firmenplatz', '60311', 'Frankfurt am Main'),
      privateAddress: address('Gartenweg', '65189', 'Wiesbaden'),
    },
    ['directory', 'private_address', 'birthday'],
  )
  await addMember(
    db,
    {
      firstName: 'Dieter',
      lastName: 'Ablehner',
      classification: 'Notar',
      sectorId: tax.id,
      phoneBusiness: '0611 400100',
      birthday: '1956-06-01',
      joinDate: '2006-06-01',
      businessAddress: address('Geheimgasse', '65185', 'Wiesbaden'),
    },
    ['private_phone', 'birthday', 'private_address'],
    ['directory'],
  )
  await addMember(
    db,
    {
      firstName: 'Frieda',
      lastName: 'Fuchs',
      classification: 'Coach',
      sectorId: consulting.id,
      phoneBusiness: '0611 500100',
      birthday: '1976-07-04',
      joinDate: '2011-07-04',
      businessAddress: address('Coachingallee', '65187', 'Wiesbaden'),
    },
    ['directory', 'birthday'],
  )
  await addMember(db, { firstName: 'Emil', lastName: 'Ernst', joinDate: '2021-01-10' })
  const zeta = await createMember(
    db,
    organisation('Zeta Druck GmbH', {
      classification: 'Druckerei',
      phoneBusiness: '+43 1 600100',
      joinDate: '1996-09-30',
      businessAddress: address('Druckergasse', '1010', 'Wien', 'AT'),
    }),
    'active',
    fixedClock,
  )
  await setConsent(db, zeta, 'directory', true, '2026-01-15', fixedClock)
}

/** Writes a list and renders one page of it to PNG under test-results/lists/, to look at. */
const shoot = (bytes: Uint8Array, dir: string, name: string, page = 1) =>
  savePdf(bytes, dir, name, [page], 'lists')

const oneLine = (text: string) => text.replace(/\s+/g, ' ')

/** What must never appear on any list: unconsented private data and the member who declined. */
const secrets = [
  'Ablehner',
  '0611 400100',
  'Geheimgasse',
  '030 200999',
  'bernd@zuhause.example',
  'Heimlichweg',
  '20.01.',
]

describe('the printed lists', () => {
  it('phone list: everyone listed A–Z, private numbers only where consented', async () => {
    const dir = tempDir()
    const { db } = await openClub(dir)
    await listClub(db)
    const made = await makeList(db, list('phone'), fixedClock)
    const path = shoot(made.bytes, dir, 'phone')
    expect(made.memberCount).toBe(6)
    expect(made.pages).toBe(1)
    expect(pdfInfo(path)).toEqual({ pages: 1, size: expect.stringContaining('(A4)') as string })
    const text = oneLine(pdfPages(path, true).join('\n'))
    expect(text).toContain('Telefonliste')
    expect(text).toContain('Nur zur persönlichen Verwendung durch Mitglieder')
    const order = ['Dr. Anna Adler', 'Bernd Becker', 'Clara Conrad', 'Emil Ernst', 'Frieda Fuchs']
    const at = order.map((name) => text.indexOf(name))
    expect(at.every((position) => position >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(text).toContain('Zeta Druck GmbH')
    expect(text).toContain('0611 100200')
    expect(text).toContain('030 200100')
    for (const secret of secrets) expect(text).not.toContain(secret)
  })

  it('phone list: the header row repeats and about forty members fit a page', async () => {
    const dir = tempDir()
    const { db } = await openClub(dir)
    for (let i = 0; i < 80; i++) {
      await addMember(db, {
        firstName: 'Lena',
        lastName: `Langliste${String(i).padStart(2, '0')}`,
        classification: 'Rechtsanwältin',
        phoneBusiness: `0611 ${700000 + i}`,
        emailBusiness: `lena${i}@kanzlei-langliste.example`,
      })
    }
    const made = await makeList(db, list('phone', { locale: 'en' }), fixedClock)
    const path = shoot(made.bytes, dir, 'phone-long', 2)
    const pages = pdfPages(path)
    expect(made.pages).toBe(2)
    expect(pages).toHaveLength(2)
    for (const page of pages) expect(page).toContain('Classification')
    const first = pages[0]?.match(/Langliste\d\d/g) ?? []
    expect(first.length).toBeGreaterThanOrEqual(40)
    expect(pages[1]).toContain('Phone list')
    expect(pages[1]).toContain("For members' personal use only")
  })

  it('birthday list: only consented birthdays of the year, by date, round ones with the age', async () => {
    const dir = tempDir()
    const { db } = await openClub(dir)
    await listClub(db)
    const made = await makeList(db, list('birthdays'), fixedClock)
    const path = shoot(made.bytes, dir, 'birthdays')
    expect(made.memberCount).toBe(3)
    const text = oneLine(pdfPages(path).join('\n'))
    expect(text).toContain('Geburtstagsliste 2026')
    const order = ['März', '15.03.', 'Dr. Anna Adler', '60. Geburtstag', 'Juli', '04.07.']
    const at = order.map((part) => text.indexOf(part))
    expect(at.every((position) => position >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(text.indexOf('Frieda Fuchs')).toBeLessThan(text.indexOf('Clara Conrad'))
    expect(text).toContain('50. Geburtstag')
    // 36 is no round birthday: Clara is listed without an age.
    expect(text).not.toContain('36.')
    expect(text).not.toContain('Bernd Becker')
    for (const secret of secrets) expect(text).not.toContain(secret)

    const english = await makeList(db, list('birthdays', { locale: 'en', year: 2027 }), fixedClock)
    const englishText = oneLine(pdfPages(shoot(english.bytes, dir, 'birthdays-en')).join('\n'))
    expect(englishText).toContain('Birthdays 2027')
    expect(englishText).toContain('December')
    expect(englishText).not.toContain('60th birthday')
  })

  it('anniversaries list: multiples of five years of membership only', async () => {
    const dir = tempDir()
    const { db } = await openClub(dir)
    await listClub(db)
    const made = await makeList(db, list('anniversaries'), fixedClock)
    const path = shoot(made.bytes, dir, 'anniversaries')
    const text = oneLine(pdfPages(path).join('\n'))
    expect(text).toContain('Jubiläumsliste 2026')
    // Ernst 5, Adler 10, Fuchs 15, Zeta 30, Conrad 25 years, by date; Becker's 7 are no jubilee.
    const order = ['Dr. Anna Adler', '10 Jahre', 'Frieda Fuchs', '15 Jahre', 'Zeta Druck GmbH']
    const at = order.map((part) => text.indexOf(part))
    expect(at.every((position) => position >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(text).toContain('Emil Ernst')
    expect(text).toContain('5 Jahre')
    expect(text).toContain('25 Jahre')
    expect(text).toContain('30 Jahre')
    expect(text).not.toContain('Bernd Becker')
    expect(made.memberCount).toBe(5)
    for (const secret of secrets) expect(text).not.toContain(secret)
  })

  it('sector list: sector tree order, each member under the first sector, the rest after', async () => {
    const dir = tempDir()
    const { db } = await openClub(dir)
    await listClub(db)
    const made = await makeList(db, list('sectors'), fixedClock)
    const path = shoot(made.bytes, dir, 'sectors')
    expect(made.memberCount).toBe(6)
    const text = oneLine(pdfPages(path).join('\n'))
    const order = [
      'Steuerberatung',
      'Dr. Anna Adler',
      'Beratung',
      'Frieda Fuchs',
      'Unternehmensberatung',
      'Clara Conrad',
      'Architekt',
      'Bernd Becker',
      'Druckerei',
      'Zeta Druck GmbH',
      'Ohne Branche',
      'Emil Ernst',
    ]
    const at = order.map((part) => text.indexOf(part))
    expect(at.every((position) => position >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    // A list for guests: business numbers only and no members-only line.
    expect(text).not.toContain('0611 100200')
    expect(text).not.toContain('Nur zur persönlichen Verwendung')
    for (const secret of secrets) expect(text).not.toContain(secret)
  })

  it('labels: private address where consented, else business, never without one', async () => {
    const dir = tempDir()
    const { db } = await openClub(dir)
    await listClub(db)
    const made = await makeList(db, list('labels'), fixedClock)
    const path = shoot(made.bytes, dir, 'labels-club')
    const text = oneLine(pdfPages(path).join('\n'))
    expect(made.memberCount).toBe(5)
    expect(text).toContain('Dr. Anna Adler Adler Steuern GmbH Kanzleiweg 1 65183 Wiesbaden')
    expect(text).toContain('Bernd Becker Becker Bau Baustraße 1 10115 Berlin')
    // Clara agreed to her home address: no firm's name on a letter to her home.
    expect(text).toContain('Clara Conrad Gartenweg 1 65189 Wiesbaden')
    expect(text).not.toContain('Firmenplatz')
    expect(text).toContain('Zeta Druck GmbH Druckergasse 1 1010 Wien ÖSTERREICH')
    expect(text).not.toContain('Emil Ernst')
    expect(text).not.toContain('Mitglieder')
    for (const secret of secrets) expect(text).not.toContain(secret)
  })

  it.each([
    ['3x7', 21],
    ['3x8', 24],
  ] as const)('labels %s: %i a sheet, A4, two sheets for 25 members', async (layout, perSheet) => {
    const dir = tempDir()
    const { db } = await openClub(dir)
    for (let i = 0; i < 25; i++) {
      await addMember(db, {
        firstName: 'Paul',
        lastName: `Post${String(i).padStart(2, '0')}`,
        businessAddress: address('Briefweg', String(10000 + i), 'Berlin'),
      })
    }
    const made = await makeList(db, list('labels', { labelLayout: layout }), fixedClock)
    const path = shoot(made.bytes, dir, `labels-${layout}`)
    expect(made.memberCount).toBe(25)
    expect(made.pages).toBe(2)
    const info = pdfInfo(path)
    expect(info.pages).toBe(2)
    expect(info.size).toContain('(A4)')
    const pages = pdfPages(path)
    expect(pages[0]?.match(/Paul Post\d\d/g)).toHaveLength(perSheet)
    expect(pages[1]?.match(/Paul Post\d\d/g)).toHaveLength(25 - perSheet)
  })
})
