import type { Kysely } from 'kysely'
import type { ClubProfileInput, Locale } from '../../api/club.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import { insertClub, updateProfile } from '../club/profile.ts'
import type { Database, NewMember } from '../db/schema.ts'
import { generateDemoMembers } from './members.ts'

/** Fictional: no Rotary club of this name exists. */
export const demoClubName = 'Rotary Club Frankfurt-Taunusblick'

export function demoProfile(locale: Locale): ClubProfileInput {
  return {
    name: demoClubName,
    kind: 'rotary',
    address: {
      street: 'Holzweg',
      houseNumber: '12',
      postcode: '61440',
      town: 'Oberursel (Taunus)',
      country: 'DE',
    },
    meetingPlace:
      locale === 'de'
        ? 'Hotel Zur Linde, Oberursel – dienstags 12:30 Uhr'
        : 'Hotel Zur Linde, Oberursel – Tuesdays 12:30',
    locale,
    currency: 'EUR',
    yearStartMonth: 7,
  }
}

export interface DemoClubOptions {
  readonly members: number
  readonly seed: number
  readonly locale: Locale
  readonly clock: Clock
}

// SQLite binds at most 32,766 parameters per statement: 500 rows of today's 25 columns use
// 12,500, leaving room for the columns later migrations add.
const rowsPerInsert = 500

/** One transaction: a single commit is what makes 100,000 members take seconds, not minutes. */
export async function fillDemoClub(db: Kysely<Database>, options: DemoClubOptions): Promise<void> {
  const { clock, locale } = options
  const timestamp = isoTimestamp(clock)
  await db.transaction().execute(async (trx) => {
    await insertClub(trx, { name: demoClubName, kind: 'rotary', locale }, clock)
    await updateProfile(trx, demoProfile(locale), clock)
    let batch: NewMember[] = []
    const members = generateDemoMembers({
      count: options.members,
      seed: options.seed,
      today: timestamp.slice(0, 10),
      timestamp,
    })
    for (const member of members) {
      batch.push(member)
      if (batch.length === rowsPerInsert) {
        await trx.insertInto('member').values(batch).execute()
        batch = []
      }
    }
    if (batch.length > 0) await trx.insertInto('member').values(batch).execute()
  })
}
