import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import type { MemberState } from '../memberWrite.ts'
import { indexMembers } from '../searchIndex.ts'

export interface StatusChange {
  readonly id: number
  readonly from: MemberState
  readonly to: MemberState
}

/**
 * Sets the status a file states (honorary, on leave, left on a date) for members who exist
 * already. The member service creates members as prospects or active ones only; an import
 * records what already happened, so the change is written as it is, with its history, instead
 * of replaying status actions. The states go to SQLite as one JSON text: 10,000 honorary members
 * must not mean 20,000 statements.
 */
export async function applyStatusChanges(
  db: Kysely<Database>,
  changes: readonly StatusChange[],
  at: string,
  note: string,
): Promise<void> {
  if (changes.length === 0) return
  const states = JSON.stringify(
    changes.map(({ id, to }) => [id, to.status, to.leaveDate, to.leaveReason]),
  )
  const stated = sql`(select value ->> 0 as id, value ->> 1 as status, value ->> 2 as leave_date,
      value ->> 3 as leave_reason from jsonb_each(jsonb(${states})))`
  await sql`update member set status = s.status, leave_date = s.leave_date,
      leave_reason = s.leave_reason, updated_at = ${at}
    from ${stated} as s where s.id = member.id`.execute(db)
  // Whoever left holds no office any more, as when the status action is taken by hand.
  await sql`update office set end_date = s.leave_date from ${stated} as s
    where s.id = office.member_id and s.status = 'former' and s.leave_date is not null
      and office.end_date is null and office.start_date <= s.leave_date`.execute(db)
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
 * in the state the file gives (see createMembers), whose rows hold it already. The entries go
 * to SQLite as one JSON text of what differs between them (member, field, old and new value),
 * as thousands of honorary and former members make tens of thousands of entries.
 */
export async function recordStatusChanges(
  db: Kysely<Database>,
  changes: readonly StatusChange[],
  at: string,
  note: string,
): Promise<void> {
  const entries: [number, string, string | null, string | null][] = []
  for (const { id, from, to } of changes) {
    if (from.status !== to.status) entries.push([id, 'status', from.status, to.status])
    if (from.leaveDate !== to.leaveDate) {
      entries.push([id, 'leave_date', from.leaveDate, to.leaveDate])
    }
    if (from.leaveReason !== to.leaveReason) {
      entries.push([id, 'leave_reason', from.leaveReason, to.leaveReason])
    }
  }
  if (entries.length === 0) return
  await sql`insert into member_history (member_id, at, action, note, field, old_value, new_value)
    select value ->> 0, ${at}, 'updated', ${note}, value ->> 1, value ->> 2, value ->> 3
    from jsonb_each(jsonb(${JSON.stringify(entries)}))`.execute(db)
}
