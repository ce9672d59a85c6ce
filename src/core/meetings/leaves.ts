import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { Leave } from '../../api/attendance.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { requireMembers } from './memberRefs.ts'

export interface LeaveInput {
  readonly id: number | null
  readonly memberId: number
  readonly from: string
  readonly to: string
  readonly note: string
}

/** A member's leaves of absence, earliest first. */
export async function listLeaves(db: Kysely<Database>, memberId: number): Promise<Leave[]> {
  const rows = await db
    .selectFrom('member_leave')
    .selectAll()
    .where('member_id', '=', memberId)
    .orderBy('from_date')
    .orderBy('id')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    memberId: row.member_id,
    from: row.from_date,
    to: row.to_date,
    note: row.note,
  }))
}

/** Adds (`id: null`) or changes a leave; answers with all the member's leaves. */
export async function saveLeave(
  db: Kysely<Database>,
  input: LeaveInput,
  clock: Clock,
): Promise<Leave[]> {
  if (input.to < input.from) {
    throw new KreisError('attendance.leaveRange', { from: input.from, to: input.to })
  }
  await requireMembers(db, [input.memberId])
  const values = {
    member_id: input.memberId,
    from_date: input.from,
    to_date: input.to,
    note: input.note,
  }
  if (input.id === null) {
    await db
      .insertInto('member_leave')
      .values({ ...values, created_at: isoTimestamp(clock) })
      .execute()
  } else {
    const result = await db
      .updateTable('member_leave')
      .set(values)
      .where('id', '=', input.id)
      .executeTakeFirst()
    if (result.numUpdatedRows === 0n)
      throw new KreisError('attendance.leaveNotFound', { id: input.id })
  }
  return listLeaves(db, input.memberId)
}

/** Removes a leave; answers with the member's remaining leaves. */
export async function deleteLeave(db: Kysely<Database>, id: number): Promise<Leave[]> {
  const row = await db
    .selectFrom('member_leave')
    .select('member_id')
    .where('id', '=', id)
    .executeTakeFirst()
  if (row === undefined) throw new KreisError('attendance.leaveNotFound', { id })
  await db.deleteFrom('member_leave').where('id', '=', id).execute()
  return listLeaves(db, row.member_id)
}
