import type { Kysely } from 'kysely'
import type * as v from 'valibot'
import type { MemberRef, MemberStatus } from '../../api/members.ts'
import type { PolicyCheckSchema, PolicyViolation } from '../../api/sectors.ts'
import type { Database } from '../db/schema.ts'
import { memberLocale } from '../members/locale.ts'
import { classificationOf, sectorsOfClassification } from './classification.ts'
import { countHolders, holdersBySector } from './holders.ts'
import { getPolicy, policyLimit } from './policySettings.ts'
import { loadSectorIndex, optionOf, type IndexedSector } from './sectorIndex.ts'

/** One member's change as the policy sees it; memberId null for a member not saved yet. */
export type PolicyChange = v.InferOutput<typeof PolicyCheckSchema>

async function countedMembers(
  db: Kysely<Database>,
  statuses: readonly MemberStatus[],
): Promise<number> {
  const row = await db
    .selectFrom('member')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', statuses)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * Would this change give a classification more members than the policy allows? Editing a
 * member who already holds the classification never counts as taking a new seat.
 */
export async function checkPolicy(
  db: Kysely<Database>,
  change: PolicyChange,
): Promise<PolicyViolation | null> {
  const policy = await getPolicy(db)
  const counted: readonly MemberStatus[] = policy.countedStatuses
  if (policy.mode === 'none' || change.sectorId === null || !counted.includes(change.status)) {
    return null
  }
  const index = await loadSectorIndex(db)
  const sector = index.byId.get(change.sectorId)
  // An unknown sector is refused by the member checks, with the field it came from.
  if (sector === undefined) return null
  const classification = classificationOf(index, sector, policy.level)
  const current =
    change.memberId === null
      ? undefined
      : await db
          .selectFrom('member')
          .select(['status', 'sector_id'])
          .where('id', '=', change.memberId)
          .executeTakeFirst()
  const countedNow = current !== undefined && counted.includes(current.status)
  const held =
    current === undefined || current.sector_id === null
      ? undefined
      : index.byId.get(current.sector_id)
  if (
    countedNow &&
    held !== undefined &&
    classificationOf(index, held, policy.level) === classification
  ) {
    return null
  }
  const size = (await countedMembers(db, counted)) + (countedNow ? 0 : 1)
  const limit = policyLimit(policy, size)
  const sectorIds = sectorsOfClassification(index, classification, policy.level).map((s) => s.id)
  // Counted first: a chamber's large classifications need their names only when refused.
  const count = (await countHolders(db, sectorIds, counted, change.memberId)) + 1
  if (count <= limit) return null
  const holders = await holdersBySector(db, sectorIds, counted, await memberLocale(db))
  return {
    classification: optionOf(index, classification),
    count,
    limit,
    holders: holders.filter((h) => h.ref.id !== change.memberId).map((h) => h.ref),
  }
}

/** Every classification over its limit today, with its holders, the most exceeded first. */
export async function policyReport(db: Kysely<Database>): Promise<PolicyViolation[]> {
  const policy = await getPolicy(db)
  if (policy.mode === 'none') return []
  const counted: readonly MemberStatus[] = policy.countedStatuses
  const rows = await db
    .selectFrom('member')
    .select(['sector_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', 'in', counted)
    .groupBy('sector_id')
    .execute()
  const size = rows.reduce((sum, r) => sum + Number(r.n), 0)
  const limit = policyLimit(policy, size)
  const index = await loadSectorIndex(db)
  const perClassification = new Map<IndexedSector, number>()
  for (const row of rows) {
    const sector = row.sector_id === null ? undefined : index.byId.get(row.sector_id)
    if (sector === undefined) continue
    const classification = classificationOf(index, sector, policy.level)
    perClassification.set(
      classification,
      (perClassification.get(classification) ?? 0) + Number(row.n),
    )
  }
  const over = [...perClassification].filter(([, n]) => n > limit)
  if (over.length === 0) return []
  const classificationBySector = new Map<number, number>()
  const holders = new Map<number, MemberRef[]>()
  for (const [classification] of over) {
    holders.set(classification.id, [])
    for (const sector of sectorsOfClassification(index, classification, policy.level)) {
      classificationBySector.set(sector.id, classification.id)
    }
  }
  const found = await holdersBySector(
    db,
    [...classificationBySector.keys()],
    counted,
    await memberLocale(db),
  )
  for (const holder of found) {
    holders.get(classificationBySector.get(holder.sectorId) ?? 0)?.push(holder.ref)
  }
  // One club size, so one limit: the most exceeded classification is the one with most holders.
  return over
    .map(([classification, count]) => ({
      classification: optionOf(index, classification),
      count,
      limit,
      holders: holders.get(classification.id) ?? [],
    }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        a.classification.code.localeCompare(b.classification.code, undefined, { numeric: true }),
    )
}
