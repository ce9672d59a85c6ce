import type { Kysely } from 'kysely'
import type { Guest, GuestInput } from '../../api/attendance.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { memberLocale } from '../members/locale.ts'
import { readGuests, requireGuest } from './guestRows.ts'

/**
 * The guests whose name or company holds every word of `search` (any case, umlauts too), in
 * the club language's alphabetical order. A club has a few hundred guests at most, so they are
 * matched here rather than in SQL, whose LIKE folds the case of ASCII letters only.
 */
export async function listGuests(
  db: Kysely<Database>,
  query: { readonly search: string },
): Promise<Guest[]> {
  const collator = new Intl.Collator(await memberLocale(db), { sensitivity: 'base' })
  const words = query.search
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '')
  const guests = (await readGuests(db, null)).filter((guest) => {
    const text = `${guest.firstName} ${guest.lastName} ${guest.company}`.toLocaleLowerCase()
    return words.every((word) => text.includes(word))
  })
  return guests.sort(
    (a, b) =>
      collator.compare(a.lastName, b.lastName) ||
      collator.compare(a.firstName, b.firstName) ||
      a.id - b.id,
  )
}

function guestColumns(input: GuestInput) {
  return {
    first_name: input.firstName,
    last_name: input.lastName,
    company: input.company,
    sector: input.sector,
    email: input.email,
    phone: input.phone,
    note: input.note,
  }
}

/** Adds a guest (`id: null`) or changes one; answers with the guest as now stored. */
export async function saveGuest(
  db: Kysely<Database>,
  input: GuestInput,
  clock: Clock,
): Promise<Guest> {
  const now = isoTimestamp(clock)
  if (input.id === null) {
    const row = await db
      .insertInto('guest')
      .values({ ...guestColumns(input), created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    return requireGuest(db, row.id)
  }
  await requireGuest(db, input.id)
  await db
    .updateTable('guest')
    .set({ ...guestColumns(input), updated_at: now })
    .where('id', '=', input.id)
    .execute()
  return requireGuest(db, input.id)
}
