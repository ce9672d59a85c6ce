import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Kysely } from 'kysely'
import type { Taxonomy } from '../../api/sectors.ts'
import { bulkInsert } from '../db/bulkInsert.ts'
import type { Database } from '../db/schema.ts'
import { resourceDir } from '../resources.ts'
import { retireBelowRetired } from './flags.ts'
import { setParents, type ParentLink } from './parentLinks.ts'
import { readSectorCsv } from './sectorCsv.ts'
import type { TaxonomyEntry } from './taxonomyEntry.ts'
import { inTransaction } from '../db/transaction.ts'
import { readWz2008 } from './wz2008.ts'

export type BundledTaxonomy = Exclude<Taxonomy, 'empty'>

const professionsFile = 'professions.csv'

/** The entries of a taxonomy the app ships, parents before their children. */
export async function readTaxonomy(taxonomy: BundledTaxonomy): Promise<TaxonomyEntry[]> {
  if (taxonomy === 'wz2008') return readWz2008()
  return readTaxonomyCsv(join(resourceDir('sectors', professionsFile), professionsFile))
}

/** A taxonomy in the import's CSV format that has to be right: a bad row is a bug, not input. */
export async function readTaxonomyCsv(path: string): Promise<TaxonomyEntry[]> {
  const csv = await readSectorCsv(readFileSync(path), basename(path))
  if (csv.problems.length > 0) {
    throw new Error(`${path}: ${JSON.stringify(csv.problems.slice(0, 5))}`)
  }
  return csv.rows.map((r) => ({
    code: r.code,
    nameDe: r.nameDe,
    nameEn: r.nameEn,
    parentCode: r.parentCode,
  }))
}

/**
 * Adds every sector of a bundled taxonomy whose code the club does not have yet; sectors it
 * has keep their names, place and state. New ones hang under their parent by code, whether
 * that parent is new too or was there before (and are retired when it is). Returns how many
 * were added.
 */
export async function loadTaxonomy(
  db: Kysely<Database>,
  taxonomy: BundledTaxonomy,
): Promise<number> {
  return addTaxonomy(db, await readTaxonomy(taxonomy))
}

/** Adds the entries whose code is new, as `loadTaxonomy` does. */
export async function addTaxonomy(
  db: Kysely<Database>,
  entries: readonly TaxonomyEntry[],
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const existing = await trx.selectFrom('sector').select(['id', 'code']).execute()
    const idByCode = new Map(existing.map((s) => [s.code, s.id]))
    const fresh = entries
      .map((entry, position) => ({ entry, position }))
      .filter(({ entry }) => !idByCode.has(entry.code))
    if (fresh.length === 0) return 0
    const ids = await bulkInsert(
      trx,
      'sector',
      ['code', 'name_de', 'name_en', 'sort_order', 'active'],
      fresh.map(({ entry, position }) => ({
        code: entry.code,
        name_de: entry.nameDe,
        name_en: entry.nameEn,
        sort_order: position + 1,
        active: 1,
      })),
      { returning: true },
    )
    fresh.forEach(({ entry }, i) => idByCode.set(entry.code, ids[i] as number))
    const links: ParentLink[] = []
    for (const { entry } of fresh) {
      if (entry.parentCode === null) continue
      const parent = idByCode.get(entry.parentCode)
      if (parent === undefined) {
        throw new Error(`taxonomy: ${entry.code} names the unknown parent ${entry.parentCode}`)
      }
      links.push([idByCode.get(entry.code) as number, parent])
    }
    await setParents(trx, links)
    await retireBelowRetired(trx)
    return fresh.length
  })
}
