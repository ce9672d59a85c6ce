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

// Handel ─ Einzelhandel ─ Lebensmittel, and Handwerk beside it.
const sectors = { trade: 0, retail: 0, food: 0, crafts: 0 }
const members = { anna: 0, bernd: 0, clara: 0, dora: 0, emil: 0, frieda: 0 }
let db: Kysely<Database>

async function addSector(code: string, parent: number | null): Promise<number> {
  const row = await db
    .insertInto('sector')
    .values({ code, name_de: code, name_en: code, parent_id: parent, sort_order: 0, active: 1 })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

async function secondary(memberId: number, sectorId: number): Promise<void> {
  await db
    .insertInto('member_sector')
    .values({ member_id: memberId, sector_id: sectorId })
    .execute()
}

async function list(query: MemberListQuery) {
  const page = await listMembers(db, query, 'de', fixedClock)
  return { total: page.total, names: page.rows.map((r) => r.lastName) }
}

beforeEach(async () => {
  db = (await openClub()).db
  sectors.trade = await addSector('T-TRADE', null)
  sectors.retail = await addSector('T-RETAIL', sectors.trade)
  sectors.food = await addSector('T-FOOD', sectors.retail)
  sectors.crafts = await addSector('T-CRAFTS', null)
  const [anna, bernd, clara, dora, emil, frieda] = await createMembers(
    db,
    [
      person({ lastName: 'Anna', sectorId: sectors.food }),
      person({ lastName: 'Bernd', sectorId: sectors.crafts }),
      person({ lastName: 'Clara', sectorId: sectors.crafts }),
      person({ lastName: 'Dora' }),
      person({ lastName: 'Emil', sectorId: sectors.trade }),
      person({ lastName: 'Frieda', sectorId: sectors.trade }),
    ],
    'active',
    fixedClock,
  )
  Object.assign(members, { anna, bernd, clara, dora, emil, frieda })
  await secondary(members.bernd, sectors.retail)
  await secondary(members.dora, sectors.food)
  // Emil's secondary sector lies in the same subtree as his primary one: he counts once.
  await secondary(members.emil, sectors.food)
  await changeStatus(db, members.frieda, 'resign', '2026-10-01', '', fixedClock)
})

describe('filtering the members list by sector', () => {
  it('finds members by primary or secondary sector in the subtree, each once', async () => {
    expect(await list({ sectorIds: [sectors.trade] })).toEqual({
      total: 4,
      names: ['Anna', 'Bernd', 'Dora', 'Emil'],
    })
    expect(await list({ sectorIds: [sectors.retail] })).toEqual({
      total: 4,
      names: ['Anna', 'Bernd', 'Dora', 'Emil'],
    })
    expect(await list({ sectorIds: [sectors.food] })).toEqual({
      total: 3,
      names: ['Anna', 'Dora', 'Emil'],
    })
    expect(await list({ sectorIds: [sectors.crafts] })).toEqual({
      total: 2,
      names: ['Bernd', 'Clara'],
    })
    expect(await list({ sectorIds: [sectors.food, sectors.crafts] })).toEqual({
      total: 5,
      names: ['Anna', 'Bernd', 'Clara', 'Dora', 'Emil'],
    })
  })

  it('counts the whole filter while returning one page', async () => {
    expect(await list({ sectorIds: [sectors.trade], limit: 2, offset: 1 })).toEqual({
      total: 4,
      names: ['Bernd', 'Dora'],
    })
    expect(
      await list({ sectorIds: [sectors.trade], sort: 'name', descending: true, limit: 1 }),
    ).toEqual({ total: 4, names: ['Emil'] })
  })

  it('combines with the status filter and the former switch', async () => {
    expect(await list({ sectorIds: [sectors.trade], includeFormer: true })).toEqual({
      total: 5,
      names: ['Anna', 'Bernd', 'Dora', 'Emil', 'Frieda'],
    })
    expect(await list({ sectorIds: [sectors.trade], statuses: ['former'] })).toEqual({
      total: 1,
      names: ['Frieda'],
    })
    expect(await list({ sectorIds: [sectors.crafts], statuses: ['former'] })).toEqual({
      total: 0,
      names: [],
    })
  })

  it('combines with a search', async () => {
    expect(await list({ sectorIds: [sectors.food], search: 'dor' })).toEqual({
      total: 1,
      names: ['Dora'],
    })
    expect(await list({ sectorIds: [sectors.crafts], search: 'dora' })).toEqual({
      total: 0,
      names: [],
    })
    expect(
      await list({ sectorIds: [sectors.trade], search: 'frieda', includeFormer: true }),
    ).toEqual({ total: 1, names: ['Frieda'] })
    expect(await list({ sectorIds: [sectors.trade], search: 'frieda' })).toEqual({
      total: 0,
      names: [],
    })
  })

  it('follows secondary sectors as they are added and removed', async () => {
    await secondary(members.clara, sectors.food)
    expect((await list({ sectorIds: [sectors.trade] })).total).toBe(5)
    await db.deleteFrom('member_sector').where('member_id', '=', members.dora).execute()
    expect((await list({ sectorIds: [sectors.trade] })).names).toEqual([
      'Anna',
      'Bernd',
      'Clara',
      'Emil',
    ])
  })

  it('finds nobody for a sector that does not exist', async () => {
    expect(await list({ sectorIds: [999_999] })).toEqual({ total: 0, names: [] })
  })
})
