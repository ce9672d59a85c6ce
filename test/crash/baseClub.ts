import { sql } from 'kysely'
import { createClubFile } from '../../src/core/db/createClubFile.ts'
import { openClubFile } from '../../src/core/db/openClubFile.ts'
import { fillDemoClub } from '../../src/core/demo/demoClub.ts'
import { crashClock } from './crashOperation.ts'

/**
 * The club every operation's template starts from: the demo club of 1,500 members with its
 * running year billed, partly paid and collected, mandates, dunning levels, sectors and
 * history. Its portraits are dropped: every kill copies the file and opens it twice (the
 * child, then the check, each with a quick_check), so each megabyte counts many times over.
 */
export async function makeBaseClub(path: string): Promise<void> {
  await createClubFile(path, (db) =>
    fillDemoClub(db, { members: 1_500, seed: 11, locale: 'de', clock: crashClock }),
  )
  const file = await openClubFile(path, { clock: crashClock })
  try {
    await sql`update member set photo = null, photo_mime = null`.execute(file.db)
    await sql`delete from print_photo`.execute(file.db)
    file.sqlite.exec('VACUUM')
  } finally {
    await file.db.destroy()
  }
}
