import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { emptyMemberInput } from '../../../src/api/members.ts'
import { setConsent } from '../../../src/core/members/consent.ts'
import { exportMembers } from '../../../src/core/members/export/exportMembers.ts'
import { commitImport } from '../../../src/core/members/import/importMembers.ts'
import { createMember } from '../../../src/core/members/memberWrite.ts'
import { changeStatus } from '../../../src/core/members/memberStatus.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { fixedClock } from '../../support/temp.ts'

const openClub = useOpenClub()

const blank = emptyMemberInput()

/** Four members: Özdemir (consents to all), Oberer (directory only), Zander (none), Alt (left). */
async function roster() {
  const file = await openClub()
  const { db } = file
  await db
    .insertInto('custom_field')
    .values({
      key: 'shirt',
      label: 'T-Shirt',
      type: 'text',
      options: '[]',
      sort_order: 0,
      active: 1,
    })
    .execute()
  const oezdemir = await createMember(
    db,
    {
      ...blank,
      title: 'Dr.',
      firstName: 'Ömer',
      lastName: 'Özdemir',
      company: 'Özdemir; Partner, Steuerberater',
      position: 'Inhaber',
      classification: 'Steuerberatung',
      emailBusiness: 'oe@example.de',
      emailPrivate: 'oemer@privat.example',
      phoneBusiness: '+49 30 1234567',
      phonePrivate: '030 7654321',
      birthday: '1970-12-24',
      partnerName: 'Ayşe Özdemir',
      joinDate: '2010-07-01',
      businessAddress: {
        street: 'Hauptstraße',
        houseNumber: '5',
        postcode: '10115',
        town: 'Berlin',
        country: 'DE',
      },
      privateAddress: {
        street: 'Gartenweg',
        houseNumber: '2',
        postcode: '10117',
        town: 'Berlin',
        country: 'DE',
      },
      notes: '=HYPERLINK("http://evil.example","klick")\nzweite Zeile',
      customValues: { shirt: 'L' },
    },
    'active',
    fixedClock,
  )
  const oberer = await createMember(
    db,
    {
      ...blank,
      firstName: 'Otto',
      lastName: 'Oberer',
      emailPrivate: 'otto@privat.example',
      birthday: '1960-01-02',
      phonePrivate: '089 111',
      privateAddress: {
        street: 'Privatweg',
        houseNumber: '9',
        postcode: '80331',
        town: 'München',
        country: 'DE',
      },
    },
    'active',
    fixedClock,
  )
  const zander = await createMember(
    db,
    { ...blank, firstName: 'Zoe', lastName: 'Zander', position: '-Leitung' },
    'active',
    fixedClock,
  )
  const alt = await createMember(
    db,
    { ...blank, firstName: 'Anton', lastName: 'Alt' },
    'active',
    fixedClock,
  )
  await changeStatus(db, alt, 'resign', '2025-12-31', '', fixedClock)
  for (const kind of [
    'directory',
    'private_email',
    'private_phone',
    'private_address',
    'birthday',
    'partner',
  ] as const) {
    await setConsent(db, oezdemir, kind, true, '2026-01-01', fixedClock)
  }
  await setConsent(db, oberer, 'directory', true, '2026-01-01', fixedClock)
  return { db, oezdemir, oberer, zander, alt }
}

function parseCsv(bytes: Uint8Array) {
  const text = Buffer.from(bytes).toString('utf8')
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  })
}

describe('member export', () => {
  it('writes Excel-friendly German CSV: BOM, `;`, CRLF, German headers, phone-book order', async () => {
    const { db } = await roster()
    const made = await exportMembers(db, { format: 'csv', publication: false }, 'de', fixedClock)
    expect(made.fileName).toBe('mitglieder-20261121-100000.csv')
    expect([...made.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = Buffer.from(made.bytes).toString('utf8')
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(
      /^Mitgliedsnummer;Art;Status;Anrede;Titel;Vorname;Nachname;/,
    )
    const parsed = parseCsv(made.bytes)
    expect(parsed.meta.delimiter).toBe(';')
    // DIN 5007-2: Ö sorts as Oe, so Oberer < Özdemir (oezdemir) < Zander; Alt has left.
    expect(parsed.data.map((r) => r['Nachname'])).toEqual(['Oberer', 'Özdemir', 'Zander'])
    const oe = parsed.data[1] ?? {}
    expect(oe).toMatchObject({
      Firma: 'Özdemir; Partner, Steuerberater',
      Status: 'aktiv',
      Art: 'Person',
      Geburtsdatum: '24.12.1970',
      Eintritt: '01.07.2010',
      'E-Mail privat': 'oemer@privat.example',
      'T-Shirt': 'L',
      Telefon: "'+49 30 1234567",
      Notizen: '\'=HYPERLINK("http://evil.example","klick")\nzweite Zeile',
    })
    expect(parsed.data[2]?.['Position']).toBe("'-Leitung")
  })

  it('writes English CSV with `,` and English headers, and exports a selection incl. former', async () => {
    const { db, alt, zander } = await roster()
    const made = await exportMembers(
      db,
      { format: 'csv', publication: false, ids: [zander, alt] },
      'en',
      fixedClock,
    )
    expect(made.fileName).toBe('members-20261121-100000.csv')
    const parsed = parseCsv(made.bytes)
    expect(parsed.meta.delimiter).toBe(',')
    expect(parsed.data.map((r) => [r['Last name'], r['Status'], r['Leave date']])).toEqual([
      ['Alt', 'former', '2025-12-31'],
      ['Zander', 'active', ''],
    ])
  })

  it('re-imports its own CSV with every column mapped', async () => {
    const { db } = await roster()
    const made = await exportMembers(db, { format: 'csv', publication: false }, 'de', fixedClock)
    const second = await openClub()
    await second.db
      .insertInto('custom_field')
      .values({
        key: 'shirt',
        label: 'T-Shirt',
        type: 'text',
        options: '[]',
        sort_order: 0,
        active: 1,
      })
      .execute()
    const options = {
      source: {
        fileName: made.fileName,
        contentBase64: Buffer.from(made.bytes).toString('base64'),
      },
      mapping: null,
      updateDuplicates: false,
      skipInvalid: false,
    }
    const report = await commitImport(second.db, options, fixedClock, 'de')
    expect(report.created).toBe(3)
    const copy = await second.db
      .selectFrom('member')
      .selectAll()
      .where('last_name', '=', 'Özdemir')
      .executeTakeFirstOrThrow()
    expect(copy).toMatchObject({
      company: 'Özdemir; Partner, Steuerberater',
      birthday: '1970-12-24',
      private_street: 'Gartenweg',
      partner_name: 'Ayşe Özdemir',
    })
  })

  it('writes XLSX with a bold frozen header, widths and real dates', async () => {
    const { db } = await roster()
    const made = await exportMembers(db, { format: 'xlsx', publication: false }, 'de', fixedClock)
    expect(made.fileName.endsWith('.xlsx')).toBe(true)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(made.bytes) as unknown as ExcelJS.Buffer)
    const sheet = workbook.worksheets[0]
    expect(sheet?.name).toBe('Mitglieder')
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    const header = sheet?.getRow(1)
    expect(header?.getCell(1).value).toBe('Mitgliedsnummer')
    expect(header?.getCell(1).font?.bold).toBe(true)
    const headers = (header?.values as unknown[]).slice(1)
    const col = (name: string) => headers.indexOf(name) + 1
    const oe = sheet?.getRow(3)
    expect(oe?.getCell(col('Nachname')).value).toBe('Özdemir')
    expect(oe?.getCell(col('Geburtsdatum')).value).toEqual(new Date('1970-12-24T00:00:00Z'))
    expect(oe?.getCell(col('Geburtsdatum')).numFmt).toBe('dd.mm.yyyy')
    expect(oe?.getCell(col('Telefon')).value).toBe('+49 30 1234567')
    expect(String(oe?.getCell(col('Notizen')).value)).toMatch(/^'=HYPERLINK/)
    expect(sheet?.getRow(4).getCell(col('Position')).value).toBe("'-Leitung")
    expect(sheet?.getColumn(col('Firma')).width).toBeGreaterThanOrEqual(
      'Özdemir; Partner, Steuerberater'.length,
    )
  })

  it('honours consent in a publication', async () => {
    const { db } = await roster()
    const made = await exportMembers(db, { format: 'csv', publication: true }, 'de', fixedClock)
    expect(made.fileName).toBe('mitgliederverzeichnis-20261121-100000.csv')
    const parsed = parseCsv(made.bytes)
    expect(parsed.meta.fields).not.toContain('Notizen')
    expect(parsed.meta.fields).not.toContain('T-Shirt')
    expect(parsed.data.map((r) => r['Nachname'])).toEqual(['Oberer', 'Özdemir'])
    expect(parsed.data[0]).toMatchObject({
      'E-Mail privat': '',
      Geburtsdatum: '',
      'Telefon privat': '',
      'Straße privat': '',
    })
    expect(parsed.data[1]).toMatchObject({
      'E-Mail privat': 'oemer@privat.example',
      Geburtsdatum: '24.12.1970',
      'Straße privat': 'Gartenweg',
      Partner: 'Ayşe Özdemir',
    })
  })

  it('refuses an empty export', async () => {
    const file = await openClub()
    await expect(
      exportMembers(file.db, { format: 'csv', publication: false }, 'de', fixedClock),
    ).rejects.toMatchObject({ code: 'export.nothing' })
    await expect(
      exportMembers(file.db, { format: 'vcf', publication: true }, 'en', fixedClock),
    ).rejects.toMatchObject({ code: 'export.nothing' })
  })
})
