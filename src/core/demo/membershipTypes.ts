import type { Kysely } from 'kysely'
import type { Locale } from '../../api/club.ts'
import type { Database } from '../db/schema.ts'

export type DemoMembershipType = 'active' | 'honorary' | 'supporting' | 'corporate' | 'young'

/** Fixed ids, written explicitly: the file is new, and members can refer to them as they stream. */
export const membershipTypeIds: Readonly<Record<DemoMembershipType, number>> = {
  active: 1,
  honorary: 2,
  supporting: 3,
  corporate: 4,
  young: 5,
}

const names: Readonly<Record<Locale, Readonly<Record<DemoMembershipType, string>>>> = {
  de: {
    active: 'Aktives Mitglied',
    honorary: 'Ehrenmitglied',
    supporting: 'Fördermitglied',
    corporate: 'Firmenmitglied',
    young: 'Junges Mitglied',
  },
  en: {
    active: 'Active member',
    honorary: 'Honorary member',
    supporting: 'Supporting member',
    corporate: 'Corporate member',
    young: 'Young professional',
  },
}

export async function insertMembershipTypes(db: Kysely<Database>, locale: Locale): Promise<void> {
  const types = Object.entries(membershipTypeIds) as [DemoMembershipType, number][]
  await db
    .insertInto('membership_type')
    .values(
      types.map(([type, id]) => ({ id, name: names[locale][type], sort_order: id, active: 1 })),
    )
    .execute()
}
