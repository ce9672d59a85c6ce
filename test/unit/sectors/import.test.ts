import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { SectorImportReport } from '../../../src/api/sectors.ts'
import { sectorTree } from '../../../src/core/sectors/counts.ts'
import { setSectorActive } from '../../../src/core/sectors/flags.ts'
import { importSectors } from '../../../src/core/sectors/importSectors.ts'
import { searchSectors } from '../../../src/core/sectors/search.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { sectorClub, useWzClub, type SectorClub } from '../../support/sectorClub.ts'

const openClub = useOpenClub()
const wzClub = useWzClub()

async function emptyClub(): Promise<SectorClub> {
  return sectorClub((await openClub()).db)
}

function source(content: string | Uint8Array, fileName = 'sectors.csv') {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  return { fileName, contentBase64: Buffer.from(bytes).toString('base64') }
}

async function shape(club: SectorClub) {
  const { sectors } = await sectorTree(club.db)
  const code = new Map(sectors.map((s) => [s.id, s.code]))
  return sectors.map((s) => ({
    code: s.code,
    nameDe: s.nameDe,
    nameEn: s.nameEn,
    parent: s.parentId === null ? null : code.get(s.parentId),
  }))
}

const tree = [
  { code: 'M', nameDe: 'Freie Berufe', nameEn: 'Professions', parent: null },
  { code: 'STB', nameDe: 'Steuerberatung', nameEn: 'Tax advice', parent: 'M' },
  { code: 'ARC', nameDe: 'Architektur', nameEn: 'Architecture', parent: 'M' },
]

describe('importing a taxonomy from CSV', () => {
  it('reads ; with parents that come later in the file', async () => {
    const club = await emptyClub()
    const report = await importSectors(
      club.db,
      source(
        [
          'code;name_de;name_en;parent_code',
          'STB;Steuerberatung;Tax advice;M',
          '',
          'M;Freie Berufe;Professions;',
          'ARC;Architektur;Architecture;M',
        ].join('\n'),
      ),
    )
    expect(report).toEqual({ created: 3, updated: 0, problems: [], written: true })
    expect(await shape(club)).toEqual([tree[0], tree[1], tree[2]])
  })

  it('reads , with a BOM and quotes, and tabs', async () => {
    const comma = await emptyClub()
    const csv =
      '\uFEFFcode,name_de,name_en,parent_code\r\n' +
      'M,Freie Berufe,Professions,\r\n' +
      'STB,"Steuerberatung, Buchführung","Tax advice, bookkeeping",M\r\n'
    expect((await importSectors(comma.db, source(csv))).created).toBe(2)
    expect((await shape(comma))[1]).toEqual({
      code: 'STB',
      nameDe: 'Steuerberatung, Buchführung',
      nameEn: 'Tax advice, bookkeeping',
      parent: 'M',
    })
    const tab = await emptyClub()
    const tsv = 'code\tname_de\tname_en\tparent_code\nM\tFreie Berufe\tProfessions\t\n'
    expect((await importSectors(tab.db, source(tsv))).created).toBe(1)
  })

  it('reads Windows-1252 from German Excel with German headers', async () => {
    const club = await emptyClub()
    const csv =
      'Schlüssel;Name deutsch;Name englisch;Übergeordnet\r\n' +
      'M;Freie Berufe;Professions;\r\n' +
      'ARZ;Ärzte und Zahnärzte;Doctors and dentists;M\r\n'
    const report = await importSectors(club.db, source(Buffer.from(csv, 'latin1')))
    expect(report.written).toBe(true)
    expect((await shape(club))[1]).toMatchObject({ nameDe: 'Ärzte und Zahnärzte', parent: 'M' })
  })

  it('reads Excel’s Unicode text (UTF-16 with its mark), tab-separated', async () => {
    const club = await emptyClub()
    const text = '\uFEFFSchlüssel\tName deutsch\tName englisch\r\nM\tFreie Berufe\tProfessions\r\n'
    const report = await importSectors(club.db, source(Buffer.from(text, 'utf16le'), 'b.txt'))
    expect(report.written).toBe(true)
    expect(await shape(club)).toEqual([
      { code: 'M', nameDe: 'Freie Berufe', nameEn: 'Professions', parent: null },
    ])
  })

  it('takes a missing name from the other language', async () => {
    const club = await emptyClub()
    await importSectors(club.db, source('Code;Name (de);Oberbranche\nM;Freie Berufe;\n'))
    expect(await shape(club)).toEqual([
      { code: 'M', nameDe: 'Freie Berufe', nameEn: 'Freie Berufe', parent: null },
    ])
  })

  it('reads XLSX too', async () => {
    const club = await emptyClub()
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Branchen')
    sheet.addRow(['code', 'name_de', 'name_en', 'parent_code'])
    sheet.addRow(['M', 'Freie Berufe', 'Professions', ''])
    sheet.addRow(['STB', 'Steuerberatung', 'Tax advice', 'M'])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const report = await importSectors(club.db, source(bytes, 'sectors.xlsx'))
    expect(report).toMatchObject({ created: 2, written: true })
  })

  it('updates codes the club has, names and parents, and hangs new ones under old ones', async () => {
    const club = await wzClub()
    const before = await shape(club)
    const report = await importSectors(
      club.db,
      source(
        [
          'code;name_de;name_en;parent_code',
          // Renamed.
          '69.20;Steuerberatung;Tax advice;69.2',
          // Unchanged: not counted.
          '69.10;Rechtsberatung;Legal activities;69.1',
          // Moved under a new sector that comes later.
          '69.20.3;Steuerberater;Tax advisers;STB',
          'STB;Steuerbüros;Tax offices;M',
        ].join('\n'),
      ),
    )
    expect(report).toEqual({ created: 1, updated: 2, problems: [], written: true })
    const after = await shape(club)
    expect(after).toHaveLength(before.length + 1)
    const at = (code: string) => after.find((s) => s.code === code)
    expect(at('69.20')).toMatchObject({ nameDe: 'Steuerberatung', nameEn: 'Tax advice' })
    expect(at('69.20.3')).toMatchObject({ nameDe: 'Steuerberater', parent: 'STB' })
    expect(at('STB')).toMatchObject({ parent: 'M' })
    expect(at('69.20.1')).toMatchObject({ parent: '69.20' })
  })

  it('retires what it hangs under a retired sector, as retiring the sector would have', async () => {
    const club = await wzClub()
    await setSectorActive(club.db, await club.id('69.20'), false)
    const report = await importSectors(
      club.db,
      source('code;name_de;name_en;parent_code\nSTB;Steuerbüros;Tax offices;69.20\n'),
    )
    expect(report).toMatchObject({ created: 1, written: true })
    const { sectors } = await sectorTree(club.db)
    expect(sectors.find((s) => s.code === 'STB')).toMatchObject({ active: false })
    const found = await searchSectors(club.db, { search: 'STB', includeRetired: false, limit: 50 })
    expect(found.map((o) => o.code)).not.toContain('STB')
  })

  it('keeps parents where they are when the file has no parent column', async () => {
    const club = await wzClub()
    const report = await importSectors(club.db, source('code;name_de;name_en\n69.20.3;A;B\n'))
    expect(report).toMatchObject({ created: 0, updated: 1 })
    expect((await shape(club)).find((s) => s.code === '69.20.3')?.parent).toBe('69.20')
  })

  it('rejects every bad row with its reason and writes nothing', async () => {
    const club = await wzClub()
    const before = await shape(club)
    const long = 'x'.repeat(201)
    const report = await importSectors(
      club.db,
      source(
        [
          'code;name_de;name_en;parent_code',
          ';Ohne Code;No code;', // 2
          'N1;;;', // 3
          'bad code!;Schlecht;Bad;', // 4
          'N2;Zwei;Two;', // 5
          'N2;Doppelt;Twice;', // 6
          'N3;Waise;Orphan;NOWHERE', // 7
          'N4;Kreis A;Loop A;N5', // 8
          'N5;Kreis B;Loop B;N4', // 9
          `${'C'.repeat(31)};Lang;Long;`, // 10
          `N6;${long};Long;`, // 11
          'M;Schleife;Loop;69.20.3', // 12: under its own grandchild
          'N7;Selbst;Self;N7', // 13
          'N8;Gut;Good;N2', // 14: fine on its own
        ].join('\n'),
      ),
    )
    expect(report.written).toBe(false)
    expect(report.created).toBe(0)
    expect(report.updated).toBe(0)
    expect(report.problems).toEqual([
      { row: 2, field: 'code', reason: 'required', value: '' },
      { row: 3, field: 'name_de', reason: 'required', value: '' },
      { row: 4, field: 'code', reason: 'sectorCode', value: 'bad code!' },
      { row: 6, field: 'code', reason: 'duplicateInFile', value: 'N2' },
      { row: 7, field: 'parent_code', reason: 'unknownParent', value: 'NOWHERE' },
      { row: 8, field: 'parent_code', reason: 'cycle', value: 'N5' },
      { row: 9, field: 'parent_code', reason: 'cycle', value: 'N4' },
      { row: 10, field: 'code', reason: 'tooLong', value: 'C'.repeat(31) },
      { row: 11, field: 'name_de', reason: 'tooLong', value: long },
      { row: 12, field: 'parent_code', reason: 'cycle', value: '69.20.3' },
      { row: 13, field: 'parent_code', reason: 'cycle', value: 'N7' },
    ] satisfies SectorImportReport['problems'])
    expect(await shape(club)).toEqual(before)
  })

  it('names a missing code column as a problem of the header', async () => {
    const club = await emptyClub()
    const report = await importSectors(club.db, source('Name;Beschreibung\nA;B\n'))
    expect(report).toEqual({
      created: 0,
      updated: 0,
      written: false,
      problems: [
        { row: 1, field: 'code', reason: 'required', value: '' },
        { row: 1, field: 'name_de', reason: 'required', value: '' },
      ],
    })
  })

  it('refuses a file that is not a table', async () => {
    const club = await emptyClub()
    await expect(
      importSectors(club.db, source(new Uint8Array([0, 1, 2, 3, 0, 0]))),
    ).rejects.toMatchObject({ code: 'import.unreadable' })
    await expect(importSectors(club.db, source('code;name_de\n'))).rejects.toMatchObject({
      code: 'import.empty',
    })
  })
})
