import type { Kysely } from 'kysely'
import * as v from 'valibot'
import {
  DirectoryOptionsSchema,
  defaultDirectoryOptions,
  type DirectoryOptions,
} from '../../api/directory.ts'
import type { Database } from '../db/schema.ts'

/**
 * The options the last edition was made with, so the next one starts from them. Stored
 * options that no longer fit the schema (an older version's) give way to the defaults.
 */
export async function directoryOptions(db: Kysely<Database>): Promise<DirectoryOptions> {
  const club = await db
    .selectFrom('club')
    .select(['directory_options', 'locale'])
    .executeTakeFirstOrThrow()
  if (club.directory_options !== null) {
    try {
      const stored = v.safeParse(DirectoryOptionsSchema, JSON.parse(club.directory_options))
      if (stored.success) return stored.output
    } catch {
      // Unreadable JSON is treated like no choice at all.
    }
  }
  return defaultDirectoryOptions(club.locale)
}

export async function rememberDirectoryOptions(
  db: Kysely<Database>,
  options: DirectoryOptions,
): Promise<void> {
  await db
    .updateTable('club')
    .set({ directory_options: JSON.stringify(options) })
    .execute()
}
