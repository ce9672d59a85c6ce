import { join } from 'node:path'
import { insertClub } from '../../src/core/club/profile.ts'
import { createClubFile } from '../../src/core/db/createClubFile.ts'
import { afterEach } from 'vitest'
import { openClubFile, type ClubFile } from '../../src/core/db/openClubFile.ts'
import { fixedClock, useTempDir } from './temp.ts'

/** A minimal, valid club file in `dir`. */
export async function makeClub(dir: string, name = 'Rotary Club Teststadt'): Promise<string> {
  const path = join(dir, 'club.kreis')
  await createClubFile(path, (db) =>
    insertClub(db, { name, kind: 'rotary', locale: 'de' }, fixedClock),
  )
  return path
}

/** Opens a fresh club file per call and closes it after the test. */
export function useOpenClub(): (dir?: string) => Promise<ClubFile> {
  const tempDir = useTempDir()
  const opened: ClubFile[] = []
  afterEach(async () => {
    for (const file of opened.splice(0)) await file.db.destroy()
  })
  return async (dir) => {
    const file = await openClubFile(await makeClub(dir ?? tempDir()), { clock: fixedClock })
    opened.push(file)
    return file
  }
}
