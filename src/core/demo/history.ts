import type { Insertable } from 'kysely'
import type { StatusAction } from '../../api/members.ts'
import type { MemberHistoryTable } from '../db/schema.ts'
import { addYears, formatDay, parseDay, type Day } from './days.ts'
import type { Random } from './random.ts'
import type { DemoMember } from './types.ts'

export type NewHistoryEntry = Insertable<MemberHistoryTable>

const noon = (day: string): string => `${day}T12:00:00.000Z`

/** The record's creation, then how it came to its present status. */
export function demoHistory(
  random: Random,
  members: readonly DemoMember[],
  today: Day,
  timestamp: string,
): NewHistoryEntry[] {
  const rows: NewHistoryEntry[] = []
  for (const member of members) {
    // Every column in every row: one multi-row insert needs the same columns throughout.
    // The same shape the member service writes: creation, then the action that set the status.
    const entry = (at: string, action: string, from: string | null, to: string) =>
      rows.push({
        member_id: member.id,
        at,
        action,
        field: 'status',
        old_value: from,
        new_value: to,
        note: null,
      })
    const changed = statusChangedOn(random, member, today)
    const created = member.join_date === null ? timestamp : noon(member.join_date)
    entry(created, 'created', null, changed === null ? member.status : 'active')
    if (changed !== null) entry(noon(changed), statusAction(member), 'active', member.status)
  }
  return rows
}

function statusAction(member: DemoMember): StatusAction {
  if (member.status === 'honorary') return 'makeHonorary'
  if (member.status === 'on_leave') return 'grantLeave'
  switch (member.leave_reason) {
    case 'deceased':
      return 'decease'
    case 'excluded':
      return 'exclude'
    case 'transferred':
      return 'transfer'
    default:
      return 'resign'
  }
}

function statusChangedOn(random: Random, member: DemoMember, today: Day): string | null {
  if (member.join_date === null) return null
  const joined = parseDay(member.join_date)
  switch (member.status) {
    case 'former':
      return member.leave_date
    case 'honorary':
      // Honorary members joined at least twenty years ago: ten of them before the honour.
      return formatDay(random.dateBetween(Math.min(addYears(joined, 10), today), today))
    case 'on_leave':
      return formatDay(random.dateBetween(joined, today))
    case 'active':
    case 'prospect':
      return null
  }
}
