import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { exportAccounting } from '../../../src/core/dues/accountingExport.ts'
import { centsToDecimal } from '../../../src/core/dues/decimal.ts'
import { exportOutstanding } from '../../../src/core/dues/outstandingExport.ts'
import { reversePayment } from '../../../src/core/dues/payments.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { addDuesMember, inTrx } from '../../support/duesClub.ts'
import { refusal } from '../../support/refusal.ts'
import { fixedClock } from '../../support/temp.ts'
import { charge, pay } from './letterSupport.ts'

const openClub = useOpenClub()

/** A member whose name is a formula, owing money, and an honest one who paid and got it back. */
async function club(locale: 'de' | 'en' = 'de') {
  const { db } = await openClub()
  await db.updateTable('club').set({ locale }).execute()
  const rogue = await addDuesMember(db, { firstName: '', lastName: '=HYPERLINK("x")' })
  const anna = await addDuesMember(db, { firstName: 'Anna', lastName: 'Müller' })
  await charge(db, rogue, 12050, '2026-09-01', '@SUM(A1)')
  await charge(db, anna, 12000, '2026-09-01')
  const paid = await pay(db, anna, 12000, '2026-09-10')
  await inTrx(db, (trx) =>
    reversePayment(trx, { paymentId: paid, date: '2026-09-20', reason: 'AC04' }, fixedClock),
  )
  return db
}

const query = { asOf: '2026-11-21', search: '', minDaysOverdue: 0 }

function csvLines(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes)
  expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  return buffer.subarray(3).toString('utf8').trimEnd().split('\r\n')
}

async function sheetRows(bytes: Uint8Array): Promise<ExcelJS.CellValue[][]> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  const rows: ExcelJS.CellValue[][] = []
  book.worksheets[0]?.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)))
  return rows
}

describe('the outstanding export', () => {
  it('writes German CSV with ; and decimal commas, and a formula name stays text', async () => {
    const db = await club()
    const made = await exportOutstanding(db, query, 'csv', fixedClock)
    expect(made.fileName).toMatch(/^offene-posten-\d{8}-\d{6}\.csv$/)
    const [header, ...rows] = csvLines(made.bytes)
    expect(header).toBe(
      'Mitgliedsnummer;Name;Status;Offener Betrag (EUR);Offene Posten;Älteste Fälligkeit;Tage überfällig;Mahnstufe;Lastschriftmandat',
    )
    expect(rows).toEqual([
      `0001;"'=HYPERLINK(""x"")";aktiv;120,50;1;01.09.2026;81;0;nein`,
      '0002;Anna Müller;aktiv;120,00;1;01.09.2026;81;0;nein',
    ])
  })

  it('writes XLSX with amounts as numbers and the formula name as text', async () => {
    const db = await club('en')
    const made = await exportOutstanding(db, query, 'xlsx', fixedClock)
    const [header, rogue] = await sheetRows(made.bytes)
    expect(header?.[3]).toBe('Open amount (EUR)')
    expect(rogue?.[1]).toBe(`'=HYPERLINK("x")`)
    expect(rogue?.[3]).toBe(120.5)
    expect(rogue?.[5]).toEqual(new Date('2026-09-01T00:00:00Z'))
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(made.bytes) as unknown as ArrayBuffer)
    const row = book.worksheets[0]?.getRow(2)
    expect([row?.getCell(4).numFmt, row?.getCell(6).numFmt]).toEqual(['#,##0.00', 'yyyy-mm-dd'])
  })

  it('refuses to export an empty list', async () => {
    const { db } = await openClub()
    expect((await refusal(exportOutstanding(db, query, 'csv', fixedClock))).code).toBe(
      'export.nothing',
    )
  })
})

describe('the accountant’s export', () => {
  it('has every ledger line of the range with signed amounts in euros', async () => {
    const db = await club()
    const made = await exportAccounting(db, { from: '2026-09-01', to: '2026-09-30' }, 'csv')
    expect(made.fileName).toBe('beitragsbuchungen-2026-09-01-2026-09-30.csv')
    const [header, ...rows] = csvLines(made.bytes)
    expect(header).toBe(
      'Datum;Art;Beleg;Mitgliedsnummer;Name;Mitgliedsart;Beschreibung;Betrag (EUR);Zahlungsart',
    )
    expect(rows).toEqual([
      `01.09.2026;Beitrag;2026-000001;0001;"'=HYPERLINK(""x"")";;'@SUM(A1);120,50;`,
      '01.09.2026;Beitrag;2026-000002;0002;Anna Müller;;Mitgliedsbeitrag 2026/27;120,00;',
      '10.09.2026;Zahlung;Beitrag;0002;Anna Müller;;;-120,00;Überweisung',
      '20.09.2026;Rückbuchung;Beitrag;0002;Anna Müller;;AC04;120,00;Überweisung',
    ])
  })

  it('writes the same lines to XLSX with numbers and neutralised text', async () => {
    const db = await club('en')
    const made = await exportAccounting(db, { from: '2026-01-01', to: '2026-12-31' }, 'xlsx')
    const rows = await sheetRows(made.bytes)
    expect(rows).toHaveLength(5)
    expect(rows[1]?.slice(1, 8)).toEqual([
      'Dues',
      '2026-000001',
      '0001',
      `'=HYPERLINK("x")`,
      undefined,
      `'@SUM(A1)`,
      120.5,
    ])
    expect(rows[3]?.[7]).toBe(-120)
    expect(rows[3]?.[8]).toBe('transfer')
  })
})

describe('amounts as text', () => {
  it('writes integer cents with two decimals, negative ones too, without a float', () => {
    expect(centsToDecimal(12050)).toBe('120.50')
    expect(centsToDecimal(7)).toBe('0.07')
    expect(centsToDecimal(0)).toBe('0.00')
    expect(centsToDecimal(-5)).toBe('-0.05')
    expect(centsToDecimal(-12050)).toBe('-120.50')
    expect(centsToDecimal(1_000_000_000)).toBe('10000000.00')
  })
})
