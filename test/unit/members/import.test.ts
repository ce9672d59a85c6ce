import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { Kysely } from 'kysely'
import type { ClubFile } from '../../../src/core/db/openClubFile.ts'
import type { Database } from '../../../src/core/db/schema.ts'
import { commitImport, previewImport } from '../../../src/core/members/import/importMembers.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { fixedClock } from '../../support/temp.ts'

const openClub = useOpenClub()

async function club(): Promise<ClubFile> {
  const file = await openClub()
  return file
}

function importOptions(
  fileName: string,
  content: Uint8Array | string,
  extra: { mapping?: Record<string, string | null>; updateDuplicates?: boolean } = {},
) {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content)
  return {
    source: { fileName, contentBase64: bytes.toString('base64') },
    mapping: extra.mapping ?? null,
    updateDuplicates: extra.updateDuplicates ?? false,
  }
}

type FieldType = 'text' | 'number' | 'date' | 'boolean' | 'choice'
async function addCustomField(
  db: Kysely<Database>,
  field: { key: string; label: string; type: FieldType; options?: string[] },
): Promise<void> {
  const options = JSON.stringify(field.options ?? [])
  await db
    .insertInto('custom_field')
    .values({ ...field, options, sort_order: 0, active: 1 })
    .execute()
}

const memberRows = (db: Kysely<Database>) =>
  db.selectFrom('member').selectAll().orderBy('id').execute()

const germanCsv = [
  'Mitgliedsnummer;Anrede;Titel;Vorname;Nachname;Firma;Straße;PLZ;Ort;Land;E-Mail;Geburtsdatum;Eintritt;Status',
  '101;Frau;Dr.;Anna;Müller;Müller & Söhne GmbH;Hauptstraße 12a;1067;Dresden;Deutschland;anna@mueller.de;24.12.1970;1.2.05;aktiv',
  ';Herr;;Jörg;Weiß;;Schloßallee;80331;München;;joerg@weiss.de;1980-05-17;;Ehrenmitglied',
  ';;;;;Bäckerei Groß KG;Marktplatz 1;10115;Berlin;DE;info@gross.de;;;',
].join('\r\n')

describe('member import', () => {
  it('imports UTF-8 with BOM, German headers and `;`, in one go', async () => {
    const { db } = await club()
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(germanCsv)])
    const options = importOptions('mitglieder.csv', bytes)
    const preview = await previewImport(db, options, 'de', fixedClock)
    expect(preview).toMatchObject({
      encoding: 'utf-8',
      separator: ';',
      counts: { create: 3, update: 0, reject: 0 },
    })
    expect(preview.columns[0]).toBe('Mitgliedsnummer')
    expect(preview.mapping['Straße']).toBe('businessAddress.street')
    expect(preview.targets).toContainEqual({ key: 'businessAddress.postcode', label: 'PLZ' })
    expect(preview.rows.map((r) => [r.row, r.action, r.displayName])).toEqual([
      [2, 'create', 'Dr. Anna Müller'],
      [3, 'create', 'Jörg Weiß'],
      [4, 'create', 'Bäckerei Groß KG'],
    ])
    expect(await memberRows(db)).toHaveLength(0)

    const report = await commitImport(db, { ...options, skipInvalid: false }, fixedClock, 'de')
    expect(report).toEqual({ created: 3, updated: 0, rejected: [], written: true })
    const [anna, joerg, baker] = await memberRows(db)
    expect(anna).toMatchObject({
      member_number: '101',
      kind: 'person',
      status: 'active',
      salutation: 'Frau',
      title: 'Dr.',
      company: 'Müller & Söhne GmbH',
      business_street: 'Hauptstraße',
      business_house_number: '12a',
      business_postcode: '01067',
      business_country: 'DE',
      birthday: '1970-12-24',
      join_date: '2005-02-01',
    })
    expect(joerg).toMatchObject({
      status: 'honorary',
      birthday: '1980-05-17',
      business_street: 'Schloßallee',
    })
    expect(joerg?.member_number).not.toBe('')
    expect(baker).toMatchObject({
      kind: 'organisation',
      organisation_name: 'Bäckerei Groß KG',
      company: null,
    })
    const history = await db
      .selectFrom('member_history')
      .select(['action', 'field', 'old_value', 'new_value', 'note'])
      .where('member_id', '=', joerg?.id ?? 0)
      .orderBy('id')
      .execute()
    expect(history).toEqual([
      { action: 'created', field: 'status', old_value: null, new_value: 'active', note: null },
      {
        action: 'updated',
        field: 'status',
        old_value: 'active',
        new_value: 'honorary',
        note: 'Import aus „mitglieder.csv“',
      },
    ])
    const found = await sql<{
      rowid: number
    }>`select rowid from member_search where member_search match 'weiss'`.execute(db)
    expect(found.rows.map((r) => r.rowid)).toEqual([joerg?.id])
  })

  it('imports UTF-8 without BOM, English headers and `,`', async () => {
    const { db } = await club()
    const csv =
      'First name,Last name,Company,Zip,City,Email,Date of birth,Status\n' +
      'Jane,Doe,"Doe, Smith & Co",10115,Berlin,jane@doe.example,1975-03-04,former\n' +
      'Émile,Zola,,,,emile@zola.example,2.4.40,prospect\n'
    const report = await commitImport(
      db,
      { ...importOptions('members.csv', csv), skipInvalid: false },
      fixedClock,
      'en',
    )
    expect(report.created).toBe(2)
    const [jane, emile] = await memberRows(db)
    expect(jane).toMatchObject({ first_name: 'Jane', company: 'Doe, Smith & Co', status: 'former' })
    expect(emile).toMatchObject({ first_name: 'Émile', status: 'prospect', birthday: '1940-04-02' })
  })

  it('detects Windows-1252 as German Excel writes it, tab-separated', async () => {
    const { db } = await club()
    // "Vorname\tNachname\tOrt\r\nJürgen\tGroß\tKöln" with ü = 0xFC, ß = 0xDF, ö = 0xF6.
    const bytes = Buffer.from([
      ...Buffer.from('Vorname\tNachname\tOrt\r\nJ', 'latin1'),
      0xfc,
      ...Buffer.from('rgen\tGro', 'latin1'),
      0xdf,
      ...Buffer.from('\tK', 'latin1'),
      0xf6,
      ...Buffer.from('ln\r\n', 'latin1'),
    ])
    const preview = await previewImport(db, importOptions('excel.csv', bytes), 'de', fixedClock)
    expect(preview).toMatchObject({ encoding: 'windows-1252', separator: '\t' })
    await commitImport(
      db,
      { ...importOptions('excel.csv', bytes), skipInvalid: false },
      fixedClock,
      'de',
    )
    expect(await memberRows(db)).toMatchObject([
      { first_name: 'Jürgen', last_name: 'Groß', business_town: 'Köln' },
    ])
  })

  /** UTF-16 in the byte order given, with its byte order mark first. */
  const utf16 = (text: string, order: 'le' | 'be') => {
    const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le')
    return order === 'le' ? bytes : bytes.swap16()
  }

  it.each(['le', 'be'] as const)(
    'reads Excel’s Unicode text: UTF-16 %s with its mark, tab-separated',
    async (order) => {
      const { db } = await club()
      const bytes = utf16(
        'Vorname\tNachname\tOrt\r\nJürgen\tGroß\tKöln\r\nZoë\tŁukasz 😀\tŁódź\r\n',
        order,
      )
      const options = importOptions('unicode.txt', bytes)
      const preview = await previewImport(db, options, 'de', fixedClock)
      expect(preview).toMatchObject({
        encoding: `utf-16${order}`,
        separator: '\t',
        columns: ['Vorname', 'Nachname', 'Ort'],
        counts: { create: 2, reject: 0 },
      })
      await commitImport(db, { ...options, skipInvalid: false }, fixedClock, 'de')
      expect(await memberRows(db)).toMatchObject([
        { first_name: 'Jürgen', last_name: 'Groß', business_town: 'Köln' },
        { first_name: 'Zoë', last_name: 'Łukasz 😀', business_town: 'Łódź' },
      ])
    },
  )

  it('keeps line breaks inside quoted fields', async () => {
    const { db } = await club()
    const csv = 'Nachname;Notizen\r\nMeier;"Erste Zeile\r\nzweite; mit ""Zitat"""\r\nKunz;kurz\r\n'
    const preview = await previewImport(db, importOptions('n.csv', csv), 'de', fixedClock)
    expect(preview.counts.create).toBe(2)
    expect(preview.rows.map((r) => r.row)).toEqual([2, 3])
    await commitImport(db, { ...importOptions('n.csv', csv), skipInvalid: false }, fixedClock, 'de')
    expect((await memberRows(db)).map((m) => m.notes)).toEqual([
      'Erste Zeile\r\nzweite; mit "Zitat"',
      'kurz',
    ])
  })

  it('imports XLSX with date cells and numbers', async () => {
    const { db } = await club()
    await addCustomField(db, {
      key: 'shirt',
      label: 'T-Shirt-Größe',
      type: 'choice',
      options: ['S', 'M', 'L'],
    })
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Liste')
    sheet.addRow(['Nr', 'Vorname', 'Name', 'PLZ', 'Geburtstag', 'Eintrittsdatum', 'T-Shirt-Größe'])
    sheet.addRow([7, 'Karl', 'Öztürk', 1099, new Date(Date.UTC(1966, 6, 30)), '01.07.2019', 'm'])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const options = importOptions('liste.xlsx', bytes)
    const preview = await previewImport(db, options, 'de', fixedClock)
    expect(preview).toMatchObject({ encoding: 'xlsx', separator: null, counts: { create: 1 } })
    expect(preview.mapping['T-Shirt-Größe']).toBe('custom.shirt')
    expect(preview.targets).toContainEqual({ key: 'custom.shirt', label: 'T-Shirt-Größe' })
    await commitImport(db, { ...options, skipInvalid: false }, fixedClock, 'de')
    expect(await memberRows(db)).toMatchObject([
      {
        member_number: '7',
        last_name: 'Öztürk',
        business_postcode: '01099',
        birthday: '1966-07-30',
        join_date: '2019-07-01',
      },
    ])
    const custom = await db.selectFrom('member_custom_value').select('value').execute()
    expect(custom).toEqual([{ value: 'M' }])
  })

  it('honours a mapping the user chose', async () => {
    const { db } = await club()
    const csv = 'A;B;C\r\nLehmann;Hans;egal\r\n'
    const options = importOptions('x.csv', csv, {
      mapping: { A: 'lastName', B: 'firstName', C: null, Z: 'notes' },
    })
    const preview = await previewImport(db, options, 'en', fixedClock)
    expect(preview.mapping).toEqual({ A: 'lastName', B: 'firstName', C: null })
    expect(preview.targets).toContainEqual({ key: 'lastName', label: 'Last name' })
    await commitImport(db, { ...options, skipInvalid: false }, fixedClock, 'de')
    expect(await memberRows(db)).toMatchObject([
      { last_name: 'Lehmann', first_name: 'Hans', notes: null },
    ])
  })
})
