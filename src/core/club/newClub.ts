import type { Kysely } from 'kysely'
import { defaultTaxonomy, type Taxonomy } from '../../api/sectors.ts'
import type { Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { loadTaxonomy } from '../sectors/taxonomy.ts'
import { insertClub, type NewClub } from './profile.ts'

export interface ClubToCreate extends NewClub {
  /** Without a choice, the usual starting sectors for the club's kind. */
  readonly taxonomy?: Taxonomy | undefined
}

/** What every new club file starts with, whether the app or `kreis init` makes it. */
export async function fillNewClub(
  db: Kysely<Database>,
  club: ClubToCreate,
  clock: Clock,
): Promise<void> {
  await insertClub(db, club, clock)
  const taxonomy = club.taxonomy ?? defaultTaxonomy(club.kind)
  if (taxonomy !== 'empty') await loadTaxonomy(db, taxonomy)
}
