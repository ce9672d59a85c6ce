import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { Database } from '../db/schema.ts'
import { ancestorsOf, loadSectorIndex, requireSector, subtreeOf } from './sectorIndex.ts'
import { inTransaction } from '../db/transaction.ts'

/**
 * Retiring a sector retires everything below it: a sub-sector of a retired one must not be
 * offered either. Reactivating brings back the sector and its ancestors, not its children; a
 * merged sector in use again is no longer "merged into" anything, though its members stay moved.
 */
export async function setSectorActive(
  db: Kysely<Database>,
  id: number,
  active: boolean,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const index = await loadSectorIndex(trx)
    const node = requireSector(index, id)
    const affected = active ? [...ancestorsOf(index, node), node] : subtreeOf(index, node)
    await trx
      .updateTable('sector')
      .set(active ? { active: 1, merged_into_id: null } : { active: 0 })
      .where(
        'id',
        'in',
        affected.map((n) => n.id),
      )
      .execute()
  })
}

/** Puts sectors on the club's recruiting list or takes them off; a retired one cannot go on. */
export async function setSectorTargets(
  db: Kysely<Database>,
  ids: readonly number[],
  target: boolean,
): Promise<void> {
  if (ids.length === 0) return
  await inTransaction(db, async (trx) => {
    const index = await loadSectorIndex(trx)
    for (const id of ids) {
      const node = requireSector(index, id)
      if (target && !node.active) throw new KreisError('sector.retired', { code: node.code })
    }
    await trx
      .updateTable('sector')
      .set({ target: target ? 1 : 0 })
      .where('id', 'in', [...new Set(ids)])
      .execute()
  })
}

/**
 * Retires every active sector below a retired one, as retiring it would have: what a taxonomy
 * or an import hangs under a retired sector must not turn up in pickers either.
 */
export async function retireBelowRetired(db: Kysely<Database>): Promise<void> {
  const index = await loadSectorIndex(db)
  const retired = new Set<number>()
  const ids: number[] = []
  // Pre-order: a parent's state is settled before its children are looked at.
  for (const node of index.nodes) {
    const underRetired = node.parentId !== null && retired.has(node.parentId)
    if (node.active && underRetired) ids.push(node.id)
    if (!node.active || underRetired) retired.add(node.id)
  }
  if (ids.length === 0) return
  await db.updateTable('sector').set({ active: 0 }).where('id', 'in', ids).execute()
}
