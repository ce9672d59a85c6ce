import { ancestorsOf, subtreeOf, type IndexedSector, type SectorIndex } from './sectorIndex.ts'

/**
 * The classification a sector counts for: its ancestor at depth `level` (1 = root), or the
 * sector itself when no level is set or the sector does not reach that deep.
 */
export function classificationOf(
  index: SectorIndex,
  sector: IndexedSector,
  level: number | null,
): IndexedSector {
  if (level === null || sector.depth <= level) return sector
  return ancestorsOf(index, sector)[level - 1] ?? sector
}

/** The sectors whose members hold `classification` when classifications are counted at `level`. */
export function sectorsOfClassification(
  index: SectorIndex,
  classification: IndexedSector,
  level: number | null,
): readonly IndexedSector[] {
  // Above the level a sector is a classification of its own; its subtree counts further down.
  if (level === null || classification.depth < level) return [classification]
  return subtreeOf(index, classification)
}
