import type { Kysely } from 'kysely'
import type * as v from 'valibot'
import { safeParse } from 'valibot'
import {
  DirectoryOptionsSchema,
  ListOptionsSchema,
  defaultDirectoryOptions,
  defaultListOptions,
  type DirectoryOptions,
  type ListOptions,
} from '../../api/directory.ts'
import type { Database } from '../db/schema.ts'

/** Stored options that no longer fit the schema (an older version's) count as none. */
function stored<S extends v.GenericSchema>(
  schema: S,
  json: string | null,
): v.InferOutput<S> | null {
  if (json === null) return null
  try {
    const parsed = safeParse(schema, JSON.parse(json))
    return parsed.success ? parsed.output : null
  } catch {
    return null
  }
}

/** The options the last edition was made with, so the next one starts from them. */
export async function directoryOptions(db: Kysely<Database>): Promise<DirectoryOptions> {
  const club = await db
    .selectFrom('club')
    .select(['directory_options', 'locale'])
    .executeTakeFirstOrThrow()
  return (
    stored(DirectoryOptionsSchema, club.directory_options) ?? defaultDirectoryOptions(club.locale)
  )
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

/**
 * The list options last saved. The year is always `year` (this one): a birthday list made
 * last December says nothing about which year is wanted now.
 */
export async function listOptions(db: Kysely<Database>, year: number): Promise<ListOptions> {
  const club = await db
    .selectFrom('club')
    .select(['list_options', 'locale'])
    .executeTakeFirstOrThrow()
  const last = stored(ListOptionsSchema, club.list_options)
  return last === null ? defaultListOptions(club.locale, year) : { ...last, year }
}

export async function rememberListOptions(
  db: Kysely<Database>,
  options: ListOptions,
): Promise<void> {
  await db
    .updateTable('club')
    .set({ list_options: JSON.stringify(options) })
    .execute()
}
