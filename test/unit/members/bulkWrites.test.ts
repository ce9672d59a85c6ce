import { sql, type Kysely } from 'kysely'
import { beforeEach, describe, expect, it } from 'vitest'
import { bulkInsert, nextId, withoutIndexes } from '../../../src/core/db/bulkInsert.ts'
import { applyPragmas, createKysely, openSqlite } from '../../../src/core/db/connection.ts'
import type { ClubFile } from '../../../src/core/db/openClubFile.ts'
import type { Database } from '../../../src/core/db/schema.ts'
import { listMembers } from '../../../src/core/members/memberList.ts'
import { createMembers } from '../../../src/core/members/memberWrite.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { person } from '../../support/members.ts'
import { fixedClock } from '../../support/temp.ts'

const openClub = useOpenClub()
let file: ClubFile
let db: Kysely<Database>

beforeEach(async () => {
  file = await openClub()
  db = file.db
})

const memberIndexes = async (on: Kysely<Database> = db) =>
  (
    await sql<{ name: string; sql: string | null }>`select name, sql from sqlite_master
      where type = 'index' and tbl_name = 'member' order by name`.execute(on)
  ).rows

const total = async (search: string) =>
  (await listMembers(db, { search, limit: 1 }, 'de', fixedClock)).total

describe('bulk writes', () => {
  it('hands back the ids of the inserted rows in their order', async () => {
    const ids = await createMembers(
      db,
      Array.from({ length: 250 }, (_, i) => person({ lastName: `Name${String(i)}` })),
      'active',
      fixedClock,
    )
    const rows = await db.selectFrom('member').select(['id', 'last_name']).orderBy('id').execute()
    expect(rows.map((r) => r.id)).toEqual(ids)
    expect(rows.map((r) => r.last_name)).toEqual(ids.map((_, i) => `Name${String(i)}`))
  })

  it('writes members in the order of their numbers and still hands back ids in input order', async () => {
    const numbers = Array.from({ length: 300 }, (_, i) =>
      String((i * 7919) % 1000).padStart(4, '0'),
    )
    const ids = await createMembers(
      db,
      numbers.map((memberNumber) => person({ memberNumber, lastName: `Nr${memberNumber}` })),
      'active',
      fixedClock,
    )
    const byId = new Map(
      (await db.selectFrom('member').select(['id', 'member_number', 'last_name']).execute()).map(
        (m) => [m.id, m],
      ),
    )
    expect(ids.map((id) => byId.get(id)?.member_number)).toEqual(numbers)
    const sorted = [...byId.values()].sort((a, b) => a.id - b.id).map((m) => m.member_number)
    expect(sorted).toEqual([...numbers].sort())
    // Each one is found by its own name: the search index holds every row under its member's id.
    const found = await listMembers(db, { search: `Nr${numbers[1] ?? ''}` }, 'de', fixedClock)
    expect(found.rows.map((m) => m.id)).toEqual([ids[1]])
  })

  it('indexes hundreds of new members at once and restores the index settings', async () => {
    await createMembers(
      db,
      Array.from({ length: 350 }, (_, i) =>
        person({ firstName: i % 2 === 0 ? 'Jürgen' : 'Anna', lastName: 'Weiß' }),
      ),
      'active',
      fixedClock,
    )
    expect(await total('juergen weiss')).toBe(175)
    expect(await total('weiß')).toBe(350)
    const { rows } = await sql<{ v: number | null }>`select
      (select v from member_search_config where k = 'hashsize') as v`.execute(db)
    expect(rows[0]?.v ?? 1024 * 1024).toBe(1024 * 1024)
  })

  it('never gives a new member the id of one deleted before, alone or in bulk', async () => {
    const first = await createMembers(
      db,
      ['Alt', 'Mitte', 'Gelöscht'].map((lastName) => person({ lastName })),
      'active',
      fixedClock,
    )
    const gone = first[2] ?? 0
    await db.deleteFrom('member_search').where('rowid', '=', gone).execute()
    await db.deleteFrom('member').where('id', '=', gone).execute()
    expect(await nextId(db, 'member')).toBe(gone + 1)
    const [alone] = await createMembers(db, [person({ lastName: 'Neu' })], 'active', fixedClock)
    const many = await createMembers(
      db,
      Array.from({ length: 150 }, (_, i) => person({ lastName: `Viele${String(i)}` })),
      'active',
      fixedClock,
    )
    expect(alone).toBe(gone + 1)
    expect(many[0]).toBe(gone + 2)
    expect(await total('geloscht')).toBe(0)
    expect(await total('neu')).toBe(1)
    expect(await total('viele149')).toBe(1)
  })

  it('indexes a member whose fields hold the characters the fold joins texts with', async () => {
    await createMembers(
      db,
      [
        person({ firstName: 'Anna', lastName: 'Nul\u0000Byte', company: 'Eins\u0001Zwei' }),
        ...Array.from({ length: 150 }, (_, i) => person({ lastName: `Straße${String(i)}` })),
      ],
      'active',
      fixedClock,
    )
    expect(await total('byte')).toBe(1)
    expect(await total('zwei')).toBe(1)
    expect(await total('strasse149')).toBe(1)
  })

  it('rebuilds the indexes it dropped, and keeps them when the write fails', async () => {
    const before = await memberIndexes()
    expect(before.some((i) => i.sql === null)).toBe(true)
    await db.transaction().execute((trx) =>
      withoutIndexes(trx, 'member', async () => {
        // Unique indexes stay and keep refusing duplicates while the others are gone.
        const names = (await memberIndexes(trx)).map((i) => i.name)
        expect(names).toEqual(before.filter((i) => i.sql === null).map((i) => i.name))
        await createMembers(trx, [person()], 'active', fixedClock)
      }),
    )
    expect(await memberIndexes()).toEqual(before)

    await expect(
      db.transaction().execute((trx) =>
        withoutIndexes(trx, 'member', async () => {
          await bulkInsert(trx, 'member_history', ['member_id', 'at', 'action'], [{}])
        }),
      ),
    ).rejects.toThrow()
    expect(await memberIndexes()).toEqual(before)
  })
})

describe('kept statements', () => {
  it('follow changes to the schema', async () => {
    const count = () => db.selectFrom('member_sector').select((eb) => eb.fn.countAll().as('n'))
    expect(await count().executeTakeFirst()).toEqual({ n: 0 })
    await sql`alter table member_sector rename to member_sector_old`.execute(db)
    await sql`create table member_sector (member_id, sector_id, note)`.execute(db)
    await sql`insert into member_sector values (1, 2, 'x')`.execute(db)
    expect(await count().executeTakeFirst()).toEqual({ n: 1 })
  })
})

describe('kept searches', () => {
  it('see members another connection adds', async () => {
    await createMembers(db, [person({ lastName: 'Erster' })], 'active', fixedClock)
    expect(await total('e')).toBe(1)
    const sqlite = openSqlite(file.path, { mustExist: true })
    applyPragmas(sqlite, file.path)
    const other = createKysely(sqlite)
    try {
      await createMembers(other, [person({ lastName: 'Eins' })], 'active', fixedClock)
    } finally {
      await other.destroy()
    }
    expect(await total('e')).toBe(2)
  })
})
