import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { decodeImportFile } from '../../../src/core/members/import/decode.ts'
import { normaliseHeader, proposeMapping } from '../../../src/core/members/import/mapping.ts'
import {
  parseCountry,
  parseDate,
  parseNumber,
  parseStatus,
  splitStreet,
} from '../../../src/core/members/import/values.ts'

const today = new Date('2026-11-21T10:00:00Z')

describe('import values', () => {
  it('reads every date form clubs type', () => {
    expect(parseDate('24.12.1970', today)).toBe('1970-12-24')
    expect(parseDate('1.2.1970', today)).toBe('1970-02-01')
    expect(parseDate('1.2.70', today)).toBe('1970-02-01')
    expect(parseDate('1.2.26', today)).toBe('2026-02-01')
    expect(parseDate('1.2.27', today)).toBe('1927-02-01')
    expect(parseDate('05.03.09', today)).toBe('2009-03-05')
    expect(parseDate('1970-12-24', today)).toBe('1970-12-24')
    expect(parseDate('1970-12-24T00:00:00Z', today)).toBe('1970-12-24')
    expect(parseDate('31.02.2020', today)).toBeNull()
    expect(parseDate('12/24/1970', today)).toBeNull()
    expect(parseDate('gestern', today)).toBeNull()
  })

  it('knows countries, statuses, numbers and combined street columns', () => {
    expect(parseCountry('Deutschland')).toBe('DE')
    expect(parseCountry('Österreich')).toBe('AT')
    expect(parseCountry('Germany')).toBe('DE')
    expect(parseCountry('ch')).toBe('CH')
    expect(parseCountry('Atlantis')).toBeNull()
    expect(parseStatus('Ehrenmitglied')).toEqual({ status: 'honorary', leaveReason: null })
    expect(parseStatus('on leave')).toEqual({ status: 'on_leave', leaveReason: null })
    expect(parseStatus('beurlaubt')?.status).toBe('on_leave')
    expect(parseStatus('Verstorben')).toEqual({ status: 'former', leaveReason: 'deceased' })
    expect(parseStatus('Interessent')?.status).toBe('prospect')
    expect(parseStatus('AKTIV')?.status).toBe('active')
    expect(parseStatus('vielleicht')).toBeNull()
    expect(parseNumber('1.234,5')).toBe(1234.5)
    expect(parseNumber('12.5')).toBe(12.5)
    expect(parseNumber('zwölf')).toBeNull()
    expect(splitStreet('Hauptstraße 12a')).toEqual({ street: 'Hauptstraße', houseNumber: '12a' })
    expect(splitStreet('Am Markt 3-5')).toEqual({ street: 'Am Markt', houseNumber: '3-5' })
    expect(splitStreet('Straße des 17. Juni 100')).toEqual({
      street: 'Straße des 17. Juni',
      houseNumber: '100',
    })
    expect(splitStreet('Marktplatz')).toBeNull()
  })
})

describe('header mapping', () => {
  it('normalises case, spaces and punctuation', () => {
    expect(normaliseHeader(' E-Mail (privat) ')).toBe('emailprivat')
    expect(normaliseHeader('Straße')).toBe('strasse')
    expect(normaliseHeader('Mitgl.-Nr.')).toBe('mitglnr')
  })

  it('proposes targets from German headers', () => {
    const columns = [
      'Mitgl.-Nr.',
      'Anrede',
      'Titel',
      'Vorname',
      'Nachname',
      'Firma',
      'Funktion',
      'Branche',
      'Strasse',
      'Nr.',
      'PLZ',
      'Ort',
      'Land',
      'E-Mail',
      'E-Mail privat',
      'Telefon',
      'Handy',
      'Telefon privat',
      'Geburtstag',
      'Mitglied seit',
      'Austritt',
      'Status',
      'Partnerin',
      'Homepage',
      'Bemerkung',
      'Lieblingsfarbe',
    ]
    expect(proposeMapping(columns, [])).toEqual({
      'Mitgl.-Nr.': 'memberNumber',
      Anrede: 'salutation',
      Titel: 'title',
      Vorname: 'firstName',
      Nachname: 'lastName',
      Firma: 'company',
      Funktion: 'position',
      Branche: 'classification',
      Strasse: 'businessAddress.street',
      'Nr.': 'businessAddress.houseNumber',
      PLZ: 'businessAddress.postcode',
      Ort: 'businessAddress.town',
      Land: 'businessAddress.country',
      'E-Mail': 'emailBusiness',
      'E-Mail privat': 'emailPrivate',
      Telefon: 'phoneBusiness',
      Handy: 'phoneMobile',
      'Telefon privat': 'phonePrivate',
      Geburtstag: 'birthday',
      'Mitglied seit': 'joinDate',
      Austritt: 'leaveDate',
      Status: 'status',
      Partnerin: 'partnerName',
      Homepage: 'website',
      Bemerkung: 'notes',
      Lieblingsfarbe: null,
    })
  })

  it('proposes targets from English headers and custom field labels', () => {
    const columns = [
      'No.',
      'First name',
      'Surname',
      'Company',
      'Street',
      'Zip',
      'City',
      'Country',
      'Email',
      'Mobile',
      'Date of birth',
      'Join date',
      'Notes',
      'Shirt size',
    ]
    const mapping = proposeMapping(columns, [
      { key: 'shirt', label: 'Shirt size', type: 'text', options: [] },
    ])
    expect(mapping).toMatchObject({
      'No.': 'memberNumber',
      'First name': 'firstName',
      Surname: 'lastName',
      Company: 'company',
      Street: 'businessAddress.street',
      Zip: 'businessAddress.postcode',
      City: 'businessAddress.town',
      Country: 'businessAddress.country',
      Email: 'emailBusiness',
      Mobile: 'phoneMobile',
      'Date of birth': 'birthday',
      'Join date': 'joinDate',
      Notes: 'notes',
      'Shirt size': 'custom.shirt',
    })
  })

  it('gives each target to one column only', () => {
    expect(proposeMapping(['Name', 'Nachname'], [])).toEqual({ Name: 'lastName', Nachname: null })
  })
})

describe('decoding', () => {
  it('refuses binary junk and empty files', async () => {
    const junk = new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x10, 0x00, 0x7f])
    await expect(decodeImportFile(junk, 'x.csv')).rejects.toMatchObject({
      code: 'import.unreadable',
      params: { file: 'x.csv' },
    })
    const brokenZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])
    await expect(decodeImportFile(brokenZip, 'x.xlsx')).rejects.toMatchObject({
      code: 'import.unreadable',
    })
    await expect(
      decodeImportFile(Buffer.from('Vorname;Nachname\r\n\r\n'), 'e.csv'),
    ).rejects.toMatchObject({ code: 'import.empty' })
    await expect(decodeImportFile(new Uint8Array(), 'e.csv')).rejects.toMatchObject({
      code: 'import.empty',
    })
  })

  it('keeps row numbers, names blank and repeated headers, reads XLSX cells as text', async () => {
    const table = await decodeImportFile(Buffer.from('Name;;Name\r\nA;x;y\r\n\r\nB;;\r\n'), 'a.csv')
    expect(table.columns).toEqual(['Name', '#2', 'Name (2)'])
    expect(table.rows.map((r) => r.row)).toEqual([2, 4])

    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Mitglieder')
    sheet.addRow(['Nachname', 'PLZ', 'Geburtsdatum', 'Aktiv'])
    sheet.addRow(['Müller', 1067, new Date(Date.UTC(1970, 11, 24)), true])
    sheet.addRow([{ richText: [{ text: 'Schmi' }, { text: 'dt' }] }, { formula: '1+1', result: 2 }])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const xlsx = await decodeImportFile(bytes, 'a.xlsx')
    expect(xlsx.encoding).toBe('xlsx')
    expect(xlsx.rows).toEqual([
      { row: 2, cells: ['Müller', '1067', '1970-12-24', 'true'] },
      { row: 3, cells: ['Schmidt', '2'] },
    ])
  })
})
