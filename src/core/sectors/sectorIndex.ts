import type { Kysely, Selectable } from 'kysely'
import type { Locale } from '../../api/club.ts'
import { KreisError } from '../../api/errors.ts'
import type { Sector, SectorOption } from '../../api/sectors.ts'
import type { Database, SectorTable } from '../db/schema.ts'

export interface IndexedSector extends Sector {
  readonly target: boolean
  /** Position in pre-order; the subtree of a sector is `nodes[index, end)`. */
  readonly index: number
  readonly end: number
}

/** The whole tree in memory, in pre-order: even WZ 2008 has fewer than 2,000 sectors. */
export interface SectorIndex {
  readonly nodes: readonly IndexedSector[]
  readonly byId: ReadonlyMap<number, IndexedSector>
  readonly byCode: ReadonlyMap<string, IndexedSector>
}

type Row = Selectable<SectorTable>

export async function loadSectorIndex(db: Kysely<Database>): Promise<SectorIndex> {
  const rows = await db
    .selectFrom('sector')
    .selectAll()
    .orderBy('sort_order')
    .orderBy('id')
    .execute()
  return indexSectors(rows)
}

/** Each parent before its children; siblings in the order of `rows` (sort order, then age). */
function indexSectors(rows: readonly Row[]): SectorIndex {
  const children = new Map<number | null, Row[]>()
  const ids = new Set(rows.map((r) => r.id))
  for (const row of rows) {
    const parent = row.parent_id !== null && ids.has(row.parent_id) ? row.parent_id : null
    const list = children.get(parent)
    if (list === undefined) children.set(parent, [row])
    else list.push(row)
  }
  const nodes: IndexedSector[] = []
  const visited = new Set<number>()
  const visit = (row: Row, depth: number) => {
    visited.add(row.id)
    const index = nodes.length
    const node = {
      id: row.id,
      code: row.code,
      nameDe: row.name_de,
      nameEn: row.name_en,
      parentId: row.parent_id,
      depth,
      sortOrder: row.sort_order,
      active: row.active === 1,
      mergedIntoId: row.merged_into_id,
      target: row.target === 1,
      index,
      end: index + 1,
    }
    nodes.push(node)
    for (const child of children.get(row.id) ?? []) {
      if (!visited.has(child.id)) visit(child, depth + 1)
    }
    node.end = nodes.length
  }
  for (const root of children.get(null) ?? []) visit(root, 1)
  // A parent loop (only a damaged file has one) is cut where it is entered, so no sector is lost.
  for (const row of rows) if (!visited.has(row.id)) visit(row, 1)
  return {
    nodes,
    byId: new Map(nodes.map((n) => [n.id, n])),
    byCode: new Map(nodes.map((n) => [n.code, n])),
  }
}

export function requireSector(index: SectorIndex, id: number): IndexedSector {
  const node = index.byId.get(id)
  if (node === undefined) throw new KreisError('sector.notFound')
  return node
}

export function subtreeOf(index: SectorIndex, node: IndexedSector): readonly IndexedSector[] {
  return index.nodes.slice(node.index, node.end)
}

/** True for the sector itself and everything below it. */
export function isWithin(node: IndexedSector, root: IndexedSector): boolean {
  return node.index >= root.index && node.index < root.end
}

/** The ancestors of a sector, root first. */
export function ancestorsOf(index: SectorIndex, node: IndexedSector): IndexedSector[] {
  const chain: IndexedSector[] = []
  let parent = node.parentId === null ? undefined : index.byId.get(node.parentId)
  while (parent !== undefined && parent.index < node.index && chain.length < node.depth) {
    chain.unshift(parent)
    parent = parent.parentId === null ? undefined : index.byId.get(parent.parentId)
  }
  return chain
}

export function optionOf(index: SectorIndex, node: IndexedSector): SectorOption {
  const chain = ancestorsOf(index, node)
  return {
    id: node.id,
    code: node.code,
    nameDe: node.nameDe,
    nameEn: node.nameEn,
    pathDe: chain.map((a) => a.nameDe),
    pathEn: chain.map((a) => a.nameEn),
    active: node.active,
  }
}

export function toSector(node: IndexedSector): Sector {
  return {
    id: node.id,
    code: node.code,
    nameDe: node.nameDe,
    nameEn: node.nameEn,
    parentId: node.parentId,
    depth: node.depth,
    sortOrder: node.sortOrder,
    active: node.active,
    mergedIntoId: node.mergedIntoId,
  }
}

/** `69.20 Steuerberatung`: how history and messages name a sector. */
export function sectorLabel(
  sector: { readonly code: string; readonly nameDe: string; readonly nameEn: string },
  locale: Locale,
): string {
  return `${sector.code} ${locale === 'de' ? sector.nameDe : sector.nameEn}`
}
