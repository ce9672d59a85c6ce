import type { Kysely } from 'kysely'
import type { ImportSource } from '../../api/memberTransfer.ts'
import type { SectorImportProblem, SectorImportReport } from '../../api/sectors.ts'
import { bulkInsert } from '../db/bulkInsert.ts'
import type { Database } from '../db/schema.ts'
import { retireBelowRetired } from './flags.ts'
import { setParents, type ParentLink } from './parentLinks.ts'
import { readSectorCsv, type SectorCsv } from './sectorCsv.ts'
import { loadSectorIndex, type SectorIndex } from './sectorIndex.ts'
import { inTransaction } from '../db/transaction.ts'

/**
 * A taxonomy from a file: codes the club has are renamed and moved, new ones added. A parent
 * may come later in the file or be in the club already; what lands under a retired sector is
 * retired with it. One problem anywhere and nothing is written, so a half-imported tree never
 * exists.
 */
export async function importSectors(
  db: Kysely<Database>,
  source: ImportSource,
): Promise<SectorImportReport> {
  const csv = await readSectorCsv(Buffer.from(source.contentBase64, 'base64'), source.fileName)
  return inTransaction(db, async (trx) => {
    const index = await loadSectorIndex(trx)
    const problems = [...csv.problems, ...treeProblems(csv, index)].sort((a, b) => a.row - b.row)
    if (problems.length > 0) return { created: 0, updated: 0, problems, written: false }
    return { ...(await write(trx, csv, index)), problems: [], written: true }
  })
}

/** Parents that exist nowhere, and parent chains that come back to where they started. */
function treeProblems(csv: SectorCsv, index: SectorIndex): SectorImportProblem[] {
  const inFile = new Map(csv.rows.map((r) => [r.code, r]))
  const parentCodeOf = (code: string): string | null => {
    const row = inFile.get(code)
    if (row !== undefined && csv.hasParentColumn) return row.parentCode
    const node = index.byCode.get(code)
    const parent = node?.parentId == null ? undefined : index.byId.get(node.parentId)
    return parent?.code ?? null
  }
  const problems: SectorImportProblem[] = []
  const limit = inFile.size + index.nodes.length
  for (const row of csv.rows) {
    if (row.parentCode === null) continue
    const problem = (reason: string) =>
      problems.push({ row: row.row, field: 'parent_code', reason, value: row.parentCode ?? '' })
    if (!inFile.has(row.parentCode) && !index.byCode.has(row.parentCode)) {
      problem('unknownParent')
      continue
    }
    let code: string | null = row.parentCode
    for (let steps = 0; code !== null && code !== row.code && steps <= limit; steps++) {
      code = parentCodeOf(code)
    }
    if (code === row.code) problem('cycle')
  }
  return problems
}

async function write(
  db: Kysely<Database>,
  csv: SectorCsv,
  index: SectorIndex,
): Promise<{ created: number; updated: number }> {
  const fresh = csv.rows.filter((row) => !index.byCode.has(row.code))
  // New sectors come after everything there is, in the order of the file.
  const after = index.nodes.reduce((max, n) => Math.max(max, n.sortOrder), 0) + 1
  const ids = await bulkInsert(
    db,
    'sector',
    ['code', 'name_de', 'name_en', 'sort_order', 'active'],
    fresh.map((row, i) => ({
      code: row.code,
      name_de: row.nameDe,
      name_en: row.nameEn,
      sort_order: after + i,
      active: 1,
    })),
    { returning: true },
  )
  const idByCode = new Map([...index.byCode].map(([code, node]) => [code, node.id]))
  fresh.forEach((row, i) => idByCode.set(row.code, ids[i] as number))

  const links: ParentLink[] = []
  let updated = 0
  for (const row of csv.rows) {
    // Checked before: every parent is in the file or in the club.
    const parentId = row.parentCode === null ? null : (idByCode.get(row.parentCode) ?? null)
    const node = index.byCode.get(row.code)
    if (node === undefined) {
      if (parentId !== null) links.push([idByCode.get(row.code) as number, parentId])
      continue
    }
    const parent = csv.hasParentColumn ? parentId : node.parentId
    if (node.nameDe === row.nameDe && node.nameEn === row.nameEn && node.parentId === parent) {
      continue
    }
    updated++
    await db
      .updateTable('sector')
      .set({ name_de: row.nameDe, name_en: row.nameEn, parent_id: parent })
      .where('id', '=', node.id)
      .execute()
  }
  await setParents(db, links)
  await retireBelowRetired(db)
  return { created: fresh.length, updated }
}
