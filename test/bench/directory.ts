import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { sql } from 'kysely'
import { systemClock } from '../../src/core/clock.ts'
import { createClubFile } from '../../src/core/db/createClubFile.ts'
import { fillDemoClub } from '../../src/core/demo/demoClub.ts'
import { portraitOf } from '../../src/core/demo/portraits.ts'
import { createRandom } from '../../src/core/demo/random.ts'
import type { DemoMember } from '../../src/core/demo/types.ts'

interface CaseResult {
  readonly ms: number
  readonly mb: number
  readonly pages: number
  readonly members: number
  readonly peakRssMb: number
  readonly photos: number
}

/**
 * A demo club where every member agreed to the directory and to their photo, so the book
 * lists exactly `members` entries; `photos` gives every one of them a portrait of their own.
 */
async function benchClub(path: string, members: number, photos: boolean): Promise<void> {
  await createClubFile(path, async (db) => {
    await fillDemoClub(db, { members, seed: 7, locale: 'de', clock: systemClock })
    if (photos) {
      const bare = await db
        .selectFrom('member')
        .select(['id', 'kind', 'salutation', 'birthday', 'created_at'])
        .where('photo', 'is', null)
        .execute()
      for (const member of bare) {
        const photo = portraitOf(createRandom(member.id), member as DemoMember)
        await db
          .updateTable('member')
          .set({ photo, photo_mime: 'image/png' })
          .where('id', '=', member.id)
          .execute()
      }
    }
    await sql`insert or replace into consent (member_id, kind, granted, decided_on)
      select member.id, kind.value, 1, '2026-01-01' from member,
        json_each('["directory","photo"]') as kind`.execute(db)
  })
}

function runCase(club: string, out: string, mode: 'photos' | 'plain' | 'table'): CaseResult {
  const output = execFileSync(
    process.execPath,
    [join(import.meta.dirname, 'directoryCase.ts'), club, out, mode],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 },
  )
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as CaseResult
}

/** The directory book at the sizes the issue names, each case in a process of its own. */
export async function benchDirectory(dir: string): Promise<Record<string, number>> {
  const results: Record<string, number> = {}
  const put = (prefix: string, result: CaseResult) => {
    results[`${prefix}.ms`] = result.ms
    results[`${prefix}.mb`] = result.mb
    results[`${prefix}.pages`] = result.pages
    results[`${prefix}.members`] = result.members
    results[`${prefix}.peakRss.mb`] = result.peakRssMb
    results[`${prefix}.photos`] = result.photos
    console.log(
      `${prefix.padEnd(28)} ${result.ms} ms, ${result.mb} MB, ${result.pages} pages, ` +
        `${result.members} members, ${result.photos} photos, peak RSS ${result.peakRssMb} MB`,
    )
  }
  const small = join(dir, 'directory-1000.kreis')
  await benchClub(small, 1_000, true)
  put('directory.photos1000', runCase(small, join(dir, 'photos.pdf'), 'photos'))
  put('directory.table1000', runCase(small, join(dir, 'table1000.pdf'), 'table'))
  const large = join(dir, 'directory-5000.kreis')
  await benchClub(large, 5_000, false)
  put('directory.plain5000', runCase(large, join(dir, 'plain.pdf'), 'plain'))
  put('directory.table5000', runCase(large, join(dir, 'table5000.pdf'), 'table'))
  return results
}
