import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { MemberInput } from '../../api/members.ts'
import type { Database } from '../db/schema.ts'
import { sectorLabel } from '../sectors/sectorIndex.ts'
import type { HistoryRow } from './history.ts'
import { memberLocale } from './locale.ts'

type SectorChoice = Pick<MemberInput, 'sectorId' | 'secondarySectorIds'>

interface MemberSectors {
  readonly sectorId: number | null
  /** As `secondarySectors` returns them. */
  readonly secondary: readonly number[]
}

/** The secondary sectors as stored: each once, sorted, and never the primary one again. */
export function secondarySectors(input: SectorChoice): number[] {
  if (input.secondarySectorIds.length === 0) return []
  return [...new Set(input.secondarySectorIds)]
    .filter((id) => id !== input.sectorId)
    .sort((a, b) => a - b)
}

export async function secondarySectorIdsOf(
  db: Kysely<Database>,
  memberId: number,
): Promise<number[]> {
  const rows = await db
    .selectFrom('member_sector')
    .select('sector_id')
    .where('member_id', '=', memberId)
    .orderBy('sector_id')
    .execute()
  return rows.map((r) => r.sector_id)
}

/**
 * Sectors given to members must exist and be in use. A retired sector stays with a member who
 * already has it (`had`), so an old record can still be saved unchanged.
 */
export async function checkSectors(
  db: Kysely<Database>,
  inputs: readonly SectorChoice[],
  had: ReadonlySet<number> = new Set(),
): Promise<void> {
  const wanted = new Set<number>()
  for (const input of inputs) {
    if (input.sectorId !== null) wanted.add(input.sectorId)
    for (const id of input.secondarySectorIds) wanted.add(id)
  }
  if (wanted.size === 0) return
  const rows = await db
    .selectFrom('sector')
    .select(['id', 'code', 'active'])
    .where('id', 'in', [...wanted])
    .execute()
  const found = new Map(rows.map((r) => [r.id, r]))
  const check = (id: number, field: 'sectorId' | 'secondarySectorIds') => {
    const sector = found.get(id)
    if (sector === undefined) throw new KreisError('input.invalid', { field, reason: 'notAllowed' })
    if (sector.active === 0 && !had.has(id)) {
      throw new KreisError('sector.retired', { code: sector.code })
    }
  }
  for (const input of inputs) {
    if (input.sectorId !== null) check(input.sectorId, 'sectorId')
    for (const id of secondarySectors(input)) check(id, 'secondarySectorIds')
  }
}

/** Rows of `member_sector` for members just created, `ids` in the order of `inputs`. */
export function secondarySectorRows(
  inputs: readonly SectorChoice[],
  ids: readonly number[],
): { member_id: number; sector_id: number }[] {
  return inputs.flatMap((input, i) =>
    secondarySectors(input).map((sectorId) => ({
      member_id: ids[i] as number,
      sector_id: sectorId,
    })),
  )
}

export async function saveSecondarySectors(
  db: Kysely<Database>,
  memberId: number,
  sectorIds: readonly number[],
): Promise<void> {
  await db.deleteFrom('member_sector').where('member_id', '=', memberId).execute()
  if (sectorIds.length === 0) return
  await db
    .insertInto('member_sector')
    .values(sectorIds.map((sectorId) => ({ member_id: memberId, sector_id: sectorId })))
    .execute()
}

const sameList = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((id, i) => id === b[i])

/**
 * History rows for changed sectors, written as text so they stay readable after a sector is
 * renamed, merged or deleted: `code name` for the primary sector, codes for the others.
 */
export async function sectorChanges(
  db: Kysely<Database>,
  before: MemberSectors,
  after: MemberSectors,
): Promise<HistoryRow[]> {
  const primaryChanged = before.sectorId !== after.sectorId
  const secondaryChanged = !sameList(before.secondary, after.secondary)
  if (!primaryChanged && !secondaryChanged) return []
  const ids = [before.sectorId, after.sectorId, ...before.secondary, ...after.secondary].filter(
    (id): id is number => id !== null,
  )
  const rows = await db
    .selectFrom('sector')
    .select(['id', 'code', 'name_de as nameDe', 'name_en as nameEn'])
    .where('id', 'in', ids)
    .execute()
  const sectors = new Map(rows.map((r) => [r.id, r]))
  const locale = await memberLocale(db)
  const label = (id: number | null) => {
    const sector = id === null ? undefined : sectors.get(id)
    if (sector === undefined) return id === null ? null : String(id)
    return sectorLabel(sector, locale)
  }
  const codes = (list: readonly number[]) =>
    list.length === 0
      ? null
      : list
          .map((id) => sectors.get(id)?.code ?? String(id))
          .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))
          .join(', ')
  const changes: HistoryRow[] = []
  if (primaryChanged) {
    changes.push({
      field: 'sector_id',
      old_value: label(before.sectorId),
      new_value: label(after.sectorId),
    })
  }
  if (secondaryChanged) {
    changes.push({
      field: 'secondarySectorIds',
      old_value: codes(before.secondary),
      new_value: codes(after.secondary),
    })
  }
  return changes
}
