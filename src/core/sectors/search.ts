import type { Kysely } from 'kysely'
import type * as v from 'valibot'
import type { SectorOption, SectorSearchSchema } from '../../api/sectors.ts'
import type { Database } from '../db/schema.ts'
import { foldForSearch } from '../members/fold.ts'
import { loadSectorIndex, optionOf, type IndexedSector } from './sectorIndex.ts'

export type SectorSearch = v.InferOutput<typeof SectorSearchSchema>

/** Lower ranks come first: the code typed, the name's start, a word's start, anywhere. */
const Rank = { CodePrefix: 0, NamePrefix: 1, WordPrefix: 2, Contains: 3 } as const
type Rank = (typeof Rank)[keyof typeof Rank]

/**
 * What a sector picker offers for what was typed: code and both names are searched, folded
 * as the member search folds (`Straße` = `Strasse`, `Müller` = `Mueller` = `Muller`), every
 * word typed must occur. Ties keep the tree's order. Retired sectors only when asked for.
 */
export async function searchSectors(
  db: Kysely<Database>,
  options: SectorSearch,
): Promise<SectorOption[]> {
  const index = await loadSectorIndex(db)
  const terms = foldForSearch(options.search)
    .split(/\s+/)
    .filter((t) => t !== '')
  const whole = terms.join(' ')
  const found: { node: IndexedSector; rank: Rank }[] = []
  for (const node of index.nodes) {
    if (!node.active && !options.includeRetired) continue
    if (terms.length === 0) {
      found.push({ node, rank: Rank.Contains })
      if (found.length >= options.limit) break
      continue
    }
    const rank = rankOf(node, terms, whole)
    if (rank !== null) found.push({ node, rank })
  }
  // Array sort is stable: equal ranks stay in pre-order.
  found.sort((a, b) => a.rank - b.rank)
  return found.slice(0, options.limit).map(({ node }) => optionOf(index, node))
}

function rankOf(node: IndexedSector, terms: readonly string[], whole: string): Rank | null {
  const code = foldForSearch(node.code)
  const names = [foldForSearch(node.nameDe), foldForSearch(node.nameEn)]
  const haystack = `${code}\n${names.join('\n')}`
  if (!terms.every((term) => haystack.includes(term))) return null
  if (code.startsWith(whole)) return Rank.CodePrefix
  if (names.some((name) => name.startsWith(whole))) return Rank.NamePrefix
  if (names.some((name) => wordStarts(name, whole))) return Rank.WordPrefix
  return Rank.Contains
}

function wordStarts(name: string, text: string): boolean {
  for (let at = name.indexOf(text); at !== -1; at = name.indexOf(text, at + 1)) {
    if (at === 0 || /[^\p{L}\p{N}]/u.test(name.charAt(at - 1))) return true
  }
  return false
}
