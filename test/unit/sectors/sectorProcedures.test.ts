import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Envelope } from '../../../src/api/bridge.ts'
import type {
  OpenSeats,
  Sector,
  SectorImportReport,
  SectorOption,
  SectorTree,
} from '../../../src/api/sectors.ts'
import type { Session } from '../../../src/core/session/session.ts'
import { person } from '../../support/members.ts'
import { makeSession, value } from '../../support/session.ts'
import { useTempDir } from '../../support/temp.ts'

const tempDir = useTempDir()
const sessions: Session[] = []
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.dispose()
})

async function chamber() {
  const dir = tempDir()
  const made = makeSession(dir)
  sessions.push(made.session)
  value(
    await made.dispatch('clubs/create', {
      name: 'IHK Musterstadt',
      kind: 'chamber',
      locale: 'de',
      taxonomy: 'wz2008',
      location: 'default',
    }),
  )
  const search = async (text: string) =>
    value<SectorOption[]>(await made.dispatch('sectors/search', { search: text }))
  return { ...made, dir, search }
}

function errorOf(envelope: Envelope<unknown>) {
  if (envelope.ok) throw new Error('expected a refusal')
  return envelope.error
}

describe('the sector procedures', () => {
  it('search, save and refuse through the dispatcher', async () => {
    const { dispatch, search } = await chamber()
    const [tax] = await search('69.20')
    expect(tax?.code).toBe('69.20')
    expect((await search('Steuer')).map((o) => o.code)).toEqual(['69', '69.2', '69.20', '69.20.3'])

    const saved = value<Sector>(
      await dispatch('sectors/save', {
        id: null,
        code: ' 69.20.3-01 ',
        nameDe: 'Steuerberatung für Vereine',
        nameEn: 'Tax advice for clubs',
        parentId: tax?.id,
      }),
    )
    expect(saved).toMatchObject({ code: '69.20.3-01', depth: 5, active: true })
    expect(
      errorOf(
        await dispatch('sectors/save', {
          id: null,
          code: 'bad code',
          nameDe: 'X',
          nameEn: 'X',
          parentId: null,
        }),
      ),
    ).toEqual({ code: 'input.invalid', params: { field: 'code', reason: 'sectorCode' } })
    expect(
      errorOf(
        await dispatch('sectors/save', {
          id: null,
          code: '69.20',
          nameDe: 'X',
          nameEn: 'X',
          parentId: null,
        }),
      ),
    ).toEqual({ code: 'sector.codeTaken', params: { code: '69.20' } })
  })

  it('merge members and show what is left open', async () => {
    const { dispatch, search } = await chamber()
    const [from] = await search('69.20.3')
    const [into] = await search('69.20.1')
    const member = value<{ id: number }>(
      await dispatch('members/create', {
        member: person({ sectorId: from?.id ?? null }),
        status: 'active',
      }),
    )
    const tree = value<SectorTree>(
      await dispatch('sectors/setTargets', { sectorIds: [from?.id, into?.id], target: true }),
    )
    expect(tree.sectors.filter((s) => s.target)).toHaveLength(2)
    let seats = value<OpenSeats>(await dispatch('sectors/openSeats', {}))
    expect(seats.vacant.map((o) => o.code)).toEqual(['69.20.1'])

    expect(
      value(await dispatch('sectors/merge', { sourceId: from?.id, targetId: into?.id })),
    ).toEqual({ movedMembers: 1 })
    seats = value<OpenSeats>(await dispatch('sectors/openSeats', {}))
    expect(seats.vacant).toEqual([])
    const record = value<{ sectorId: number | null }>(
      await dispatch('members/get', { id: member.id }),
    )
    expect(record.sectorId).toBe(into?.id)

    const retired = value<SectorTree>(
      await dispatch('sectors/setActive', { id: into?.id, active: false }),
    )
    expect(retired.sectors.find((s) => s.id === into?.id)?.active).toBe(false)
    expect(
      errorOf(await dispatch('sectors/merge', { sourceId: into?.id, targetId: into?.id })).code,
    ).toBe('sector.mergeSelf')
  })

  it('load a taxonomy on top, import a file and export the directory', async () => {
    const { dispatch, host, dir } = await chamber()
    expect(value(await dispatch('sectors/loadTaxonomy', { taxonomy: 'wz2008' }))).toEqual({
      added: 0,
    })
    const report = value<SectorImportReport>(
      await dispatch('sectors/import', {
        source: {
          fileName: 'eigene.csv',
          contentBase64: Buffer.from(
            'code;name_de;name_en;parent_code\nX-1;Eigen;Own;M\n',
          ).toString('base64'),
        },
      }),
    )
    expect(report).toEqual({ created: 1, updated: 0, problems: [], written: true })

    expect(errorOf(await dispatch('sectors/export', { format: 'csv' })).code).toBe('export.nothing')
    const [own] = value<SectorOption[]>(await dispatch('sectors/search', { search: 'X-1' }))
    const member = value<{ id: number }>(
      await dispatch('members/create', {
        member: person({ lastName: 'Listig', sectorId: own?.id ?? null }),
        status: 'active',
      }),
    )
    value(
      await dispatch('members/setConsent', {
        id: member.id,
        kind: 'directory',
        granted: true,
        date: '2026-01-01',
      }),
    )
    const path = join(dir, 'verzeichnis.csv')
    host.toSave.push(path)
    expect(value(await dispatch('sectors/export', { format: 'csv' }))).toEqual({ path })
    expect(readFileSync(path, 'utf8')).toContain('X-1;Eigen;')
    host.toSave.push(null)
    expect(value(await dispatch('sectors/export', { format: 'xlsx' }))).toEqual({ path: null })
    expect(existsSync(join(dir, 'verzeichnis.xlsx'))).toBe(false)
  })

  it('need an open club', async () => {
    const made = makeSession(tempDir())
    sessions.push(made.session)
    expect(errorOf(await made.dispatch('sectors/tree', {})).code).toBe('club.noneOpen')
  })
})
