import { join } from 'node:path'
import { afterEach } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import { createClubFile } from '../../../src/core/db/createClubFile.ts'
import { openClubFile, type ClubFile } from '../../../src/core/db/openClubFile.ts'
import { fillDemoClub } from '../../../src/core/demo/demoClub.ts'
import { fixedClock } from '../../support/temp.ts'

/** A demo club of `members` members at `<dir>/<name>.kreis`, made and closed. */
export async function demoClubFile(
  dir: string,
  members: number,
  name = 'rc-test',
): Promise<string> {
  const path = join(dir, `${name}.kreis`)
  await createClubFile(path, (db) =>
    fillDemoClub(db, { members, seed: 3, locale: 'de', clock: fixedClock }),
  )
  return path
}

/** Opens club files as the app does and closes them after the test. */
export function useOpenFiles(): (path: string) => Promise<ClubFile> {
  const opened: ClubFile[] = []
  afterEach(async () => {
    for (const file of opened.splice(0)) await file.db.destroy()
  })
  return async (path) => {
    const file = await openClubFile(path, { clock: fixedClock })
    opened.push(file)
    return file
  }
}

/** Reads one value from a file Kreis is not holding open. */
export function peek<T>(path: string, query: string): T {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true })
  try {
    return db.prepare(query).pluck().get() as T
  } finally {
    db.close()
  }
}
