import { sql, type Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { GuestInput, GuestVisit } from '../../api/attendance.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { inTransaction } from '../db/transaction.ts'
import { getMeetingRow, refuseCancelled } from '../meetings/meetingRows.ts'
import { memberRefs, requireMembers } from '../meetings/memberRefs.ts'
import { guestName, readGuests, requireGuest } from './guestRows.ts'
import { saveGuest } from './guests.ts'

export interface VisitInput {
  readonly meetingId: number
  readonly guestId: number | null
  readonly guest: GuestInput | null
  readonly invitedById: number | null
}

/**
 * The guest visits of one meeting, each numbered: the guest's visits counted by meeting date
 * up to and including this meeting (1 for a first visit).
 */
export async function meetingVisits(
  db: Kysely<Database>,
  meetingId: number,
  visitIds: readonly number[] | null = null,
): Promise<GuestVisit[]> {
  let query = db
    .selectFrom('guest_visit as v')
    .innerJoin('meeting as m', 'm.id', 'v.meeting_id')
    .select([
      'v.id',
      'v.guest_id',
      'v.invited_by_id',
      sql<number>`(select count(*) from guest_visit as o
        join meeting as om on om.id = o.meeting_id
        where o.guest_id = v.guest_id
          and (om.date < m.date or (om.date = m.date and om.id <= m.id)))`.as('visit_number'),
    ])
    .where('v.meeting_id', '=', meetingId)
    .orderBy('v.id')
  if (visitIds !== null) query = query.where('v.id', 'in', visitIds)
  const rows = await query.execute()
  const guests = new Map(
    (await readGuests(db, [...new Set(rows.map((row) => row.guest_id))])).map((g) => [g.id, g]),
  )
  const inviters = await memberRefs(
    db,
    rows.flatMap((row) => (row.invited_by_id === null ? [] : [row.invited_by_id])),
  )
  return rows.flatMap((row) => {
    const guest = guests.get(row.guest_id)
    if (guest === undefined) return []
    const invitedBy = row.invited_by_id === null ? null : (inviters.get(row.invited_by_id) ?? null)
    return [{ id: row.id, meetingId, guest, invitedBy, visitNumber: Number(row.visit_number) }]
  })
}

/** Records a guest at a meeting: a known one (`guestId`) or a new one made from `guest`. */
export async function recordVisit(
  db: Kysely<Database>,
  input: VisitInput,
  clock: Clock,
): Promise<GuestVisit> {
  const now = isoTimestamp(clock)
  const visitId = await inTransaction(db, async (trx) => {
    const meeting = await getMeetingRow(trx, input.meetingId)
    await refuseCancelled(trx, meeting)
    if (input.invitedById !== null) await requireMembers(trx, [input.invitedById])
    const guestId = await guestOf(trx, input, clock)
    const twice = await trx
      .selectFrom('guest_visit')
      .select('id')
      .where('guest_id', '=', guestId)
      .where('meeting_id', '=', input.meetingId)
      .executeTakeFirst()
    if (twice !== undefined) {
      throw new KreisError('guest.visitTwice', {
        name: guestName(await requireGuest(trx, guestId)),
      })
    }
    const row = await trx
      .insertInto('guest_visit')
      .values({
        guest_id: guestId,
        meeting_id: input.meetingId,
        invited_by_id: input.invitedById,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    return row.id
  })
  const [visit] = await meetingVisits(db, input.meetingId, [visitId])
  if (visit === undefined) throw new KreisError('guest.visitNotFound', { id: visitId })
  return visit
}

/** A known guest by id (any details sent along are not saved here), or a new one made now. */
async function guestOf(db: Kysely<Database>, input: VisitInput, clock: Clock): Promise<number> {
  if (input.guestId !== null) return (await requireGuest(db, input.guestId)).id
  if (input.guest === null) throw new KreisError('guest.visitNeedsGuest')
  return (await saveGuest(db, input.guest, clock)).id
}

/** Takes a visit back; the guest stays in the guest list. */
export async function removeVisit(db: Kysely<Database>, id: number): Promise<{ removed: true }> {
  const result = await db.deleteFrom('guest_visit').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw new KreisError('guest.visitNotFound', { id })
  return { removed: true }
}
