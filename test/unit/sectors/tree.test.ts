import { describe, expect, it } from 'vitest'
import type { SectorInput, SectorOption } from '../../../src/api/sectors.ts'
import { sectorTree } from '../../../src/core/sectors/counts.ts'
import { setSectorActive, setSectorTargets } from '../../../src/core/sectors/flags.ts'
import { saveSector } from '../../../src/core/sectors/save.ts'
import { searchSectors } from '../../../src/core/sectors/search.ts'
import { useWzClub } from '../../support/sectorClub.ts'

const wzClub = useWzClub()

describe('the sector tree with counts', () => {
  it('counts members over whole subtrees: active ones, and all but former ones', async () => {
    const club = await wzClub()
    await club.add({ sector: '69.20.3' })
    await club.add({ sector: '69.20.3', status: 'honorary' })
    await club.add({ sector: '69.20.1', status: 'on_leave' })
    await club.add({ sector: '69.20', status: 'prospect' })
    await club.add({ sector: '69.10.1' })
    await club.add({ sector: '69.20.3', status: 'former', leaveDate: '2020-06-30' })
    await club.add({ sector: '10.11.0' })
    await club.add({ sector: null })
    const { sectors } = await sectorTree(club.db)
    const at = (code: string) => sectors.find((s) => s.code === code)
    expect(at('69.20.3')).toMatchObject({ activeMembers: 1, allMembers: 2 })
    expect(at('69.20.1')).toMatchObject({ activeMembers: 0, allMembers: 1 })
    expect(at('69.20')).toMatchObject({ activeMembers: 1, allMembers: 4 })
    expect(at('69.2')).toMatchObject({ activeMembers: 1, allMembers: 4 })
    expect(at('69')).toMatchObject({ activeMembers: 2, allMembers: 5 })
    expect(at('M')).toMatchObject({ activeMembers: 2, allMembers: 5, depth: 1 })
    expect(at('C')).toMatchObject({ activeMembers: 1, allMembers: 1 })
    expect(at('A')).toMatchObject({ activeMembers: 0, allMembers: 0, target: false })
  })

  it('lists each sector after its parent, siblings in their order', async () => {
    const club = await wzClub()
    const { sectors } = await sectorTree(club.db)
    const position = new Map(sectors.map((s, i) => [s.id, i]))
    for (const [i, sector] of sectors.entries()) {
      if (sector.parentId === null) expect(sector.depth).toBe(1)
      else {
        expect(position.get(sector.parentId)).toBeLessThan(i)
        expect(sectors[position.get(sector.parentId) as number]?.depth).toBe(sector.depth - 1)
      }
    }
  })
})

describe('searching sectors for a picker', () => {
  it('finds sectors by German and English names, and by code', async () => {
    const club = await wzClub()
    const codes = async (search: string, limit = 50) =>
      (await searchSectors(club.db, { search, includeRetired: false, limit })).map((o) => o.code)

    const steuer = await codes('Steuer')
    expect(steuer).toContain('69.20')
    expect(steuer).toContain('69.20.3')
    expect(await codes('steuerberatung')).toContain('69.20')
    expect((await codes('69.20'))[0]).toBe('69.20')
    expect(await codes('69.20')).toEqual(['69.20', '69.20.1', '69.20.2', '69.20.3', '69.20.4'])
    expect(await codes('tax consult')).toContain('69.20.3')
    expect(await codes('Accounting')).toContain('69.20')
  })

  it('folds umlauts, their transcriptions and ß alike', async () => {
    const club = await wzClub()
    const codes = async (search: string) =>
      (await searchSectors(club.db, { search, includeRetired: false, limit: 200 })).map(
        (o) => o.code,
      )
    // 42.11 Bau von Straßen
    expect(await codes('Strassen')).toContain('42.11')
    expect(await codes('straßen')).toContain('42.11')
    // 69.20 Wirtschaftsprüfung …
    expect(await codes('Wirtschaftspruefung')).toContain('69.20')
    expect(await codes('wirtschaftsprufung')).toContain('69.20')
    // Cafés
    expect(await codes('cafe')).toContain('56.10.4')
  })

  it('puts code matches first, then names that start with the words, then the rest', async () => {
    const club = await wzClub()
    const byWord = await searchSectors(club.db, {
      search: 'Steuerberatung',
      includeRetired: false,
      limit: 10,
    })
    // No name starts with it; these three hold it as a word, in tree order.
    expect(byWord.slice(0, 3).map((o) => o.code)).toEqual(['69', '69.2', '69.20'])
    const tier = (o: SectorOption, text: string) => {
      const names = [o.nameDe.toLowerCase(), o.nameEn.toLowerCase()]
      if (o.code.toLowerCase().startsWith(text)) return 0
      if (names.some((n) => n.startsWith(text))) return 1
      if (names.some((n) => new RegExp(`[^\\p{L}\\p{N}]${text}`, 'u').test(n))) return 2
      return 3
    }
    for (const text of ['bau', 'm', '01', 'handel']) {
      const found = await searchSectors(club.db, {
        search: text,
        includeRetired: false,
        limit: 200,
      })
      const tiers = found.map((o) => tier(o, text))
      expect(tiers).toEqual([...tiers].sort((a, b) => a - b))
    }
    const bau = await searchSectors(club.db, { search: 'bau', includeRetired: false, limit: 200 })
    expect(new Set(bau.map((o) => tier(o, 'bau')))).toEqual(new Set([1, 2, 3]))
    expect(
      (await searchSectors(club.db, { search: 'm', includeRetired: false, limit: 5 }))[0]?.code,
    ).toBe('M')
  })

  it('gives the names of the ancestors in both languages', async () => {
    const club = await wzClub()
    const [option] = await searchSectors(club.db, {
      search: '69.20.3',
      includeRetired: false,
      limit: 1,
    })
    expect(option).toMatchObject({
      code: '69.20.3',
      active: true,
      pathDe: [
        'Erbringung von freiberuflichen, wissenschaftlichen und technischen Dienstleistungen',
        'Rechts- und Steuerberatung, Wirtschaftsprüfung',
        'Wirtschaftsprüfung und Steuerberatung; Buchführung',
        'Wirtschaftsprüfung und Steuerberatung; Buchführung',
      ],
    })
    expect(option?.pathEn[0]).toBe('Professional, scientific and technical activities')
  })

  it('honours the limit and offers the tree from the top for an empty search', async () => {
    const club = await wzClub()
    const options = await searchSectors(club.db, { search: '  ', includeRetired: false, limit: 3 })
    expect(options.map((o) => o.code)).toEqual(['A', '01', '01.1'])
  })
})

describe('saving a sector', () => {
  const input = (fields: Partial<SectorInput>): SectorInput => ({
    id: null,
    code: 'X1',
    nameDe: 'Neu',
    nameEn: 'New',
    parentId: null,
    ...fields,
  })

  it('adds a sector last among its siblings and renames, recodes and moves it', async () => {
    const club = await wzClub()
    const parentId = await club.id('69.20')
    const added = await saveSector(club.db, input({ code: '69.20.9', parentId }))
    expect(added).toMatchObject({ code: '69.20.9', depth: 5, parentId, active: true })
    const { sectors } = await sectorTree(club.db)
    const children = sectors.filter((s) => s.parentId === parentId).map((s) => s.code)
    expect(children.at(-1)).toBe('69.20.9')

    const moved = await saveSector(
      club.db,
      input({
        id: added.id,
        code: 'STB',
        nameDe: 'Steuerbüros',
        nameEn: 'Tax offices',
        parentId: await club.id('M'),
      }),
    )
    expect(moved).toMatchObject({ code: 'STB', nameDe: 'Steuerbüros', depth: 2 })
    const root = await saveSector(club.db, input({ id: added.id, code: 'STB', parentId: null }))
    expect(root.depth).toBe(1)
  })

  it('refuses a taken code, an unknown parent or sector, and a move into its own subtree', async () => {
    const club = await wzClub()
    await expect(saveSector(club.db, input({ code: '69.20' }))).rejects.toMatchObject({
      code: 'sector.codeTaken',
      params: { code: '69.20' },
    })
    await expect(saveSector(club.db, input({ parentId: 999_999 }))).rejects.toMatchObject({
      code: 'sector.notFound',
    })
    await expect(saveSector(club.db, input({ id: 999_999 }))).rejects.toMatchObject({
      code: 'sector.notFound',
    })
    const m = await club.id('M')
    const base = { code: 'M', nameDe: 'M', nameEn: 'M' }
    await expect(
      saveSector(club.db, input({ ...base, id: m, parentId: await club.id('69.20.3') })),
    ).rejects.toMatchObject({ code: 'sector.cycle' })
    await expect(saveSector(club.db, input({ ...base, id: m, parentId: m }))).rejects.toMatchObject(
      { code: 'sector.cycle' },
    )
    // Keeping its own code is no clash.
    await expect(saveSector(club.db, input({ ...base, id: m }))).resolves.toMatchObject({
      code: 'M',
    })
  })

  it('refuses a new child under a retired sector', async () => {
    const club = await wzClub()
    const parentId = await club.id('69.20')
    await setSectorActive(club.db, parentId, false)
    await expect(saveSector(club.db, input({ parentId }))).rejects.toMatchObject({
      code: 'sector.retired',
      params: { code: '69.20' },
    })
  })
})

describe('retiring and reactivating', () => {
  it('retires the subtree, which disappears from the picker', async () => {
    const club = await wzClub()
    await setSectorActive(club.db, await club.id('69.20'), false)
    const { sectors } = await sectorTree(club.db)
    const active = (code: string) => sectors.find((s) => s.code === code)?.active
    expect(active('69.20')).toBe(false)
    expect(active('69.20.3')).toBe(false)
    expect(active('69.2')).toBe(true)
    expect(active('69.10')).toBe(true)
    const search = async (includeRetired: boolean) =>
      (await searchSectors(club.db, { search: 'Steuerberatung', includeRetired, limit: 50 })).map(
        (o) => [o.code, o.active],
      )
    expect(await search(false)).not.toContainEqual(['69.20', false])
    expect((await search(false)).map(([code]) => code)).not.toContain('69.20.3')
    expect(await search(true)).toContainEqual(['69.20', false])
  })

  it('reactivates a sector with its ancestors, not its siblings', async () => {
    const club = await wzClub()
    await setSectorActive(club.db, await club.id('69'), false)
    await setSectorActive(club.db, await club.id('69.20.3'), true)
    const { sectors } = await sectorTree(club.db)
    const active = (code: string) => sectors.find((s) => s.code === code)?.active
    expect(['69', '69.2', '69.20', '69.20.3'].map(active)).toEqual([true, true, true, true])
    expect(['69.20.1', '69.1', '69.10.1'].map(active)).toEqual([false, false, false])
    await expect(setSectorActive(club.db, 999_999, true)).rejects.toMatchObject({
      code: 'sector.notFound',
    })
  })

  it('marks targets, refusing retired or unknown sectors', async () => {
    const club = await wzClub()
    const ids = [await club.id('69.20.3'), await club.id('71.11.1')]
    await setSectorTargets(club.db, ids, true)
    let { sectors } = await sectorTree(club.db)
    expect(sectors.filter((s) => s.target).map((s) => s.code)).toEqual(['69.20.3', '71.11.1'])
    await setSectorTargets(club.db, [ids[0] as number], false)
    ;({ sectors } = await sectorTree(club.db))
    expect(sectors.filter((s) => s.target).map((s) => s.code)).toEqual(['71.11.1'])
    await setSectorActive(club.db, await club.id('69'), false)
    await expect(setSectorTargets(club.db, [ids[0] as number], true)).rejects.toMatchObject({
      code: 'sector.retired',
    })
    await expect(setSectorTargets(club.db, [999_999], true)).rejects.toMatchObject({
      code: 'sector.notFound',
    })
  })
})
