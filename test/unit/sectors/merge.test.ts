import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { historyOf } from '../../../src/core/members/history.ts'
import { sectorTree } from '../../../src/core/sectors/counts.ts'
import { setSectorActive, setSectorTargets } from '../../../src/core/sectors/flags.ts'
import { mergeSectors } from '../../../src/core/sectors/merge.ts'
import { saveSector } from '../../../src/core/sectors/save.ts'
import { searchSectors } from '../../../src/core/sectors/search.ts'
import { fixedClock } from '../../support/temp.ts'
import { useWzClub, type SectorClub } from '../../support/sectorClub.ts'

const wzClub = useWzClub()

async function sectorsOf(club: SectorClub, memberId: number) {
  const member = await club.db
    .selectFrom('member')
    .select('sector_id')
    .where('id', '=', memberId)
    .executeTakeFirstOrThrow()
  const secondary = await club.db
    .selectFrom('member_sector')
    .select('sector_id')
    .where('member_id', '=', memberId)
    .orderBy('sector_id')
    .execute()
  return { primary: member.sector_id, secondary: secondary.map((r) => r.sector_id) }
}

describe('merging sectors', () => {
  it('moves members, further sectors, children and the target flag, then retires the source', async () => {
    const club = await wzClub()
    // Printing (a group with four classes) goes into publishing.
    const source = await club.id('18.1')
    const target = await club.id('58.1')
    const a = await club.add({ sector: '18.1', lastName: 'Albrecht' })
    const b = await club.add({ sector: '18.1', lastName: 'Berger', status: 'former' })
    const c = await club.add({ sector: '69.20.3', secondary: ['18.1', '58.1'] })
    const d = await club.add({ sector: '58.1', secondary: ['18.1'] })
    const e = await club.add({ sector: '18.11.0' })
    await setSectorTargets(club.db, [source], true)

    expect(await mergeSectors(club.db, source, target, fixedClock)).toEqual({ movedMembers: 2 })

    expect(await sectorsOf(club, a)).toEqual({ primary: target, secondary: [] })
    expect(await sectorsOf(club, b)).toEqual({ primary: target, secondary: [] })
    // Moved without a second row for the same sector.
    expect(await sectorsOf(club, c)).toEqual({
      primary: await club.id('69.20.3'),
      secondary: [target],
    })
    // Never the primary sector again as a further one.
    expect(await sectorsOf(club, d)).toEqual({ primary: target, secondary: [] })
    // Members of the children stay where they are; the children move.
    expect(await sectorsOf(club, e)).toEqual({ primary: await club.id('18.11.0'), secondary: [] })

    const { sectors } = await sectorTree(club.db)
    const at = (code: string) => sectors.find((s) => s.code === code)
    expect(at('18.1')).toMatchObject({ active: false, mergedIntoId: target, target: false })
    expect(at('58.1')).toMatchObject({ active: true, target: true, activeMembers: 3 })
    expect(at('18.11')).toMatchObject({ parentId: target, depth: 4 })
    expect(at('18.11.0')).toMatchObject({ depth: 5, active: true })
    expect(at('18.13')?.parentId).toBe(target)
    // Children come after the target's own.
    const children = sectors.filter((s) => s.parentId === target).map((s) => s.code)
    expect(children.slice(0, 2)).toEqual(['58.11', '58.12'])
    expect(children.at(-1)).toBe('18.14')

    const [entry] = await historyOf(club.db, a)
    expect(entry).toMatchObject({
      action: 'sectorMerge',
      field: 'sector_id',
      oldValue: '18.1 Herstellung von Druckerzeugnissen',
      newValue:
        '58.1 Verlegen von Büchern und Zeitschriften; sonstiges Verlagswesen (ohne Software)',
    })
    expect((await historyOf(club.db, c)).some((h) => h.action === 'sectorMerge')).toBe(false)

    const found = await searchSectors(club.db, { search: '18.1', includeRetired: false, limit: 50 })
    expect(found.map((o) => o.code)).not.toContain('18.1')
  })

  it('writes the history in the club language', async () => {
    const club = await wzClub()
    await club.db.updateTable('club').set({ locale: 'en' }).execute()
    const member = await club.add({ sector: '69.20.3' })
    await mergeSectors(club.db, await club.id('69.20.3'), await club.id('69.20.1'), fixedClock)
    const [entry] = await historyOf(club.db, member)
    expect(entry?.oldValue).toBe(
      '69.20.3 Activities of agents in tax matters, tax consultants, tax consulting companies',
    )
    expect(entry?.newValue).toMatch(/^69\.20\.1 /)
  })

  it('refuses to merge into itself, its subtree, a retired or an unknown sector', async () => {
    const club = await wzClub()
    const source = await club.id('69.2')
    await expect(mergeSectors(club.db, source, source, fixedClock)).rejects.toMatchObject({
      code: 'sector.mergeSelf',
    })
    await expect(
      mergeSectors(club.db, source, await club.id('69.20.3'), fixedClock),
    ).rejects.toMatchObject({ code: 'sector.mergeSelf' })
    await setSectorActive(club.db, await club.id('69.1'), false)
    await expect(
      mergeSectors(club.db, source, await club.id('69.10'), fixedClock),
    ).rejects.toMatchObject({ code: 'sector.retired', params: { code: '69.10' } })
    await expect(mergeSectors(club.db, source, 999_999, fixedClock)).rejects.toMatchObject({
      code: 'sector.notFound',
    })
  })

  it('no longer shows a reactivated sector as merged; its members stay moved', async () => {
    const club = await wzClub()
    const source = await club.id('69.20.3')
    const target = await club.id('69.20.1')
    const member = await club.add({ sector: '69.20.3' })
    await mergeSectors(club.db, source, target, fixedClock)
    await setSectorActive(club.db, source, true)
    const { sectors } = await sectorTree(club.db)
    expect(sectors.find((s) => s.id === source)).toMatchObject({ active: true, mergedIntoId: null })
    expect((await sectorsOf(club, member)).primary).toBe(target)
  })

  it('is all or nothing', async () => {
    const club = await wzClub()
    const source = await club.id('69.20.3')
    const target = await club.id('69.20.1')
    const member = await club.add({ sector: '69.20.3', secondary: ['69.20.4'] })
    const child = await saveSector(club.db, {
      id: null,
      code: '69.20.3-01',
      nameDe: 'Steuerberatung',
      nameEn: 'Tax advice',
      parentId: source,
    })
    // A trigger that fails the last step, after members and children have moved.
    await sql`create trigger refuse_retire before update of merged_into_id on sector
      begin select raise(abort, 'refused'); end`.execute(club.db)
    await expect(mergeSectors(club.db, source, target, fixedClock)).rejects.toThrow(/refused/)
    expect(await sectorsOf(club, member)).toEqual({
      primary: source,
      secondary: [await club.id('69.20.4')],
    })
    expect(await historyOf(club.db, member)).not.toContainEqual(
      expect.objectContaining({ action: 'sectorMerge' }),
    )
    const { sectors } = await sectorTree(club.db)
    expect(sectors.find((s) => s.id === child.id)?.parentId).toBe(source)
    expect(sectors.find((s) => s.id === source)?.active).toBe(true)
  })
})
