import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { LeaveReason, MemberStatus, StatusAction } from '../../api/members.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { passPolicy, recordOverride, type PolicyGate } from '../sectors/policyGate.ts'
import { recordChanges, type HistoryRow } from './history.ts'
import { requireMemberRow } from './memberWrite.ts'
import { indexMembers } from './searchIndex.ts'

interface Transition {
  readonly from: readonly MemberStatus[]
  readonly to: MemberStatus
  readonly reason?: LeaveReason
}

const leaving: readonly MemberStatus[] = ['prospect', 'active', 'honorary', 'on_leave']

/** What each action does, and from which statuses it may be taken. */
export const transitions: Readonly<Record<StatusAction, Transition>> = {
  admit: { from: ['prospect'], to: 'active' },
  grantLeave: { from: ['active'], to: 'on_leave' },
  endLeave: { from: ['on_leave'], to: 'active' },
  makeHonorary: { from: ['active', 'on_leave'], to: 'honorary' },
  resign: { from: leaving, to: 'former', reason: 'resigned' },
  decease: { from: leaving, to: 'former', reason: 'deceased' },
  exclude: { from: leaving, to: 'former', reason: 'excluded' },
  transfer: { from: leaving, to: 'former', reason: 'transferred' },
  rejoin: { from: ['former'], to: 'active' },
}

export function allowedActions(status: MemberStatus): StatusAction[] {
  return (Object.keys(transitions) as StatusAction[]).filter((a) =>
    transitions[a].from.includes(status),
  )
}

/**
 * A status change is an act on a date: admitting sets the join date, leaving records date and
 * reason and ends the offices the member held; all of it lands in the history. With a gate, a
 * member who starts to count for the classification policy is checked against it.
 */
export async function changeStatus(
  db: Kysely<Database>,
  id: number,
  action: StatusAction,
  date: string,
  note: string,
  clock: Clock,
  gate: PolicyGate | null = null,
): Promise<void> {
  const row = await requireMemberRow(db, id)
  const transition = transitions[action]
  if (!transition.from.includes(row.status)) {
    throw new KreisError('member.statusAction', { action, status: row.status })
  }
  const override =
    gate === null
      ? null
      : await passPolicy(db, { memberId: id, sectorId: row.sector_id, status: transition.to }, gate)
  const changes: HistoryRow[] = [
    { field: 'status', old_value: row.status, new_value: transition.to },
  ]
  const update: {
    status: MemberStatus
    join_date?: string
    leave_date?: string | null
    leave_reason?: LeaveReason | null
  } = { status: transition.to }
  if (action === 'admit' && row.join_date === null) {
    update.join_date = date
    changes.push({ field: 'join_date', old_value: null, new_value: date })
  }
  if (transition.to === 'former') {
    update.leave_date = date
    update.leave_reason = transition.reason ?? null
    changes.push({ field: 'leave_date', old_value: row.leave_date, new_value: date })
    await db
      .updateTable('office')
      .set({ end_date: date })
      .where('member_id', '=', id)
      .where('end_date', 'is', null)
      .where('start_date', '<=', date)
      .execute()
  }
  if (action === 'rejoin') {
    update.leave_date = null
    update.leave_reason = null
    changes.push({ field: 'leave_date', old_value: row.leave_date, new_value: null })
  }
  const now = isoTimestamp(clock)
  await db
    .updateTable('member')
    .set({ ...update, updated_at: now })
    .where('id', '=', id)
    .execute()
  await indexMembers(db, [id])
  await recordChanges(db, id, action, changes, now, note === '' ? `${date}` : `${date}: ${note}`)
  if (override !== null) await recordOverride(db, id, override, now)
}
