import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { CustomField } from '../../../src/api/roster.ts'
import type { SectorTree } from '../../../src/api/sectors.ts'
import { neutralise, neutraliseXlsx } from '../../../src/core/members/export/neutralise.ts'
import { person } from '../../support/members.ts'
import { useClubSessions, value } from '../../support/session.ts'
import { useTempDir } from '../../support/temp.ts'

/**
 * Every CSV and XLSX export (members, sector directory, outstanding dues, accountant's ledger)
 * of a club whose members are named like formulas. A spreadsheet runs a cell starting with
 * `=`, `+`, `-`, `@`, tab or carriage return (OWASP "CSV injection"); the exports must hand
 * such text over neutralised, by the shared helper in src/core/members/export/neutralise.ts.
 */
const tempDir = useTempDir()
const newClub = useClubSessions(tempDir)

const names = ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)']
/** Custom text values keep leading blanks, so tab and carriage return can reach an export. */
const customValues = ['\t=1+1', '\r=1+1']
const fieldLabel = '=HYPERLINK("label")'

async function hostileClub() {
  const made = await newClub()
  const { dispatch } = made
  const fields = value<CustomField[]>(
    await dispatch('customFields/save', {
      id: null,
      label: fieldLabel,
      type: 'text',
      options: [],
      active: true,
    }),
  )
  const key = fields.find((field) => field.label === fieldLabel)?.key ?? ''
  const tree = value<SectorTree>(await dispatch('sectors/tree', {}))
  const sectorId = tree.sectors[0]?.id ?? null
  const ids: number[] = []
  for (const [index, lastName] of names.entries()) {
    const member = person({
      lastName,
      sectorId,
      joinDate: '2020-01-01',
      customValues: { [key]: customValues[index % customValues.length] ?? '' },
    })
    const { id } = value<{ id: number }>(
      await dispatch('members/create', { member, status: 'active' }),
    )
    // The sector directory lists only members who agreed to be in it.
    value(
      await dispatch('members/setConsent', {
        id,
        kind: 'directory',
        granted: true,
        date: '2026-01-10',
      }),
    )
    ids.push(id)
  }
  value(
    await dispatch('dues/extraCharge', {
      memberIds: ids,
      description: '@SUM(A1)',
      amountCents: 1000,
      bookedOn: '2026-11-01',
      dueDate: '2026-11-01',
    }),
  )
  return made
}

type Made = Awaited<ReturnType<typeof hostileClub>>

/** Saves one export through the procedure, to a path the scripted save dialog answers with. */
async function exported(made: Made, name: string, input: unknown, file: string): Promise<Buffer> {
  const path = join(tempDir(), file)
  made.host.toSave.push(path)
  expect(value<{ path: string }>(await made.dispatch(name, input)).path).toBe(path)
  return readFileSync(path)
}

function csvCells(bytes: Buffer): string[] {
  const text = bytes.subarray(3).toString('utf8')
  return Papa.parse<string[]>(text, { delimiter: ';' }).data.flat()
}

async function xlsxCells(bytes: Buffer): Promise<ExcelJS.Cell[]> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes as unknown as ArrayBuffer)
  const cells: ExcelJS.Cell[] = []
  for (const sheet of book.worksheets) {
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)))
  }
  return cells
}

const formulaStart = /^[=+\-@\t\r]/
/** Amounts may be negative: a number is data to a spreadsheet, not a formula. */
const amount = /^-?\d[\d.,]*$/

function expectNeutralCsv(cells: readonly string[], expected: readonly string[]): void {
  for (const text of expected) {
    expect(cells).toContain(neutralise(text))
    expect(cells).not.toContain(text)
  }
  expect(cells.filter((cell) => formulaStart.test(cell) && !amount.test(cell))).toEqual([])
}

async function expectNeutralXlsx(bytes: Buffer, expected: readonly string[]): Promise<void> {
  const cells = await xlsxCells(bytes)
  expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula)).toEqual([])
  const texts = cells.flatMap((cell) => (typeof cell.value === 'string' ? [cell.value] : []))
  // XML reads a carriage return back as a line feed; the apostrophe in front is what counts.
  for (const text of expected) {
    expect(texts).toContain(neutraliseXlsx(text).replaceAll('\r', '\n'))
  }
  // In XLSX only a phone number such as `+1` may keep its sign: text cells are never run.
  expect(texts.filter((text) => formulaStart.test(text) && text !== '+1')).toEqual([])
}

describe('exports neutralise text a spreadsheet would run', () => {
  it('the member export, in CSV and XLSX, cells, custom values and headers alike', async () => {
    const made = await hostileClub()
    const input = { publication: false, ids: [] }
    const all = [...names, ...customValues, fieldLabel]
    const csv = await exported(made, 'members/export', { ...input, format: 'csv' }, 'm.csv')
    expectNeutralCsv(csvCells(csv), all)
    const xlsx = await exported(made, 'members/export', { ...input, format: 'xlsx' }, 'm.xlsx')
    await expectNeutralXlsx(xlsx, all)
  })

  it('the sector directory', async () => {
    const made = await hostileClub()
    const csv = await exported(made, 'sectors/export', { format: 'csv' }, 's.csv')
    expectNeutralCsv(csvCells(csv), names)
    const xlsx = await exported(made, 'sectors/export', { format: 'xlsx' }, 's.xlsx')
    await expectNeutralXlsx(xlsx, names)
  })

  it('the outstanding dues and the accountant’s ledger', async () => {
    const made = await hostileClub()
    const query = { asOf: '2026-11-21', search: '', minDaysOverdue: 0 }
    const range = { from: '2026-11-01', to: '2026-11-30' }
    for (const format of ['csv', 'xlsx'] as const) {
      const outstanding = await exported(
        made,
        'dues/exportOutstanding',
        { query, format },
        `o.${format}`,
      )
      const ledger = await exported(made, 'dues/exportAccounting', { range, format }, `a.${format}`)
      if (format === 'csv') {
        expectNeutralCsv(csvCells(outstanding), names)
        expectNeutralCsv(csvCells(ledger), [...names, '@SUM(A1)'])
      } else {
        await expectNeutralXlsx(outstanding, names)
        await expectNeutralXlsx(ledger, [...names, '@SUM(A1)'])
      }
    }
  })
})

describe('the shared helper', () => {
  it('guards every OWASP formula start, in CSV always and in XLSX but for phone numbers', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutralise(`${start}1+1`)).toBe(`'${start}1+1`)
    }
    expect(neutraliseXlsx('+49 30 1234')).toBe('+49 30 1234')
    expect(neutraliseXlsx('+cmd|calc')).toBe("'+cmd|calc")
    expect(neutralise('Müller')).toBe('Müller')
  })
})
