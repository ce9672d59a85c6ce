import * as v from 'valibot'
import { SectorCodeSchema, type SectorImportProblem } from '../../api/sectors.ts'
import { decodeImportFile } from '../members/import/decode.ts'
import { normaliseHeader } from '../members/import/mapping.ts'

const sectorFields = ['code', 'name_de', 'name_en', 'parent_code'] as const
type SectorField = (typeof sectorFields)[number]

/** Headers seen in German and English files, normalised as the members import does. */
const synonyms: Readonly<Record<SectorField, readonly string[]>> = {
  code: ['code', 'sectorcode', 'schluessel', 'branchenschluessel', 'branchencode', 'wzcode'],
  name_de: [
    'namede',
    'namedeutsch',
    'namegerman',
    'germanname',
    'bezeichnungde',
    'bezeichnungdeutsch',
    'branchede',
    'branchedeutsch',
  ],
  name_en: [
    'nameen',
    'nameenglisch',
    'nameenglish',
    'englishname',
    'bezeichnungen',
    'bezeichnungenglisch',
    'brancheen',
    'brancheenglisch',
  ],
  parent_code: [
    'parentcode',
    'parent',
    'parentsector',
    'oberbranche',
    'oberbrancheschluessel',
    'oberbranchecode',
    'uebergeordnet',
    'uebergeordnetebranche',
    'uebergeordneterschluessel',
    'uebergeordnetercode',
  ],
}

export interface SectorCsvRow {
  /** 1-based line in the file, the header being row 1. */
  readonly row: number
  readonly code: string
  readonly nameDe: string
  readonly nameEn: string
  /** null: a root; also when the file has no parent column at all. */
  readonly parentCode: string | null
}

export interface SectorCsv {
  /** Every row with a usable code (the first of repeated ones), problems or not. */
  readonly rows: readonly SectorCsvRow[]
  /** Problems a row shows on its own or against other rows; the club is not asked here. */
  readonly problems: readonly SectorImportProblem[]
  /** Without a parent column an import leaves existing sectors where they are. */
  readonly hasParentColumn: boolean
}

const maxName = 200

/**
 * A taxonomy from CSV (UTF-8 with or without BOM, Windows-1252 or Excel's UTF-16 Unicode text;
 * `;`, `,` or tab, as the members import reads them) or XLSX: code, German name, English name,
 * parent code. A name missing in one language is taken from the other.
 */
export async function readSectorCsv(bytes: Uint8Array, fileName: string): Promise<SectorCsv> {
  const table = await decodeImportFile(bytes, fileName)
  const position = new Map<SectorField, number>()
  table.columns.forEach((header, index) => {
    const key = normaliseHeader(header)
    const field = sectorFields.find((f) => synonyms[f].includes(key))
    if (field !== undefined && !position.has(field)) position.set(field, index)
  })
  const problems: SectorImportProblem[] = []
  const headerProblem = (field: SectorField) =>
    problems.push({ row: 1, field, reason: 'required', value: '' })
  if (!position.has('code')) headerProblem('code')
  if (!position.has('name_de') && !position.has('name_en')) headerProblem('name_de')
  if (problems.length > 0) return { rows: [], problems, hasParentColumn: false }

  const rows: SectorCsvRow[] = []
  const seen = new Set<string>()
  for (const source of table.rows) {
    const cell = (field: SectorField) => {
      const index = position.get(field)
      return index === undefined ? '' : (source.cells[index] ?? '')
    }
    const problem = (field: SectorField, reason: string, value: string) =>
      problems.push({ row: source.row, field, reason, value })
    const code = cell('code')
    const codeReason = codeProblem(code)
    const usable = codeReason === null && !seen.has(code)
    if (codeReason !== null) problem('code', codeReason, code)
    else if (seen.has(code)) problem('code', 'duplicateInFile', code)
    seen.add(code)
    const nameDe = cell('name_de')
    const nameEn = cell('name_en')
    if (nameDe === '' && nameEn === '') problem('name_de', 'required', '')
    if (nameDe.length > maxName) problem('name_de', 'tooLong', nameDe)
    if (nameEn.length > maxName) problem('name_en', 'tooLong', nameEn)
    const parentCode = cell('parent_code')
    // Kept even with a bad name, so its children are not also reported as orphans.
    if (!usable) continue
    rows.push({
      row: source.row,
      code,
      nameDe: nameDe === '' ? nameEn : nameDe,
      nameEn: nameEn === '' ? nameDe : nameEn,
      parentCode: parentCode === '' ? null : parentCode,
    })
  }
  return { rows, problems, hasParentColumn: position.has('parent_code') }
}

/** The reason the sector form would give for this code, or null when it is fine. */
function codeProblem(code: string): string | null {
  const result = v.safeParse(SectorCodeSchema, code)
  if (result.success) return null
  const issue = result.issues[0]
  if (issue.type === 'min_length') return 'required'
  if (issue.type === 'max_length') return 'tooLong'
  return 'sectorCode'
}
