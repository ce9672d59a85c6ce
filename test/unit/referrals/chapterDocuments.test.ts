import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { makeChapterReportPdf } from '../../../src/core/referrals/chapterReportPdf.ts'
import { makeChapterReportXlsx } from '../../../src/core/referrals/chapterReportXlsx.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { pdfInfo, pdfPages, savePdf } from '../../support/directoryClub.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'
import { amounts, october, octoberChapter } from './chapterScenario.ts'

const openClub = useOpenClub()
const tempDir = useTempDir()

/** Every sheet's rows as plain values, the header first. */
async function sheets(bytes: Uint8Array): Promise<Map<string, ExcelJS.CellValue[][]>> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  const result = new Map<string, ExcelJS.CellValue[][]>()
  for (const sheet of book.worksheets) {
    const rows: ExcelJS.CellValue[][] = []
    sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)))
    result.set(sheet.name, rows)
  }
  return result
}

/** An amount as German and English print it, and as a spreadsheet number. */
const forms = (cents: number) => [
  (cents / 100).toLocaleString('de-DE', { minimumFractionDigits: 2 }),
  (cents / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 }),
  String(cents / 100),
  String(cents),
]

describe('the chapter report as PDF', () => {
  it('prints the figures per member and closed business only as the chapter total', async () => {
    const { db } = await openClub()
    await octoberChapter(db)
    const made = await makeChapterReportPdf(db, october, fixedClock)
    const path = savePdf(made.bytes, tempDir(), 'chapterbericht', [1], 'meetings')
    expect(pdfInfo(path).size).toContain('841.89 x 595.28')
    const text = pdfPages(path, true).join('\n')
    expect(text).toContain('Chapterbericht')
    expect(text).toContain('BNI Chapter Teststadt')
    expect(text).toContain('Zeitraum: 01.10.2026 – 31.10.2026')
    expect(text).toContain('Umsatz aus abgeschlossenen Geschäften (TYFCB): 11.111,11 €')
    expect(text).toMatch(
      /Name\s+Anwesend\s+Abwesend\s+Verspätet\s+Krankheit\s+Vertretung\s+Geg\. intern\s+Geg\. extern\s+Erh\. intern\s+Erh\. extern\s+Besucher\s+Einzelgespr\./,
    )
    expect(text).toMatch(/Anna Arndt\s+2\s+0\s+0\s+0\s+0\s+1\s+1\s+1\s+0\s+2\s+2\n/)
    expect(text).toMatch(/Summe\s+6\s+2\s+1\s+1\s+1\s+2\s+1\s+2\s+1\s+3\s+4\n/)
    for (const cents of [amounts.anna, amounts.bernd]) {
      for (const form of forms(cents)) expect(text).not.toContain(form)
    }
  })
})

describe('the chapter report as XLSX', () => {
  it('writes numbers, the totals row and the chapter total on a sheet of its own', async () => {
    const { db } = await openClub()
    await octoberChapter(db)
    const book = await sheets(await makeChapterReportXlsx(db, october, fixedClock))
    expect([...book.keys()]).toEqual(['Chapterbericht', 'Summen'])
    const [header, ...rows] = book.get('Chapterbericht') ?? []
    expect(header).toEqual([
      'Mitgliedsnummer',
      'Name',
      'Anwesend',
      'Abwesend',
      'Verspätet',
      'Krankheit',
      'Vertretung',
      'Geg. intern',
      'Geg. extern',
      'Erh. intern',
      'Erh. extern',
      'Besucher',
      'Einzelgespr.',
    ])
    expect(rows.find((row) => row[1] === 'Anna Arndt')).toEqual([
      expect.any(String),
      'Anna Arndt',
      2,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      0,
      2,
      2,
    ])
    expect(rows.at(-1)).toEqual([undefined, 'Summe', 6, 2, 1, 1, 1, 2, 1, 2, 1, 3, 4])
    const totals = book.get('Summen') ?? []
    expect(totals[0]).toEqual(['Von', 'Bis', 'Umsatz TYFCB (EUR)'])
    expect(totals[1]?.[2]).toBe((amounts.anna + amounts.bernd) / 100)

    const cells = [...book.values()].flat(2).map((cell) => String(cell))
    for (const cents of [amounts.anna, amounts.bernd]) {
      for (const form of forms(cents)) expect(cells).not.toContain(form)
      expect(cells.some((cell) => cell.includes(String(cents / 100)))).toBe(false)
    }
  })

  it('neutralises a member name that starts like a formula', async () => {
    const { db } = await openClub()
    await octoberChapter(db)
    await db
      .updateTable('member')
      .set({ first_name: '', last_name: '=1+1' })
      .where('last_name', '=', 'Ohm')
      .execute()
    const book = await sheets(await makeChapterReportXlsx(db, october, fixedClock))
    const names = (book.get('Chapterbericht') ?? []).map((row) => row[1])
    expect(names).toContain("'=1+1")
  })
})
