import type { Kysely } from 'kysely'
import type { HistoryEntry } from '../../api/members.ts'
import type { Database } from '../db/schema.ts'

export interface HistoryRow {
  readonly field: string | null
  readonly old_value: string | null
  readonly new_value: string | null
}

export async function recordChanges(
  db: Kysely<Database>,
  memberId: number,
  action: string,
  changes: readonly HistoryRow[],
  at: string,
  note: string | null,
): Promise<void> {
  if (changes.length === 0) return
  await db
    .insertInto('member_history')
    .values(changes.map((c) => ({ member_id: memberId, at, action, note, ...c })))
    .execute()
}

export async function historyOf(db: Kysely<Database>, memberId: number): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom('member_history')
    .select(['at', 'action', 'field', 'old_value', 'new_value', 'note'])
    .where('member_id', '=', memberId)
    .orderBy('id', 'desc')
    .execute()
  return rows.map((r) => ({
    at: r.at,
    action: r.action,
    field: r.field,
    oldValue: r.old_value,
    newValue: r.new_value,
    note: r.note,
  }))
}
