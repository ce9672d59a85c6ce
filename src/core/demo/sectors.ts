import type { Insertable, Kysely } from 'kysely'
import type { Database, MemberSectorTable } from '../db/schema.ts'
import { loadTaxonomy, readTaxonomy, type BundledTaxonomy } from '../sectors/taxonomy.ts'
import { associations, businesses } from './businesses.ts'
import type { Random } from './random.ts'
import type { DemoMember } from './types.ts'

/** The sectors of the club's taxonomy that the professions fall in, looked up once. */
export interface DemoSectors {
  /** Sector id by the classification text a generated member carries. */
  readonly byClassification: ReadonlyMap<string, number>
  /** The sectors of every entry of the professions list, in its order: the possible targets. */
  readonly wanted: readonly number[]
  /** Where a member of a sector plausibly works as well: its WZ division, else its section. */
  readonly related: ReadonlyMap<number, readonly number[]>
}

/** A profession's own entry, or in WZ 2008 the class or subclass its code starts with. */
function sectorCodeOf(profession: string, taxonomy: BundledTaxonomy): string {
  return taxonomy === 'professions' ? profession : profession.slice(0, profession.indexOf('-'))
}

/** Loads the taxonomy into the club and maps the demo's businesses onto its sectors. */
export async function loadDemoSectors(
  db: Kysely<Database>,
  taxonomy: BundledTaxonomy,
): Promise<DemoSectors> {
  await loadTaxonomy(db, taxonomy)
  const rows = await db.selectFrom('sector').select(['id', 'code']).execute()
  const idByCode = new Map(rows.map((row) => [row.code, row.id]))
  const idOf = (profession: string): number => {
    const code = sectorCodeOf(profession, taxonomy)
    const id = idByCode.get(code)
    if (id === undefined) throw new Error(`demo: the ${taxonomy} taxonomy has no sector ${code}`)
    return id
  }
  const byClassification = new Map(
    [...businesses, ...associations].map((b) => [b.classification, idOf(b.profession)]),
  )
  const professions = (await readTaxonomy('professions'))
    .filter((entry) => entry.parentCode !== null)
    .map((entry) => ({
      id: idOf(entry.code),
      division: entry.code.slice(0, 2),
      section: entry.parentCode ?? '',
    }))
  // Second lines of business stay among the demo's own: the professions no business has
  // stay vacant however large the club, so its recruiting list is never empty.
  const inUse = new Set(byClassification.values())
  const practised = professions.filter((p) => inUse.has(p.id))
  const byDivision = idsBy(practised, (p) => p.division)
  const bySection = idsBy(practised, (p) => p.section)
  const related = new Map<number, readonly number[]>()
  for (const { id, division, section } of practised) {
    const others = (ids: ReadonlySet<number> | undefined) =>
      [...(ids ?? [])].filter((other) => other !== id)
    const near = others(byDivision.get(division))
    related.set(id, near.length > 0 ? near : others(bySection.get(section)))
  }
  return { byClassification, wanted: [...new Set(professions.map((p) => p.id))], related }
}

function idsBy<T extends { readonly id: number }>(
  items: readonly T[],
  key: (item: T) => string,
): Map<string, Set<number>> {
  const groups = new Map<string, Set<number>>()
  for (const item of items) {
    const ids = groups.get(key(item)) ?? new Set<number>()
    ids.add(item.id)
    groups.set(key(item), ids)
  }
  return groups
}

/** About one member in twenty names a second line of business. */
const secondaryShare = 0.05

export interface SectorBook {
  /** Call once per member, in member order. */
  add(member: DemoMember): void
  readonly secondary: readonly Insertable<MemberSectorTable>[]
  /** Primary sectors of active members: the classifications open seats counts as filled. */
  readonly held: ReadonlySet<number>
}

/** Secondary sectors and who holds which sector, gathered as the members stream past. */
export function sectorBook(random: Random, sectors: DemoSectors): SectorBook {
  const secondary: Insertable<MemberSectorTable>[] = []
  const held = new Set<number>()
  return {
    secondary,
    held,
    add(member) {
      const primary = member.sector_id
      if (primary === null) return
      if (member.status === 'active') held.add(primary)
      if (!random.chance(secondaryShare)) return
      const others = sectors.related.get(primary) ?? []
      if (others.length === 0) return
      secondary.push({ member_id: member.id, sector_id: random.pick(others) })
    },
  }
}

const targetCount = 12
/** At most this many targets have nobody yet; the others are held, as on a real target list. */
const vacantTargets = 5

/**
 * Marks the classifications the club wants represented, a few of them without an active
 * member, so the recruiting list ("open seats") has something on it at any club size.
 */
export async function markTargets(
  db: Kysely<Database>,
  random: Random,
  sectors: DemoSectors,
  held: ReadonlySet<number>,
): Promise<void> {
  const vacant = sectors.wanted.filter((id) => !held.has(id))
  const filled = sectors.wanted.filter((id) => held.has(id))
  const fromFilled = Math.min(filled.length, targetCount - Math.min(vacantTargets, vacant.length))
  const fromVacant = Math.min(vacant.length, targetCount - fromFilled)
  const targets = [...sample(random, vacant, fromVacant), ...sample(random, filled, fromFilled)]
  if (targets.length === 0) return
  await db.updateTable('sector').set({ target: 1 }).where('id', 'in', targets).execute()
}

/** `count` different items, each equally likely (a partial Fisher–Yates shuffle). */
function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items]
  for (let index = 0; index < count; index++) {
    const other = random.int(index, pool.length - 1)
    ;[pool[index], pool[other]] = [pool[other] as T, pool[index] as T]
  }
  return pool.slice(0, count)
}
