import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { Sector, SectorInput } from '../../api/sectors.ts'
import type { Database } from '../db/schema.ts'
import {
  isWithin,
  loadSectorIndex,
  requireSector,
  toSector,
  type IndexedSector,
  type SectorIndex,
} from './sectorIndex.ts'
import { inTransaction } from '../db/transaction.ts'

/** Adds a sector (id null) or renames, recodes and moves one; the result as saved. */
export async function saveSector(db: Kysely<Database>, input: SectorInput): Promise<Sector> {
  return inTransaction(db, async (trx) => {
    const index = await loadSectorIndex(trx)
    const current = input.id === null ? null : requireSector(index, input.id)
    const parent = input.parentId === null ? null : requireSector(index, input.parentId)
    const holder = index.byCode.get(input.code)
    if (holder !== undefined && holder.id !== input.id) {
      throw new KreisError('sector.codeTaken', { code: input.code })
    }
    const moved = current === null || current.parentId !== input.parentId
    if (current !== null && parent !== null && isWithin(parent, current)) {
      throw new KreisError('sector.cycle')
    }
    if (moved && parent !== null && !parent.active) {
      throw new KreisError('sector.retired', { code: parent.code })
    }
    const values = {
      code: input.code,
      name_de: input.nameDe,
      name_en: input.nameEn,
      parent_id: input.parentId,
    }
    if (current === null) {
      const row = await trx
        .insertInto('sector')
        .values({ ...values, sort_order: lastAmong(index, parent), active: 1 })
        .returning('id')
        .executeTakeFirstOrThrow()
      return saved(trx, row.id)
    }
    await trx
      .updateTable('sector')
      .set(moved ? { ...values, sort_order: lastAmong(index, parent) } : values)
      .where('id', '=', current.id)
      .execute()
    return saved(trx, current.id)
  })
}

/** A sort order after every present child of `parent` (null: after every root). */
export function lastAmong(index: SectorIndex, parent: IndexedSector | null): number {
  let last = 0
  for (const node of index.nodes) {
    if (node.parentId === (parent?.id ?? null)) last = Math.max(last, node.sortOrder)
  }
  return last + 1
}

async function saved(db: Kysely<Database>, id: number): Promise<Sector> {
  return toSector(requireSector(await loadSectorIndex(db), id))
}
