import type { Kysely } from 'kysely'
import { beforeEach, describe, expect, it } from 'vitest'
import type { MemberListQuery } from '../../../src/api/members.ts'
import type { Database } from '../../../src/core/db/schema.ts'
import { listMembers } from '../../../src/core/members/memberList.ts'
import { changeStatus } from '../../../src/core/members/memberStatus.ts'
import { createMembers } from '../../../src/core/members/memberWrite.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { person } from '../../support/members.ts'
import { fixedClock } from '../../support/temp.ts'

const openClub = useOpenClub()
let db: Kysely<Database>

const at = (town: string) => ({
  street: '',
  houseNumber: '',
  postcode: '',
  town,
  country: 'DE',
})

beforeEach(async () => {
  db = (await openClub()).db
  // 400 namesakes from Offenbach sort before 100 people from Frankfurt am Main, so a walk
  // along the name index meets the matches only after several chunks of equal names.
  const offenbach = Array.from({ length: 400 }, () =>
    person({ firstName: 'Anna', lastName: 'Aal', businessAddress: at('Offenbach am Main') }),
  )
  const frankfurt = Array.from({ length: 100 }, (_, i) =>
    person({
      firstName: ['Jürgen', 'Jurgen', 'Özlem', 'Otto'][i % 4] ?? '',
      lastName: ['Zöllner', 'Zoellner', 'Zander', 'Zuse', 'Müller'][i % 5] ?? '',
      businessAddress: at('Frankfurt am Main'),
    }),
  )
  await createMembers(
    db,
    [...frankfurt.slice(0, 50), ...offenbach, ...frankfurt.slice(50)],
    'active',
    fixedClock,
  )
})

const ids = async (query: MemberListQuery) => {
  const page = await listMembers(db, query, 'de', fixedClock)
  return { total: page.total, ids: page.rows.map((r) => r.id) }
}

const columns = {
  name: 'sort_key_de',
  memberNumber: 'member_number',
  status: 'status',
  town: 'business_town',
  joinDate: 'join_date',
} as const

/** What a search for Frankfurt must list, straight from SQL. */
async function frankfurtInOrder(sort: keyof typeof columns, descending: boolean) {
  const direction = descending ? 'desc' : 'asc'
  const rows = await db
    .selectFrom('member')
    .select('id')
    .where('business_town', '=', 'Frankfurt am Main')
    .orderBy(columns[sort], direction)
    .orderBy('id', direction)
    .execute()
  return rows.map((r) => r.id)
}

describe('paging through a search', () => {
  it('returns every page of a broad search in sort order, with the exact total', async () => {
    for (const sort of ['name', 'memberNumber', 'status', 'town', 'joinDate'] as const) {
      for (const descending of [false, true]) {
        const expected = await frankfurtInOrder(sort, descending)
        for (let offset = 0; offset < 110; offset += 7) {
          const query = { search: 'frankfurt', sort, descending, offset, limit: 7 }
          expect(await ids(query), `${sort} ${descending} ${offset}`).toEqual({
            total: 100,
            ids: expected.slice(offset, offset + 7),
          })
          // A filter every member passes takes the filtered path to the same page.
          expect(await ids({ ...query, kinds: ['person'] })).toEqual(await ids(query))
        }
      }
    }
  })

  it('sorts matches by DIN 5007-2 and equal names by number, whichever path answers', async () => {
    const names = async (query: MemberListQuery) =>
      (await listMembers(db, query, 'de', fixedClock)).rows.map(
        (r) => `${r.lastName ?? ''} ${r.firstName ?? ''}`,
      )
    const five = (name: string) => Array<string>(5).fill(name)
    // Ü reads as UE: Jürgen before Jurgen, Özlem before Otto.
    expect(await names({ search: 'main', offset: 400, limit: 30 })).toEqual([
      ...five('Müller Jürgen'),
      ...five('Müller Jurgen'),
      ...five('Müller Özlem'),
      ...five('Müller Otto'),
      ...five('Zander Jürgen'),
      ...five('Zander Jurgen'),
    ])
    // Zöllner and Zoellner share one sort key; the member number (creation order) decides.
    expect(await names({ search: 'zoll', limit: 4 })).toEqual([
      'Zöllner Jürgen',
      'Zoellner Jürgen',
      'Zöllner Jürgen',
      'Zoellner Jürgen',
    ])
  })

  it('never matches the state a member is in', async () => {
    expect((await ids({ search: 'c' })).total).toBe(0)
    expect((await ids({ search: 'current' })).total).toBe(0)
    const aal = (await ids({ search: 'aal', limit: 1 })).ids[0] ?? 0
    await changeStatus(db, aal, 'resign', '2026-10-01', '', fixedClock)
    expect((await ids({ search: 'former', includeFormer: true })).total).toBe(0)
    expect((await ids({ search: 'f', includeFormer: true })).total).toBe(100)
    expect((await ids({ search: 'aal', includeFormer: true })).total).toBe(400)
    expect((await ids({ search: 'aal' })).total).toBe(399)
  })

  it('never takes a member for a former one because of what their record holds', async () => {
    // The index marks former members with a private-use token and keeps no columns per term.
    await createMembers(
      db,
      [person({ firstName: '\uE000former', lastName: 'Unterwandert\uE000former' })],
      'active',
      fixedClock,
    )
    expect((await ids({ search: 'unterwandert' })).total).toBe(1)
    expect((await ids({ search: 'unterwandert', includeFormer: true })).total).toBe(1)
  })

  it('answers a page past the end with the total and no rows', async () => {
    expect(await ids({ search: 'frankfurt', offset: 100, limit: 10 })).toEqual({
      total: 100,
      ids: [],
    })
    expect(await ids({ search: 'nirgendwo' })).toEqual({ total: 0, ids: [] })
  })

  it('sees every write at once, although it keeps recent searches', async () => {
    const before = await ids({ search: 'frankfurt', limit: 500 })
    const [added] = await createMembers(
      db,
      [person({ lastName: 'Aachen', businessAddress: at('Frankfurt am Main') })],
      'active',
      fixedClock,
    )
    const after = await ids({ search: 'frankfurt', limit: 500 })
    expect(after.total).toBe(101)
    expect(after.ids[0]).toBe(added)
    expect(await ids({ search: 'frankfurt', limit: 1 })).toEqual({ total: 101, ids: [added] })

    const leaving = before.ids[3] ?? 0
    await changeStatus(db, leaving, 'resign', '2026-10-01', '', fixedClock)
    const without = await ids({ search: 'frankfurt', limit: 500 })
    expect(without.total).toBe(100)
    expect(without.ids).not.toContain(leaving)
    expect((await ids({ search: 'frankfurt', offset: 99, limit: 5 })).ids).toEqual(
      without.ids.slice(99),
    )
    expect((await ids({ search: 'frankfurt', includeFormer: true, limit: 500 })).total).toBe(101)
  })
})
