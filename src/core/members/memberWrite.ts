import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { LeaveReason, MemberInput, MemberStatus } from '../../api/members.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import { bulkInsert, nextId } from '../db/bulkInsert.ts'
import type { Database, MemberRow } from '../db/schema.ts'
import { passPolicy, recordOverride, type PolicyGate } from '../sectors/policyGate.ts'
import { recordCreation } from './creationHistory.ts'
import { customRows, customValuesOf, fieldDefinitions } from './customValues.ts'
import { recordChanges, type HistoryRow } from './history.ts'
import { columnsOf, type EditableColumns } from './memberRow.ts'
import { checkLinks } from './links.ts'
import {
  checkSectors,
  saveSecondarySectors,
  secondarySectorIdsOf,
  secondarySectorRows,
  secondarySectors,
  sectorChanges,
} from './memberSectors.ts'
import { allocateMemberNumbers, takenMemberNumbers } from './numbers.ts'
import {
  indexMembers,
  indexNewMembers,
  searchRowsOf,
  sortKeys,
  sortKeysEach,
} from './searchIndex.ts'

/** Where a member already stands when an import creates them: honorary, on leave or left. */
export interface MemberState {
  readonly status: MemberStatus
  readonly leaveDate: string | null
  readonly leaveReason: LeaveReason | null
}

/**
 * Adds members in bulk (the form adds one, an import thousands). Runs inside the caller's
 * transaction: a refused member leaves nothing behind once the caller rolls back. New members
 * are prospects or active; an import may give the state each one is in (`states`, by index),
 * which their row and the search index then hold from the start, while the history still
 * begins with `status` and the caller records the change (see import/statusWrite.ts).
 */
export async function createMembers(
  db: Kysely<Database>,
  inputs: readonly MemberInput[],
  status: 'prospect' | 'active',
  clock: Clock,
  states: readonly (MemberState | null)[] = [],
): Promise<number[]> {
  if (inputs.length === 0) return []
  const now = isoTimestamp(clock)
  const taken = await takenMemberNumbers(db)
  for (const input of inputs) {
    if (input.memberNumber === '') continue
    if (taken.has(input.memberNumber)) {
      throw new KreisError('member.numberTaken', { number: input.memberNumber })
    }
    taken.add(input.memberNumber)
  }
  const automatic = await allocateMemberNumbers(
    db,
    inputs.filter((i) => i.memberNumber === '').length,
    taken,
  )
  const fields = await fieldDefinitions(db)
  // The links are all checkLinks looks at: an import of 100,000 members with the same
  // membership type checks it once, not once per member, and still fails where it would.
  const checked = new Set<string>()
  for (const input of inputs) {
    const { kind, organisationId, sponsorId, membershipTypeId, sectorId } = input
    const links = `${kind} ${organisationId} ${sponsorId} ${membershipTypeId} ${sectorId}`
    if (checked.has(links)) continue
    checked.add(links)
    await checkLinks(db, input, null)
  }
  await checkSectors(db, inputs)

  let nextAutomatic = 0
  const columns = inputs.map((input) =>
    columnsOf(
      input,
      input.memberNumber === '' ? (automatic[nextAutomatic++] as string) : input.memberNumber,
    ),
  )
  const keys = sortKeysEach(columns)
  // In the order of their numbers: an import's numbers come in the file's order, mostly by
  // name, and each would land somewhere inside the unique index of numbers; in order they
  // extend its end. The rows get their ids here, so that the search index can be made for
  // them while they are written; it takes them by ascending id, as FTS5 writes out what it
  // holds whenever an id comes lower than the last.
  const order = numberOrder(columns)
  const firstId = await nextId(db, 'member')
  const ids = Array<number>(inputs.length)
  const rows = order.map((index, position) => {
    const state = states[index] ?? null
    ids[index] = firstId + position
    return {
      ...(columns[index] as EditableColumns),
      id: firstId + position,
      status: state?.status ?? status,
      leave_date: state?.leaveDate ?? null,
      leave_reason: state?.leaveReason ?? null,
      sort_key_de: keys.german[index] as string,
      sort_key_en: keys.english[index] as string,
      created_at: now,
      updated_at: now,
    }
  })
  const first = rows[0]
  if (first === undefined) return []
  const idsInOrder = rows.map((row) => row.id)
  const searchRows = searchRowsOf(rows)
  // Columns no row fills are left to their default (NULL): an import of a few columns binds
  // those, not all fifty for every member.
  const filled = (Object.keys(first) as (keyof typeof first)[]).filter((column) =>
    rows.some((row) => row[column] !== null),
  )
  await bulkInsert(db, 'member', filled, rows)
  // The rows that hang off the members follow them in that order, so that their indexes by
  // member grow at the end as well.
  await recordCreation(db, idsInOrder, status, now)
  const inputsInOrder = order.map((index) => inputs[index] as MemberInput)
  const custom = inputsInOrder.flatMap((input, i) =>
    customRows(fields, idsInOrder[i] as number, input.customValues),
  )
  await bulkInsert(db, 'member_custom_value', ['member_id', 'field_id', 'value'], custom)
  const secondary = secondarySectorRows(inputsInOrder, idsInOrder)
  await bulkInsert(db, 'member_sector', ['member_id', 'sector_id'], secondary)
  await indexNewMembers(db, await searchRows, rows.length)
  return ids
}

/** The rows' positions by ascending member number. */
function numberOrder(rows: readonly { readonly member_number: string }[]): number[] {
  // Sorted as text with the position appended, by the engine's own comparison: a comparator
  // called back 1.7 million times for 100,000 rows took longer. The order only speeds up the
  // writing; should a number hold the separator itself, it is still an order of all rows.
  const keys = rows.map((row, index) => `${row.member_number}\u0000${index}`).sort()
  return keys.map((key) => Number(key.slice(key.lastIndexOf('\u0000') + 1)))
}

/** Adds one member from the form; with a gate, the classification policy is checked first. */
export async function createMember(
  db: Kysely<Database>,
  input: MemberInput,
  status: 'prospect' | 'active',
  clock: Clock,
  gate: PolicyGate | null = null,
): Promise<number> {
  const override =
    gate === null
      ? null
      : await passPolicy(db, { memberId: null, sectorId: input.sectorId, status }, gate)
  const [id] = await createMembers(db, [input], status, clock)
  if (override !== null) await recordOverride(db, id as number, override, isoTimestamp(clock))
  return id as number
}

export async function requireMemberRow(db: Kysely<Database>, id: number): Promise<MemberRow> {
  const row = await db.selectFrom('member').selectAll().where('id', '=', id).executeTakeFirst()
  if (row === undefined) throw new KreisError('member.notFound')
  return row
}

/**
 * Saves the form; every changed field lands in the member's history, old → new. With a gate,
 * a new sector is checked against the classification policy.
 */
export async function updateMember(
  db: Kysely<Database>,
  id: number,
  input: MemberInput,
  clock: Clock,
  note: string | null = null,
  gate: PolicyGate | null = null,
): Promise<void> {
  const current = await requireMemberRow(db, id)
  const number = input.memberNumber === '' ? current.member_number : input.memberNumber
  if (number !== current.member_number) {
    const clash = await db
      .selectFrom('member')
      .select('id')
      .where('member_number', '=', number)
      .executeTakeFirst()
    if (clash !== undefined) throw new KreisError('member.numberTaken', { number })
  }
  await checkLinks(db, input, id)
  const secondaryBefore = await secondarySectorIdsOf(db, id)
  const secondary = secondarySectors(input)
  const had = new Set(secondaryBefore)
  if (current.sector_id !== null) had.add(current.sector_id)
  await checkSectors(db, [input], had)
  const override =
    gate === null
      ? null
      : await passPolicy(
          db,
          { memberId: id, sectorId: input.sectorId, status: current.status },
          gate,
        )
  const columns = columnsOf(input, number)
  const now = isoTimestamp(clock)

  const changes: HistoryRow[] = []
  for (const key of Object.keys(columns) as (keyof EditableColumns)[]) {
    if (key === 'sector_id') continue
    const before = current[key]
    const after = columns[key]
    if ((before ?? null) !== (after ?? null)) {
      changes.push({
        field: key,
        old_value: before === null ? null : String(before),
        new_value: after === null ? null : String(after),
      })
    }
  }

  const sectorRows = await sectorChanges(
    db,
    { sectorId: current.sector_id, secondary: secondaryBefore },
    { sectorId: input.sectorId, secondary },
  )
  changes.push(...sectorRows)

  const fields = await fieldDefinitions(db)
  const oldCustom = await customValuesOf(db, id)
  const newRows = customRows(fields, id, input.customValues)
  const newCustom = new Map(newRows.map((r) => [r.field_id, r.value]))
  for (const field of fields.values()) {
    const before = oldCustom[field.key]
    const beforeText = before === undefined || before === null ? null : String(before)
    const after = newCustom.get(field.id) ?? null
    if (beforeText !== after)
      changes.push({ field: `custom.${field.key}`, old_value: beforeText, new_value: after })
  }

  if (changes.length === 0) return
  await db
    .updateTable('member')
    .set({ ...columns, ...sortKeys(columns), updated_at: now })
    .where('id', '=', id)
    .execute()
  await db.deleteFrom('member_custom_value').where('member_id', '=', id).execute()
  if (newRows.length > 0) await db.insertInto('member_custom_value').values(newRows).execute()
  if (sectorRows.some((r) => r.field === 'secondarySectorIds')) {
    await saveSecondarySectors(db, id, secondary)
  }
  await recordChanges(db, id, 'updated', changes, now, note)
  if (override !== null) await recordOverride(db, id, override, now)
  await indexMembers(db, [id])
}
