import type { Kysely } from 'kysely'
import type { OpenCharge } from '../../api/dues.ts'
import type { Database } from '../db/schema.ts'
import { idList } from '../db/idList.ts'
import { openCents, openChargeRows } from './openAmount.ts'

export interface OpenChargeQuery {
  readonly memberIds?: readonly number[]
  /** Only charges due on or before this day. */
  readonly dueBy?: string
}

/** Live charges with something open, by member, then oldest due first. */
export async function openChargesOf(
  db: Kysely<Database>,
  query: OpenChargeQuery,
): Promise<(OpenCharge & { memberId: number })[]> {
  let select = openChargeRows(db).select([
    'c.id',
    'c.member_id',
    'c.number',
    'c.description',
    'c.booked_on',
    'c.due_date',
    'c.amount_cents',
    'c.dunning_level',
    openCents.as('open'),
  ])
  if (query.memberIds !== undefined) {
    if (query.memberIds.length === 0) return []
    select = select.where('c.member_id', 'in', idList(query.memberIds))
  }
  if (query.dueBy !== undefined) select = select.where('c.due_date', '<=', query.dueBy)
  const rows = await select.orderBy('c.member_id').orderBy('c.due_date').orderBy('c.id').execute()
  return rows.map((r) => ({
    memberId: r.member_id,
    id: r.id,
    number: r.number,
    description: r.description,
    bookedOn: r.booked_on,
    dueDate: r.due_date,
    amountCents: r.amount_cents,
    openCents: Number(r.open),
    dunningLevel: r.dunning_level,
  }))
}

/** An open charge without the member it belongs to, as the member's own account lists it. */
export function openCharge(c: OpenCharge): OpenCharge {
  return {
    id: c.id,
    number: c.number,
    description: c.description,
    bookedOn: c.bookedOn,
    dueDate: c.dueDate,
    amountCents: c.amountCents,
    openCents: c.openCents,
    dunningLevel: c.dunningLevel,
  }
}
