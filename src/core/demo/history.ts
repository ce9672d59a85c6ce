import type { Insertable } from 'kysely'
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
    const entry = (at: string, action: string, oldValue: string | null, note: string | null) =>
      rows.push({
        member_id: member.id,
        at,
        action,
        field: action === 'status' ? 'status' : null,
        old_value: oldValue,
        new_value: action === 'status' ? member.status : null,
        note,
      })
    // Members were on file from the day they joined; an application from the moment it came.
    entry(member.join_date === null ? timestamp : noon(member.join_date), 'created', null, null)
    const changed = statusChangedOn(random, member, today)
    if (changed !== null) entry(noon(changed), 'status', 'active', member.leave_reason)
  }
  return rows
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
