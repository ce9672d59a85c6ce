import type { MemberListQuery, MemberStatus } from '../../../api/members.ts'
import { call } from '../../api/client.ts'

/** Who an extra charge goes to: everyone who pays dues, one membership type, or a hand-picked few. */
export type ExtraAudience = 'paying' | 'type' | 'picked'

/** Active members and those on leave owe dues; prospects, honorary and former members do not. */
export const payingStatuses: readonly MemberStatus[] = ['active', 'on_leave']

const pageSize = 500

/** The member list's filter for an audience chosen by status and maybe type. */
export function audienceQuery(
  audience: Exclude<ExtraAudience, 'picked'>,
  typeId: number | null,
): MemberListQuery {
  return {
    statuses: [...payingStatuses],
    membershipTypeIds: audience === 'type' && typeId !== null ? [typeId] : [],
    sort: 'memberNumber',
  }
}

/** How many members the filter finds, read from one row's page. */
export async function countOf(query: MemberListQuery): Promise<number> {
  return (await call('members/list', { ...query, offset: 0, limit: 1 })).total
}

/** Every member the filter finds, page by page as the list hands them out. */
export async function idsOf(query: MemberListQuery): Promise<number[]> {
  const ids: number[] = []
  for (let offset = 0; ; offset += pageSize) {
    const page = await call('members/list', { ...query, offset, limit: pageSize })
    ids.push(...page.rows.map((row) => row.id))
    if (page.rows.length < pageSize || ids.length >= page.total) return ids
  }
}
