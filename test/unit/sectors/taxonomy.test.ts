import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ClubKind } from '../../../src/api/club.ts'
import type { SectorTree, Taxonomy } from '../../../src/api/sectors.ts'
import { openClubFile } from '../../../src/core/db/openClubFile.ts'
import { resourceDir } from '../../../src/core/resources.ts'
import { sectorTree } from '../../../src/core/sectors/counts.ts'
import { setSectorActive } from '../../../src/core/sectors/flags.ts'
import {
  addTaxonomy,
  loadTaxonomy,
  readTaxonomy,
  readTaxonomyCsv,
} from '../../../src/core/sectors/taxonomy.ts'
import { readWz2008 } from '../../../src/core/sectors/wz2008.ts'
import type { Session } from '../../../src/core/session/session.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { sectorClub } from '../../support/sectorClub.ts'
import { makeSession, value } from '../../support/session.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'

const openClub = useOpenClub()
const tempDir = useTempDir()

describe('WZ 2008 as shipped', () => {
  const entries = readWz2008()
  const byCode = new Map(entries.map((e) => [e.code, e]))

  it('has all 1,835 classifications on five levels', () => {
    expect(entries).toHaveLength(1835)
    expect(new Set(entries.map((e) => e.code)).size).toBe(1835)
    const level = (code: string) =>
      /^[A-U]$/.test(code)
        ? 1
        : code.length === 2
          ? 2
          : code.length === 4
            ? 3
            : code.length === 5
              ? 4
              : 5
    const perLevel = new Map<number, number>()
    for (const e of entries) perLevel.set(level(e.code), (perLevel.get(level(e.code)) ?? 0) + 1)
    expect([...perLevel]).toEqual([
      [1, 21],
      [2, 88],
      [3, 272],
      [4, 615],
      [5, 839],
    ])
  })

  it('names parents from the code and divisions from the section before them', () => {
    expect(byCode.get('01.11.0')?.parentCode).toBe('01.11')
    expect(byCode.get('01.11')?.parentCode).toBe('01.1')
    expect(byCode.get('01.1')?.parentCode).toBe('01')
    expect(byCode.get('01')?.parentCode).toBe('A')
    expect(byCode.get('A')?.parentCode).toBeNull()
    expect(byCode.get('10')?.parentCode).toBe('C')
    expect(byCode.get('69')?.parentCode).toBe('M')
    expect(byCode.get('99')?.parentCode).toBe('U')
    // Every parent comes before its children.
    const seen = new Set<string>()
    for (const e of entries) {
      if (e.parentCode !== null) expect(seen.has(e.parentCode)).toBe(true)
      seen.add(e.code)
    }
  })

  it('stores readable section names in both languages', () => {
    expect(byCode.get('A')).toMatchObject({
      nameDe: 'Land- und Forstwirtschaft, Fischerei',
      nameEn: 'Agriculture, forestry and fishing',
    })
    expect(byCode.get('M')?.nameDe).toBe(
      'Erbringung von freiberuflichen, wissenschaftlichen und technischen Dienstleistungen',
    )
    expect(byCode.get('T')?.nameEn).toBe(
      'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
    )
    expect(byCode.get('69.20')).toMatchObject({
      nameDe: 'Wirtschaftsprüfung und Steuerberatung; Buchführung',
      nameEn: 'Accounting, bookkeeping and auditing activities; tax consultancy',
    })
  })

  it('spells each German section as the file does, only not in capitals', () => {
    const file = readFileSync(
      join(resourceDir('sectors', 'wz2008-de.tsv'), 'wz2008-de.tsv'),
      'utf8',
    )
    const capitals = new Map(
      file
        .split('\n')
        .map((line) => line.split('\t'))
        .filter((cells) => /^[A-U]$/.test(cells[1] ?? ''))
        .map((cells) => [cells[1], (cells[2] ?? '').replace(/^ABSCHNITT [A-U] [-–] /, '').trim()]),
    )
    expect(capitals.size).toBe(21)
    for (const [code, title] of capitals) {
      expect(byCode.get(code as string)?.nameDe.toUpperCase()).toBe(title)
    }
  })

  it('cleans the blanks of the published titles', () => {
    for (const e of entries) {
      for (const name of [e.nameDe, e.nameEn]) {
        expect(name).toBe(name.trim())
        expect(name).not.toMatch(/\s{2}|\u00a0|\d[A-Za-z]{3}/)
        expect(name).not.toBe('')
      }
    }
    expect(byCode.get('28.96')?.nameDe).toBe(
      'Herstellung von Maschinen für die Verarbeitung von Kunststoffen und Kautschuk',
    )
    expect(byCode.get('81.29')?.nameDe).toBe('Reinigung a. n. g.')
  })
})

async function parentChain(db: Awaited<ReturnType<typeof openClub>>['db'], code: string) {
  const rows = await db.selectFrom('sector').select(['id', 'code', 'parent_id']).execute()
  const byId = new Map(rows.map((r) => [r.id, r]))
  let row = rows.find((r) => r.code === code)
  const chain: string[] = []
  while (row !== undefined) {
    chain.push(row.code)
    row = row.parent_id === null ? undefined : byId.get(row.parent_id)
  }
  return chain
}

describe('loading a taxonomy', () => {
  it('adds the whole WZ tree with its parents, once', async () => {
    const { db } = await openClub()
    expect(await loadTaxonomy(db, 'wz2008')).toBe(1835)
    expect(await parentChain(db, '01.11.0')).toEqual(['01.11.0', '01.11', '01.1', '01', 'A'])
    expect(await parentChain(db, '10')).toEqual(['10', 'C'])
    const { sectors } = await sectorTree(db)
    expect(sectors).toHaveLength(1835)
    expect(Math.max(...sectors.map((s) => s.depth))).toBe(5)
    expect(sectors.filter((s) => s.depth === 1).map((s) => s.code)).toEqual(
      'ABCDEFGHIJKLMNOPQRSTU'.split(''),
    )
    expect(sectors.find((s) => s.code === '69.20.3')).toMatchObject({
      nameDe:
        'Praxen von Steuerbevollmächtigten, Steuerberaterinnen und -beratern, Steuerberatungsgesellschaften',
      nameEn: 'Activities of agents in tax matters, tax consultants, tax consulting companies',
      depth: 5,
      active: true,
    })
    // Sort order is the file's order.
    expect(sectors.map((s) => s.code)).toEqual(readWz2008().map((e) => e.code))

    expect(await loadTaxonomy(db, 'wz2008')).toBe(0)
    expect(await db.selectFrom('sector').select('id').execute()).toHaveLength(1835)
  })

  it('leaves sectors the club has alone and hangs new ones under them by code', async () => {
    const { db } = await openClub()
    await db
      .insertInto('sector')
      .values({
        code: 'M',
        name_de: 'Freie Berufe',
        name_en: 'Professions',
        parent_id: null,
        sort_order: 1,
        active: 1,
      })
      .execute()
    expect(await loadTaxonomy(db, 'wz2008')).toBe(1834)
    const m = await db.selectFrom('sector').selectAll().where('code', '=', 'M').executeTakeFirst()
    expect(m).toMatchObject({ name_de: 'Freie Berufe', name_en: 'Professions' })
    expect(await parentChain(db, '69.20.3')).toEqual(['69.20.3', '69.20', '69.2', '69', 'M'])
  })

  it('reads a taxonomy in CSV form with parents named by code', async () => {
    const { db } = await openClub()
    const path = join(tempDir(), 'list.csv')
    writeFileSync(
      path,
      [
        'code;name_de;name_en;parent_code',
        'M;Freiberufliche Dienstleistungen;Professional services;',
        '69.20.3-01;Steuerberatung;Tax advice;M',
        '69.20.3-02;Wirtschaftsprüfung;Auditing;M',
        'X1;Lose;Loose;',
      ].join('\r\n'),
    )
    const entries = await readTaxonomyCsv(path)
    expect(entries).toEqual([
      {
        code: 'M',
        nameDe: 'Freiberufliche Dienstleistungen',
        nameEn: 'Professional services',
        parentCode: null,
      },
      { code: '69.20.3-01', nameDe: 'Steuerberatung', nameEn: 'Tax advice', parentCode: 'M' },
      { code: '69.20.3-02', nameDe: 'Wirtschaftsprüfung', nameEn: 'Auditing', parentCode: 'M' },
      { code: 'X1', nameDe: 'Lose', nameEn: 'Loose', parentCode: null },
    ])
    // On top of WZ: the section stays as it is, the professions hang under it.
    await loadTaxonomy(db, 'wz2008')
    expect(await addTaxonomy(db, entries)).toBe(3)
    expect(await parentChain(db, '69.20.3-02')).toEqual(['69.20.3-02', 'M'])
    expect(await addTaxonomy(db, entries)).toBe(0)
  })

  it('retires what it adds under a retired sector', async () => {
    const { db } = await openClub()
    await loadTaxonomy(db, 'wz2008')
    await setSectorActive(db, await sectorClub(db).id('M'), false)
    await loadTaxonomy(db, 'professions')
    const { sectors } = await sectorTree(db)
    const added = sectors.filter((s) => s.code.includes('-'))
    const underM = added.filter((s) => s.code.startsWith('69.'))
    expect(underM.length).toBeGreaterThan(0)
    expect(underM.every((s) => !s.active)).toBe(true)
    expect(added.filter((s) => s.active).length).toBeGreaterThan(0)
  })

  it('refuses a shipped CSV with a bad row', async () => {
    const path = join(tempDir(), 'broken.csv')
    writeFileSync(path, 'code;name_de;name_en;parent_code\nbad code!;X;X;\n')
    await expect(readTaxonomyCsv(path)).rejects.toThrow(/sectorCode/)
  })

  it('rolls back when a parent is unknown', async () => {
    const { db } = await openClub()
    await expect(
      addTaxonomy(db, [
        { code: 'A', nameDe: 'A', nameEn: 'A', parentCode: null },
        { code: 'B1', nameDe: 'B', nameEn: 'B', parentCode: 'nowhere' },
      ]),
    ).rejects.toThrow(/unknown parent/)
    expect(await db.selectFrom('sector').select('id').execute()).toHaveLength(0)
  })
})

describe('a new club with a starting taxonomy', () => {
  const sessions: Session[] = []
  afterEach(async () => {
    for (const session of sessions.splice(0)) await session.dispose()
  })

  async function create(kind: ClubKind, taxonomy?: Taxonomy): Promise<SectorTree> {
    const made = makeSession(tempDir())
    sessions.push(made.session)
    value(
      await made.dispatch('clubs/create', {
        name: `Club ${kind} ${taxonomy ?? 'default'}`,
        kind,
        locale: 'de',
        location: 'default',
        ...(taxonomy === undefined ? {} : { taxonomy }),
      }),
    )
    return value<SectorTree>(await made.dispatch('sectors/tree', {}))
  }

  it('loads WZ 2008, the professions or nothing, as chosen', async () => {
    expect((await create('rotary', 'wz2008')).sectors).toHaveLength(1835)
    expect((await create('chamber', 'empty')).sectors).toHaveLength(0)
    const professions = await readTaxonomy('professions')
    expect((await create('business_club', 'professions')).sectors).toHaveLength(professions.length)
  })

  it('takes the usual taxonomy of the kind when none is chosen', async () => {
    expect((await create('chamber')).sectors).toHaveLength(1835)
    expect((await create('association')).sectors).toHaveLength(0)
    const professions = await readTaxonomy('professions')
    expect((await create('bni')).sectors).toHaveLength(professions.length)
  })

  it('keeps the taxonomy in the file it made', async () => {
    const made = makeSession(tempDir())
    sessions.push(made.session)
    await made.session.create({ name: 'Kammer', kind: 'chamber', locale: 'en', taxonomy: 'wz2008' })
    const path = made.session.state().club?.path as string
    await made.session.close()
    const file = await openClubFile(path, { clock: fixedClock })
    try {
      expect(await file.db.selectFrom('sector').select('id').execute()).toHaveLength(1835)
    } finally {
      await file.db.destroy()
    }
  })
})
