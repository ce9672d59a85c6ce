import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { SectorCodeSchema } from '../../../src/api/sectors.ts'
import { resourceDir } from '../../../src/core/resources.ts'
import { loadTaxonomy } from '../../../src/core/sectors/taxonomy.ts'
import { readWz2008 } from '../../../src/core/sectors/wz2008.ts'
import { useOpenClub } from '../../support/clubFiles.ts'

const openClub = useOpenClub()

interface Row {
  readonly code: string
  readonly nameDe: string
  readonly nameEn: string
  readonly parentCode: string
}

/** `;`-separated; a field with a `;` in it is quoted, a quote in it doubled. */
function fields(line: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const char = line[i]
    if (quoted && char === '"' && line[i + 1] === '"') {
      cell += '"'
      i++
    } else if (char === '"') quoted = !quoted
    else if (char === ';' && !quoted) {
      cells.push(cell)
      cell = ''
    } else cell += char
  }
  return [...cells, cell]
}

const bytes = readFileSync(join(resourceDir('sectors', 'professions.csv'), 'professions.csv'))
const [header, ...lines] = bytes.toString('utf8').trimEnd().split('\n')
const rows: Row[] = lines.map((line) => {
  const [code = '', nameDe = '', nameEn = '', parentCode = '', ...rest] = fields(line)
  if (rest.length > 0) throw new Error(`more than four fields: ${line}`)
  return { code, nameDe, nameEn, parentCode }
})
const sections = rows.filter((row) => row.parentCode === '')
const professions = rows.filter((row) => row.parentCode !== '')

const wz = readWz2008()
const wzByCode = new Map(wz.map((entry) => [entry.code, entry]))
function wzSection(code: string): string | undefined {
  let entry = wzByCode.get(code)
  while (entry?.parentCode != null) entry = wzByCode.get(entry.parentCode)
  return entry?.code
}

// Words German and English share; any other profession reads differently in each language.
const sharedNames = new Set(['Bank', 'Hotel', 'Restaurant'])

describe('the professions list', () => {
  it('is UTF-8 without BOM, with the header import expects', () => {
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8')).not.toContain('\r')
    expect(header).toBe('code;name_de;name_en;parent_code')
  })

  it('has about 120 professions under the WZ sections they belong to', () => {
    expect(professions.length).toBeGreaterThanOrEqual(100)
    expect(professions.length).toBeLessThanOrEqual(140)
    const sectionCodes = new Set(sections.map((row) => row.code))
    for (const row of sections) expect(row.code).toMatch(/^[A-U]$/)
    for (const row of professions) expect(sectionCodes.has(row.parentCode), row.code).toBe(true)
    // Parents first, and no section left empty.
    expect(rows.slice(0, sections.length)).toEqual(sections)
    expect(new Set(professions.map((row) => row.parentCode))).toEqual(sectionCodes)
  })

  it('names the sections as the WZ taxonomy does, so both views agree', () => {
    for (const row of sections) {
      const entry = wzByCode.get(row.code)
      expect({ nameDe: row.nameDe, nameEn: row.nameEn }).toEqual({
        nameDe: entry?.nameDe,
        nameEn: entry?.nameEn,
      })
    }
  })

  it('codes each profession as the WZ class or subclass it falls in plus a number', () => {
    expect(new Set(rows.map((row) => row.code)).size).toBe(rows.length)
    for (const row of rows) expect(v.is(SectorCodeSchema, row.code), row.code).toBe(true)
    for (const row of professions) {
      const match = /^(\d{2}\.\d{2}(?:\.\d)?)-\d{2}$/.exec(row.code)
      const prefix = match?.[1] ?? ''
      expect(wzByCode.has(prefix), row.code).toBe(true)
      expect(wzSection(prefix), row.code).toBe(row.parentCode)
    }
  })

  it('has a distinct, trimmed name in each language', () => {
    for (const row of rows) {
      for (const name of [row.nameDe, row.nameEn]) {
        expect(name, row.code).not.toBe('')
        expect(name, row.code).toBe(name.replace(/\s+/g, ' ').trim())
      }
      if (!sharedNames.has(row.nameDe)) expect(row.nameEn, row.code).not.toBe(row.nameDe)
    }
    expect(new Set(rows.map((row) => row.nameDe)).size).toBe(rows.length)
    expect(new Set(rows.map((row) => row.nameEn)).size).toBe(rows.length)
  })

  it('loads into a fresh club with every profession under its section', async () => {
    const { db } = await openClub()
    expect(await loadTaxonomy(db, 'professions')).toBe(rows.length)
    const stored = await db
      .selectFrom('sector')
      .leftJoin('sector as parent', 'parent.id', 'sector.parent_id')
      .select([
        'sector.code',
        'sector.name_de as nameDe',
        'sector.name_en as nameEn',
        'parent.code as parentCode',
      ])
      .orderBy('sector.sort_order')
      .execute()
    expect(stored).toEqual(rows.map((row) => ({ ...row, parentCode: row.parentCode || null })))
  })
})
