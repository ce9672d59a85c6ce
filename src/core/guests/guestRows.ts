import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { Guest } from '../../api/attendance.ts'
import { idList } from '../db/idList.ts'
import type { Database } from '../db/schema.ts'
import { memberRefs } from '../meetings/memberRefs.ts'

interface VisitFacts {
  readonly guestId: number
  readonly invitedById: number | null
  readonly date: string
}

/**
 * Guests with what their visits say: how many, the last one, and who invited them — the
 * member named at the earliest visit that names one (a visit recorded without the inviter
 * does not make the guest uninvited). `ids` null: every guest.
 */
export async function readGuests(
  db: Kysely<Database>,
  ids: readonly number[] | null,
): Promise<Guest[]> {
  let query = db.selectFrom('guest').selectAll()
  if (ids !== null) query = query.where('id', 'in', idList(ids))
  const rows = await query.execute()
  let visitQuery = db
    .selectFrom('guest_visit')
    .innerJoin('meeting', 'meeting.id', 'guest_visit.meeting_id')
    .select([
      'guest_visit.guest_id as guestId',
      'guest_visit.invited_by_id as invitedById',
      'meeting.date as date',
    ])
    .orderBy('meeting.date')
    .orderBy('meeting.id')
  if (ids !== null) visitQuery = visitQuery.where('guest_visit.guest_id', 'in', idList(ids))
  const visits: VisitFacts[] = await visitQuery.execute()

  const byGuest = new Map<number, { count: number; last: string; inviter: number | null }>()
  for (const visit of visits) {
    const seen = byGuest.get(visit.guestId)
    if (seen === undefined) {
      byGuest.set(visit.guestId, { count: 1, last: visit.date, inviter: visit.invitedById })
    } else {
      seen.count++
      seen.last = visit.date
      seen.inviter ??= visit.invitedById
    }
  }
  const refs = await memberRefs(
    db,
    [...byGuest.values()].flatMap((seen) => (seen.inviter === null ? [] : [seen.inviter])),
  )
  return rows.map((row) => {
    const seen = byGuest.get(row.id)
    const inviter = seen?.inviter ?? null
    return {
      id: row.id,
      firstName: row.first_name,
      lastName: row.last_name,
      company: row.company,
      sector: row.sector,
      email: row.email,
      phone: row.phone,
      note: row.note,
      visits: seen?.count ?? 0,
      lastVisit: seen?.last ?? null,
      invitedBy: inviter === null ? null : (refs.get(inviter) ?? null),
      memberId: row.member_id,
    }
  })
}

export async function requireGuest(db: Kysely<Database>, id: number): Promise<Guest> {
  const [guest] = await readGuests(db, [id])
  if (guest === undefined) throw new KreisError('guest.notFound', { id })
  return guest
}

/** `Anna Gast`, as messages name a guest. */
export const guestName = (guest: Pick<Guest, 'firstName' | 'lastName'>): string =>
  [guest.firstName, guest.lastName].filter((part) => part !== '').join(' ')
