import { join } from 'node:path'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import {
  applyPragmas,
  createKysely,
  kreisApplicationId,
  openSqlite,
} from '../../../src/core/db/connection.ts'
import * as v1 from '../../../src/core/db/migrations/0001_initial.ts'
import { latestSchemaVersion } from '../../../src/core/db/migrations/index.ts'
import { openClubFile } from '../../../src/core/db/openClubFile.ts'
import { listMembers } from '../../../src/core/members/memberList.ts'
import { getMember } from '../../../src/core/members/memberRead.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'

const tempDir = useTempDir()

/** A club file as the first released schema wrote it. */
async function makeVersion1File(path: string): Promise<void> {
  const sqlite = openSqlite(path, { mustExist: false })
  sqlite.pragma(`application_id = ${kreisApplicationId}`)
  applyPragmas(sqlite, path)
  const db = createKysely(sqlite)
  await db.transaction().execute((trx) => v1.up(trx))
  await sql`insert into club (id, name, kind, locale, year_start_month, created_at, updated_at)
    values (1, 'Alter Club', 'rotary', 'de', 7, 't', 't')`.execute(db)
  await sql`insert into member (member_number, kind, status, first_name, last_name, company, email,
      phone, mobile, street, house_number, postcode, town, country, join_date, created_at, updated_at)
    values ('0007', 'person', 'active', 'Jürgen', 'Müller', 'Müller GmbH', 'jm@example.de',
      '069 123', '0151 234', 'Zeil', '1', '60311', 'Frankfurt am Main', 'DE', '2001-07-01', 't', 't')`.execute(
    db,
  )
  await db.destroy()
}

describe('upgrading a version 1 club file', () => {
  it('keeps every member, moves contact data to the new columns and builds the search index', async () => {
    const dir = tempDir()
    const path = join(dir, 'alt.kreis')
    await makeVersion1File(path)
    const file = await openClubFile(path, { clock: fixedClock, backupDir: join(dir, 'backups') })
    try {
      expect(file.migratedFrom).toBe(1)
      expect(file.schemaVersion).toBe(latestSchemaVersion)
      const page = await listMembers(file.db, { search: 'mueller frankfurt' }, 'de', fixedClock)
      expect(page.total).toBe(1)
      const member = await getMember(file.db, page.rows[0]?.id ?? 0)
      expect(member).toMatchObject({
        memberNumber: '0007',
        emailBusiness: 'jm@example.de',
        phoneBusiness: '069 123',
        phoneMobile: '0151 234',
        businessAddress: {
          street: 'Zeil',
          houseNumber: '1',
          postcode: '60311',
          town: 'Frankfurt am Main',
        },
        company: 'Müller GmbH',
      })
      // The counter continues after the highest number, so 0007 is never handed out again.
      const club = await file.db
        .selectFrom('club')
        .select('member_number_next')
        .executeTakeFirstOrThrow()
      expect(club.member_number_next).toBe(8)
      const roles = await file.db.selectFrom('role').select('key').execute()
      expect(roles.map((r) => r.key)).toContain('president')
    } finally {
      await file.db.destroy()
    }
  })
})
