import { sql, type Kysely } from 'kysely'
import { bulkInsert } from '../../db/bulkInsert.ts'
import type { Database } from '../../db/schema.ts'
import type { MemberState } from '../memberWrite.ts'
import { indexMembers } from '../searchIndex.ts'

export interface StatusChange {
  readonly id: number
  readonly from: MemberState
  readonly to: MemberState
}

interface HistoryInsert {
  readonly member_id: number
  readonly at: string
  readonly action: string
  readonly note: string
  readonly field: string
  readonly old_value: string | null
  readonly new_value: string | null
}

// 4 values a row: 500 rows stay far below SQLite's bound-parameter limit.
const chunk = 500

const historyColumns = [
  'member_id',
  'at',
  'action',
  'note',
  'field',
  'old_value',
  'new_value',
] as const

/**
 * Sets the status a file states (honorary, on leave, left on a date) for members who exist
 * already. The member service creates members as prospects or active ones only; an import
 * records what already happened, so the change is written as it is, with its history, instead
 * of replaying status actions. One statement per 500 members: 10,000 honorary members must not
 * mean 20,000 statements.
 */
export async function applyStatusChanges(
  db: Kysely<Database>,
  changes: readonly StatusChange[],
  at: string,
  note: string,
): Promise<void> {
  if (changes.length === 0) return
  await sql`create temp table if not exists import_status (
    id integer primary key, status text not null, leave_date text, leave_reason text)`.execute(db)
  await sql`delete from temp.import_status`.execute(db)
  for (let start = 0; start < changes.length; start += chunk) {
    const values = changes
      .slice(start, start + chunk)
      .map(({ id, to }) => sql`(${id}, ${to.status}, ${to.leaveDate}, ${to.leaveReason})`)
    await sql`insert into temp.import_status (id, status, leave_date, leave_reason)
      values ${sql.join(values)}`.execute(db)
  }
  await sql`update member set status = s.status, leave_date = s.leave_date,
      leave_reason = s.leave_reason, updated_at = ${at}
    from temp.import_status as s where s.id = member.id`.execute(db)
  // Whoever left holds no office any more, as when the status action is taken by hand.
  await sql`update office set end_date = s.leave_date from temp.import_status as s
    where s.id = office.member_id and s.status = 'former' and s.leave_date is not null
      and office.end_date is null and office.start_date <= s.leave_date`.execute(db)
  await sql`drop table temp.import_status`.execute(db)
  // The search index tells former members from the others and knows no other status.
  const leftOrBack = changes.filter(
    (c) => (c.from.status === 'former') !== (c.to.status === 'former'),
  )
  await indexMembers(
    db,
    leftOrBack.map((c) => c.id),
  )
  await recordStatusChanges(db, changes, at, note)
}

/**
 * The history of status changes, field by field. Alone for members the import has just created
 * in the state the file gives (see createMembers), whose rows hold it already.
 */
export async function recordStatusChanges(
  db: Kysely<Database>,
  changes: readonly StatusChange[],
  at: string,
  note: string,
): Promise<void> {
  const history: HistoryInsert[] = []
  for (const { id, from, to } of changes) {
    const row = { member_id: id, at, action: 'updated', note }
    if (from.status !== to.status) {
      history.push({ ...row, field: 'status', old_value: from.status, new_value: to.status })
    }
    if (from.leaveDate !== to.leaveDate) {
      history.push({
        ...row,
        field: 'leave_date',
        old_value: from.leaveDate,
        new_value: to.leaveDate,
      })
    }
    if (from.leaveReason !== to.leaveReason) {
      history.push({
        ...row,
        field: 'leave_reason',
        old_value: from.leaveReason,
        new_value: to.leaveReason,
      })
    }
  }
  await bulkInsert(db, 'member_history', historyColumns, history)
}
