import type { Locale } from '../../../api/club.ts'
import type { SectorCount } from '../../../api/sectors.ts'

export function nameOf(sector: { nameDe: string; nameEn: string }, locale: Locale): string {
  return locale === 'de' ? sector.nameDe : sector.nameEn
}

/** `69.20.1 Steuerberatung`: how a sector is named in lists, code first as printed in WZ. */
export function labelOf(sector: { code: string; nameDe: string; nameEn: string }, locale: Locale) {
  return `${sector.code} ${nameOf(sector, locale)}`
}

/**
 * Folded for matching: case, accents and the German umlaut spellings fall away on both sides,
 * so `baecker`, `Bäcker` and `backer` find each other.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
}

export interface TreeRow {
  readonly sector: SectorCount
  readonly hasChildren: boolean
  readonly expanded: boolean
  /** Found by the search itself, not only shown as the ancestor of a find. */
  readonly match: boolean
}

export interface TreeIndex {
  readonly roots: readonly SectorCount[]
  readonly children: ReadonlyMap<number, readonly SectorCount[]>
  readonly byId: ReadonlyMap<number, SectorCount>
}

/** The tree arrives in pre-order; children keep that order. */
export function indexTree(sectors: readonly SectorCount[]): TreeIndex {
  const children = new Map<number, SectorCount[]>()
  const byId = new Map<number, SectorCount>()
  const roots: SectorCount[] = []
  for (const sector of sectors) {
    byId.set(sector.id, sector)
    if (sector.parentId === null || !byId.has(sector.parentId)) roots.push(sector)
    else {
      const list = children.get(sector.parentId) ?? []
      list.push(sector)
      children.set(sector.parentId, list)
    }
  }
  return { roots, children, byId }
}

/** The sector and every sector below it. */
export function subtreeIds(index: TreeIndex, id: number): Set<number> {
  const ids = new Set<number>([id])
  const stack = [id]
  while (stack.length > 0) {
    for (const child of index.children.get(stack.pop() ?? 0) ?? []) {
      ids.add(child.id)
      stack.push(child.id)
    }
  }
  return ids
}

/** Names of the ancestors, root first. */
export function ancestorsOf(index: TreeIndex, id: number): SectorCount[] {
  const path: SectorCount[] = []
  let current = index.byId.get(id)
  while (current !== undefined && current.parentId !== null) {
    current = index.byId.get(current.parentId)
    if (current !== undefined) path.unshift(current)
  }
  return path
}

/** Members whose primary sector is this one itself, not one below it. */
export function ownMembers(index: TreeIndex, sector: SectorCount): number {
  const below = (index.children.get(sector.id) ?? []).reduce((sum, c) => sum + c.allMembers, 0)
  return Math.max(0, sector.allMembers - below)
}

export function matches(sector: SectorCount, words: readonly string[]): boolean {
  if (words.length === 0) return true
  const text = fold(`${sector.code} ${sector.nameDe} ${sector.nameEn}`)
  return words.every((word) => text.includes(word))
}

/**
 * The rows a tree list shows: collapsed branches hidden, retired sectors only when asked for.
 * While searching, every find shows with its ancestors opened, whatever was collapsed.
 */
export function visibleRows(
  index: TreeIndex,
  expanded: ReadonlySet<number>,
  options: { readonly search: string; readonly showRetired: boolean },
): TreeRow[] {
  const words = fold(options.search).split(/\s+/).filter(Boolean)
  const shown = (s: SectorCount) => options.showRetired || s.active
  const rows: TreeRow[] = []

  if (words.length === 0) {
    const walk = (list: readonly SectorCount[]) => {
      for (const sector of list) {
        if (!shown(sector)) continue
        const kids = (index.children.get(sector.id) ?? []).filter(shown)
        const open = expanded.has(sector.id)
        rows.push({ sector, hasChildren: kids.length > 0, expanded: open, match: false })
        if (open) walk(kids)
      }
    }
    walk(index.roots)
    return rows
  }

  // A branch stays when it holds a find; the finds themselves stay collapsed below.
  const relevant = new Map<number, boolean>()
  const mark = (sector: SectorCount): boolean => {
    let any = false
    for (const child of index.children.get(sector.id) ?? []) if (mark(child)) any = true
    const hit = shown(sector) && matches(sector, words)
    if (shown(sector) && (hit || any)) relevant.set(sector.id, hit)
    return shown(sector) && (hit || any)
  }
  for (const root of index.roots) mark(root)
  const walk = (list: readonly SectorCount[]) => {
    for (const sector of list) {
      const hit = relevant.get(sector.id)
      if (hit === undefined) continue
      const kids = (index.children.get(sector.id) ?? []).filter((c) => relevant.has(c.id))
      rows.push({ sector, hasChildren: kids.length > 0, expanded: kids.length > 0, match: hit })
      walk(kids)
    }
  }
  walk(index.roots)
  return rows
}
