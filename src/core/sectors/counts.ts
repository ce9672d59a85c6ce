import { sql, type Kysely } from 'kysely'
import type { SectorCount, SectorTree } from '../../api/sectors.ts'
import type { Database } from '../db/schema.ts'
import { loadSectorIndex, toSector, type SectorIndex } from './sectorIndex.ts'

export interface MemberCounts {
  /** Status `active`, by pre-order position. */
  readonly active: Int32Array
  /** Every status but `former`. */
  readonly all: Int32Array
}

/** Per-sector numbers from grouped rows, placed by pre-order position. */
export function bySector<R extends { sector_id: number }>(
  index: SectorIndex,
  rows: readonly R[],
  value: (row: R) => number,
): Int32Array {
  const values = new Int32Array(index.nodes.length)
  for (const row of rows) {
    const node = index.byId.get(row.sector_id)
    if (node !== undefined) values[node.index] = value(row)
  }
  return values
}

/** Sums each sector's value into its ancestors', in place: a count over the whole subtree. */
export function rollUp(index: SectorIndex, values: Int32Array): Int32Array {
  // Children come after their parent in pre-order, so walking backwards sums bottom-up.
  for (let i = index.nodes.length - 1; i >= 0; i--) {
    const parentId = index.nodes[i]?.parentId
    const parent = parentId == null ? undefined : index.byId.get(parentId)
    if (parent === undefined || parent.index >= i) continue
    values[parent.index] = (values[parent.index] ?? 0) + (values[i] ?? 0)
  }
  return values
}

/**
 * Members per sector over whole subtrees: one grouped pass over the index of the members'
 * primary sectors (it covers the status), then each sector hands its sums up to its parent.
 */
export async function subtreeCounts(
  db: Kysely<Database>,
  index: SectorIndex,
): Promise<MemberCounts> {
  const { rows } = await sql<{ sector_id: number; active: number; all: number }>`
    select sector_id, sum(status = 'active') as active, sum(status != 'former') as "all"
    from member where sector_id is not null group by sector_id`.execute(db)
  return {
    active: rollUp(
      index,
      bySector(index, rows, (r) => r.active),
    ),
    all: rollUp(
      index,
      bySector(index, rows, (r) => r.all),
    ),
  }
}

/** The sector directory: every sector in pre-order with its members counted. */
export async function sectorTree(db: Kysely<Database>): Promise<SectorTree> {
  const index = await loadSectorIndex(db)
  const counts = await subtreeCounts(db, index)
  const sectors = index.nodes.map((node): SectorCount => ({
    ...toSector(node),
    activeMembers: counts.active[node.index] ?? 0,
    allMembers: counts.all[node.index] ?? 0,
    target: node.target,
  }))
  return { sectors }
}
