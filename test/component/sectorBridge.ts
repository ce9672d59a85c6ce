import type { SectorCount, SectorOption } from '../../src/api/sectors.ts'

/** A sector of the tree as `sectors/tree` sends it, with counts and flags to taste. */
export function sector(
  id: number,
  code: string,
  nameDe: string,
  parentId: number | null,
  overrides: Partial<SectorCount> = {},
): SectorCount {
  return {
    id,
    code,
    nameDe,
    nameEn: `${nameDe} (en)`,
    parentId,
    depth: parentId === null ? 1 : 2,
    sortOrder: id,
    active: true,
    mergedIntoId: null,
    activeMembers: 0,
    allMembers: 0,
    target: false,
    ...overrides,
  }
}

/** Two sections of a professions list, one profession retired. */
export function professions(): SectorCount[] {
  return [
    sector(1, 'M', 'Freiberufliche Dienstleistungen', null, { activeMembers: 3, allMembers: 4 }),
    sector(2, 'M-STB', 'Steuerberatung', 1, { activeMembers: 2, allMembers: 2, target: true }),
    sector(3, 'M-RA', 'Rechtsanwalt – Arbeitsrecht', 1, { activeMembers: 1, allMembers: 2 }),
    sector(4, 'M-ARCH', 'Architektur', 1, { target: true }),
    sector(5, 'C', 'Verarbeitendes Gewerbe', null),
    sector(6, 'C-DRU', 'Druckerei', 5, { active: false }),
  ]
}

export function option(s: SectorCount, path: readonly string[] = []): SectorOption {
  return {
    id: s.id,
    code: s.code,
    nameDe: s.nameDe,
    nameEn: s.nameEn,
    pathDe: path,
    pathEn: path,
    active: s.active,
  }
}

/** The WZ tree's size: 21 sections with 86 children each, a few grandchildren below. */
export function bigTree(): SectorCount[] {
  const list: SectorCount[] = []
  let id = 1
  for (let s = 0; s < 21; s++) {
    const section = id++
    list.push(sector(section, String.fromCharCode(65 + s), `Abschnitt ${s + 1}`, null))
    for (let c = 0; c < 86; c++) {
      list.push(sector(id++, `${s + 1}.${c + 1}`, `Klasse ${s + 1}.${c + 1}`, section))
    }
  }
  return list
}

/** What the sector views ask for, answered from one small tree. */
export function sectorAnswers(tree: readonly SectorCount[] = professions()) {
  return {
    'sectors/tree': { sectors: tree },
    'sectors/search': (input: Record<string, unknown>) => {
      const text = String(input['search'] ?? '').toLowerCase()
      return tree
        .filter((s) => s.active && `${s.code} ${s.nameDe}`.toLowerCase().includes(text))
        .map((s) => option(s, s.parentId === null ? [] : ['Freiberufliche Dienstleistungen']))
    },
    'sectors/openSeats': { vacant: [], declining: [] },
    'policy/get': {
      mode: 'exclusive',
      cap: 5,
      threshold: 50,
      percent: 10,
      countedStatuses: ['active'],
      level: null,
    },
    'policy/report': [],
    'policy/check': null,
  }
}
