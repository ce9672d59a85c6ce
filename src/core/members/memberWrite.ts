import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { MemberInput } from '../../api/members.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import { bulkInsert } from '../db/bulkInsert.ts'
import type { Database, MemberRow } from '../db/schema.ts'
import { customRows, customValuesOf, fieldDefinitions } from './customValues.ts'
import { recordChanges, type HistoryRow } from './history.ts'
import { columnsOf, type EditableColumns } from './memberRow.ts'
import { checkLinks } from './links.ts'
import { allocateMemberNumbers, takenMemberNumbers } from './numbers.ts'
import { indexMembers, sortKeys } from './searchIndex.ts'

const historyColumns = [
  'member_id',
  'at',
  'action',
  'field',
  'old_value',
  'new_value',
  'note',
] as const

/**
 * Adds members in bulk (the form adds one, an import thousands). Runs inside the caller's
 * transaction: a refused member leaves nothing behind once the caller rolls back.
 */
export async function createMembers(
  db: Kysely<Database>,
  inputs: readonly MemberInput[],
  status: 'prospect' | 'active',
  clock: Clock,
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
  for (const input of inputs) await checkLinks(db, input, null)

  let nextAutomatic = 0
  const rows = inputs.map((input) => {
    const columns = columnsOf(
      input,
      input.memberNumber === '' ? (automatic[nextAutomatic++] as string) : input.memberNumber,
    )
    return { ...columns, status, ...sortKeys(columns), created_at: now, updated_at: now }
  })
  const first = rows[0]
  if (first === undefined) return []
  const ids = await bulkInsert(db, 'member', Object.keys(first) as (keyof typeof first)[], rows, {
    returning: true,
  })
  const history = ids.map((id) => ({
    member_id: id,
    at: now,
    action: 'created',
    field: 'status',
    old_value: null,
    new_value: status,
    note: null,
  }))
  await bulkInsert(db, 'member_history', historyColumns, history)
  const custom = inputs.flatMap((input, i) =>
    customRows(fields, ids[i] as number, input.customValues),
  )
  await bulkInsert(db, 'member_custom_value', ['member_id', 'field_id', 'value'], custom)
  await indexMembers(db, ids, true)
  return ids
}

export async function createMember(
  db: Kysely<Database>,
  input: MemberInput,
  status: 'prospect' | 'active',
  clock: Clock,
): Promise<number> {
  const [id] = await createMembers(db, [input], status, clock)
  return id as number
}

export async function requireMemberRow(db: Kysely<Database>, id: number): Promise<MemberRow> {
  const row = await db.selectFrom('member').selectAll().where('id', '=', id).executeTakeFirst()
  if (row === undefined) throw new KreisError('member.notFound')
  return row
}

/** Saves the form; every changed field lands in the member's history, old → new. */
export async function updateMember(
  db: Kysely<Database>,
  id: number,
  input: MemberInput,
  clock: Clock,
  note: string | null = null,
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
  const columns = columnsOf(input, number)
  const now = isoTimestamp(clock)

  const changes: HistoryRow[] = []
  for (const key of Object.keys(columns) as (keyof EditableColumns)[]) {
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
  await recordChanges(db, id, 'updated', changes, now, note)
  await indexMembers(db, [id])
}
