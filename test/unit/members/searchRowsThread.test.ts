import { once } from 'node:events'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import {
  formerToken,
  indexedColumns,
  searchRowsHere,
  searchRowsInput,
  type IndexedMember,
} from '../../../src/core/members/searchRows.ts'
import { searchRowsOnThread } from '../../../src/core/members/searchRowsThread.ts'

const nobody = Object.fromEntries(indexedColumns.map((column) => [column, null]))

function member(id: number, fields: Partial<IndexedMember>): IndexedMember {
  return { ...nobody, id, member_number: '1', status: 'active', ...fields } as IndexedMember
}

const members = [
  member(7, { first_name: 'Jürgen', last_name: 'Müller', business_town: 'Frankfurt am Main' }),
  member(8, { organisation_name: 'Straße & Söhne GmbH', member_number: 'K-2' }),
  member(9, { last_name: 'ΟΔΥΣΣΕΥΣ', email_business: 'o@example.gr', status: 'former' }),
  member(12, { first_name: 'Łukasz', last_name: 'Citroën', private_town: 'Łódź' }),
]

describe('the search rows on a worker thread', () => {
  it('runs the worker, which answers with the rows made here', async () => {
    const script = new URL('../../../src/core/members/searchRowsWorker.ts', import.meta.url)
    const worker = new Worker(script, { workerData: searchRowsInput(members) })
    const [rows] = (await once(worker, 'message')) as unknown[]
    expect(rows).toBe(searchRowsHere(members))
  })

  it('makes each member a row of id, folded texts and state', async () => {
    const rows = JSON.parse(await searchRowsOnThread(members)) as unknown[]
    expect(rows[0]).toEqual([7, 'jurgen muller', '', '', 'frankfurt am main', '', '1', ''])
    expect(rows[1]).toEqual([8, '', 'strasse & sohne gmbh', '', '', '', 'k-2', ''])
    expect(rows[2]).toEqual([9, 'οδυσσευς', '', '', '', 'o@example.gr', '1', formerToken])
    expect(rows[3]).toEqual([12, 'lukasz citron', '', '', 'lodz', '', '1', ''])
  })

  it('holds a lone surrogate as U+FFFD, as the driver binds it', () => {
    const rows = JSON.parse(searchRowsHere([member(1, { last_name: 'Ab\uD800c' })])) as string[][]
    expect(rows[0]?.[1]).toBe('ab\uFFFDc')
  })

  it('makes the rows here where a text holds a separator the thread parts by', async () => {
    for (const odd of ['Eins\u0001Zwei', 'Eins\u0000Zwei']) {
      const more = [...members, member(13, { last_name: odd })]
      const rows = await searchRowsOnThread(more)
      expect(rows).toBe(searchRowsHere(more))
      expect(JSON.parse(rows)).toHaveLength(5)
    }
  })

  it('makes the rows here when no thread can start', async () => {
    const missing = new URL('./noSuchWorker.ts', import.meta.url)
    expect(await searchRowsOnThread(members, missing)).toBe(searchRowsHere(members))
  })
})
