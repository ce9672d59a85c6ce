import type { Migration, MigrationProvider } from 'kysely/migration'
import * as m0001 from './0001_initial.ts'
import * as m0002 from './0002_members.ts'
import * as m0003 from './0003_sectors.ts'
import * as m0004 from './0004_directory.ts'
import * as m0005 from './0005_dues.ts'
import * as m0006 from './0006_meetings.ts'
import * as m0007 from './0007_lean_indexes.ts'
import * as m0008 from './0008_search_prefix.ts'

/**
 * Every migration, compiled into the bundle. Reading a folder at runtime breaks once bundled,
 * so each new migration is imported here under its sortable name. Each one ends by setting
 * `PRAGMA user_version` to its number, which is how a file states its schema version.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001_initial': m0001,
  '0002_members': m0002,
  '0003_sectors': m0003,
  '0004_directory': m0004,
  '0005_dues': m0005,
  '0006_meetings': m0006,
  '0007_lean_indexes': m0007,
  '0008_search_prefix': m0008,
}

export const latestSchemaVersion = Object.keys(migrations).length

export const bundledMigrations: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...migrations }),
}
