import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { organisation, person } from '../../support/members.ts'
import { setConsent } from '../../../src/core/members/consent.ts'
import { createMember } from '../../../src/core/members/memberWrite.ts'
import { exportDirectory } from '../../../src/core/sectors/directoryExport.ts'
import { setSectorTargets } from '../../../src/core/sectors/flags.ts'
import { fixedClock } from '../../support/temp.ts'
import { useWzClub, type SectorClub } from '../../support/sectorClub.ts'

const wzClub = useWzClub()

async function listed(club: SectorClub, memberId: number) {
  await setConsent(club.db, memberId, 'directory', true, '2026-01-10', fixedClock)
}

/** A chamber's roster: who may be in the directory and who may not. */
async function roster(club: SectorClub) {
  const tax = await club.id('69.20.3')
  const heating = await club.id('43.22')
  const it = await club.id('62.01')
  const setStatus = (id: number, status: 'honorary' | 'on_leave' | 'prospect') =>
    club.db.updateTable('member').set({ status }).where('id', '=', id).execute()
  const create = (input: Parameters<typeof createMember>[1]) =>
    createMember(club.db, input, 'active', fixedClock)

  const becker = await create(
    person({
      memberNumber: '0001',
      title: 'Dr.',
      firstName: 'Anna',
      lastName: 'Becker',
      company: 'Becker Steuerberatung',
      classification: '=HYPERLINK("http://evil")',
      sectorId: tax,
      emailBusiness: 'becker@example.de',
      emailPrivate: 'anna@privat.example',
      phoneBusiness: '+49 69 123456',
      phonePrivate: '069 999',
      website: 'https://becker.example',
      birthday: '1970-05-01',
      businessAddress: {
        street: 'Zeil',
        houseNumber: '1',
        postcode: '60313',
        town: 'Frankfurt am Main',
        country: 'DE',
      },
    }),
  )
  await listed(club, becker)
  const adler = await create(
    person({ memberNumber: '0002', firstName: 'Bernd', lastName: 'Adler', sectorId: tax }),
  )
  await listed(club, adler)
  const firm = await create(
    organisation('Wärme & Wasser GmbH', { memberNumber: '0003', sectorId: heating }),
  )
  await listed(club, firm)
  const employee = await create(
    person({ memberNumber: '0004', lastName: 'Ohne', organisationId: firm, sectorId: heating }),
  )
  await listed(club, employee)
  await setStatus(employee, 'honorary')
  // Not in the directory: no consent, on leave, a prospect, no sector.
  await create(person({ memberNumber: '0005', lastName: 'Verborgen', sectorId: tax }))
  const resting = await create(person({ memberNumber: '0006', lastName: 'Ruhend', sectorId: it }))
  await listed(club, resting)
  await setStatus(resting, 'on_leave')
  const prospect = await create(person({ memberNumber: '0007', lastName: 'Neu', sectorId: it }))
  await listed(club, prospect)
  await setStatus(prospect, 'prospect')
  await listed(club, await create(person({ memberNumber: '0008', lastName: 'Ohnebranche' })))
  await setSectorTargets(club.db, [it], true)
}

function parseCsv(bytes: Uint8Array, delimiter: string): string[][] {
  const text = Buffer.from(bytes).toString('utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)
  return Papa.parse<string[]>(text.slice(1), { delimiter, skipEmptyLines: true }).data
}

describe('the sector directory export', () => {
  it('lists consenting active and honorary members with business data in tree order (CSV, de)', async () => {
    const club = await wzClub()
    await roster(club)
    const made = await exportDirectory(club.db, 'csv', 'de', fixedClock)
    expect(made.fileName).toBe('branchenverzeichnis-20261121-100000.csv')
    expect(made.count).toBe(4)
    const rows = parseCsv(made.bytes, ';')
    expect(rows[0]).toEqual([
      'Branchenschlüssel',
      'Branche',
      'Mitgliedsnummer',
      'Name',
      'Organisation',
      'Klassifikation',
      'Ort',
      'Website',
      'Telefon',
      'E-Mail',
    ])
    const heating = 'Gas-, Wasser-, Heizungs- sowie Lüftungs- und Klimainstallation'
    const tax =
      'Praxen von Steuerbevollmächtigten, Steuerberaterinnen und -beratern, Steuerberatungsgesellschaften'
    expect(rows.slice(1)).toEqual([
      ['43.22', heating, '0004', 'Ohne', 'Wärme & Wasser GmbH', '', '', '', '', ''],
      ['43.22', heating, '0003', 'Wärme & Wasser GmbH', '', '', '', '', '', ''],
      ['69.20.3', tax, '0002', 'Bernd Adler', '', '', '', '', '', ''],
      [
        '69.20.3',
        tax,
        '0001',
        'Dr. Anna Becker',
        'Becker Steuerberatung',
        `'=HYPERLINK("http://evil")`,
        'Frankfurt am Main',
        'https://becker.example',
        // The members export's CSV neutralising turns a leading + into text too.
        "'+49 69 123456",
        'becker@example.de',
      ],
    ])
    const text = Buffer.from(made.bytes).toString('utf8')
    for (const secret of [
      'anna@privat.example',
      '069 999',
      '1970',
      'Zeil',
      'Verborgen',
      'Ruhend',
    ]) {
      expect(text).not.toContain(secret)
    }
  })

  it('speaks English with commas for an English club', async () => {
    const club = await wzClub()
    await roster(club)
    const rows = parseCsv((await exportDirectory(club.db, 'csv', 'en', fixedClock)).bytes, ',')
    expect(rows[0]?.slice(0, 5)).toEqual([
      'Sector code',
      'Sector',
      'Member number',
      'Name',
      'Organisation',
    ])
    expect(rows[1]?.[1]).toBe('Plumbing, heat and air-conditioning installation')
  })

  it('writes XLSX with the directory and the tree with its counts', async () => {
    const club = await wzClub()
    await roster(club)
    const made = await exportDirectory(club.db, 'xlsx', 'de', fixedClock)
    expect(made.fileName).toBe('branchenverzeichnis-20261121-100000.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(made.bytes) as unknown as ArrayBuffer)
    const [directory, tree] = workbook.worksheets
    expect(directory?.name).toBe('Branchenverzeichnis')
    expect(directory?.rowCount).toBe(5)
    expect(directory?.getRow(5).getCell(1).value).toBe('69.20.3')
    expect(directory?.getRow(5).getCell(6).value).toBe(`'=HYPERLINK("http://evil")`)
    // In XLSX a phone number needs no apostrophe.
    expect(directory?.getRow(5).getCell(9).value).toBe('+49 69 123456')

    expect(tree?.name).toBe('Branchen')
    expect(tree?.getRow(1).values).toEqual([
      undefined,
      'Branchenschlüssel',
      'Branche',
      'Ebene',
      'Aktive Mitglieder',
      'Mitglieder gesamt',
      'Gesucht',
      'Stillgelegt',
    ])
    const line = (code: string) => {
      let found: ExcelJS.Row | undefined
      tree?.eachRow((row) => {
        if (row.getCell(1).value === code) found = row
      })
      return found?.values
    }
    // Counts take every member, not only those in the published list.
    expect(line('M')).toEqual([undefined, 'M', expect.any(String), 1, 3, 3])
    expect(line('62.01')).toEqual([undefined, '62.01', 'Programmierungstätigkeiten', 4, 0, 2, 'ja'])
    expect(tree?.rowCount).toBe(1836)
  })

  it('has nothing to export without a listed member', async () => {
    const club = await wzClub()
    await club.add({ sector: '69.20.3' })
    await expect(exportDirectory(club.db, 'csv', 'de', fixedClock)).rejects.toMatchObject({
      code: 'export.nothing',
    })
  })
})
