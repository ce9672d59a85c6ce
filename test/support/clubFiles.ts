import { join } from 'node:path'
import { insertClub } from '../../src/core/club/profile.ts'
import { createClubFile } from '../../src/core/db/createClubFile.ts'
import { fixedClock } from './temp.ts'

/** A minimal, valid club file in `dir`. */
export async function makeClub(dir: string, name = 'Rotary Club Teststadt'): Promise<string> {
  const path = join(dir, 'club.kreis')
  await createClubFile(path, (db) =>
    insertClub(db, { name, kind: 'rotary', locale: 'de' }, fixedClock),
  )
  return path
}
