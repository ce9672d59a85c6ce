import type { MemberStatus, StatusAction } from '../../../api/members.ts'

const leaving: readonly StatusAction[] = ['resign', 'decease', 'exclude', 'transfer']

/** The core's transitions, mirrored: only actions the core will accept are offered. */
const byStatus: Readonly<Record<MemberStatus, readonly StatusAction[]>> = {
  prospect: ['admit', ...leaving],
  active: ['grantLeave', 'makeHonorary', ...leaving],
  on_leave: ['endLeave', 'makeHonorary', ...leaving],
  honorary: [...leaving],
  former: ['rejoin'],
}

export function actionsFor(status: MemberStatus): readonly StatusAction[] {
  return byStatus[status]
}

/** Ending a membership cannot be taken back by a click; those buttons look the part. */
export function isLeaving(action: StatusAction): boolean {
  return leaving.includes(action)
}

const resultOf: Readonly<Record<StatusAction, MemberStatus>> = {
  admit: 'active',
  grantLeave: 'on_leave',
  endLeave: 'active',
  makeHonorary: 'honorary',
  resign: 'former',
  decease: 'former',
  exclude: 'former',
  transfer: 'former',
  rejoin: 'active',
}

/** The status an action leads to, as the core's transitions have it. */
export function statusAfter(action: StatusAction): MemberStatus {
  return resultOf[action]
}
