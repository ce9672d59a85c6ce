import { once } from 'node:events'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { foldAllForSearch } from '../../../src/core/members/fold.ts'
import { foldOnThread } from '../../../src/core/members/foldThread.ts'

const texts = ['Müller\u0000Frankfurt am Main', 'Straße', 'ΟΔΥΣΣΕΥΣ', 'Łódź\u0001Citroën', '']

describe('folding on a worker thread', () => {
  it('runs the worker, which answers with the folded texts', async () => {
    const script = new URL('../../../src/core/members/foldWorker.ts', import.meta.url)
    const worker = new Worker(script, { workerData: texts })
    const [folded] = (await once(worker, 'message')) as unknown[]
    expect(folded).toEqual(foldAllForSearch(texts))
  })

  it('gives what folding here gives', async () => {
    expect(await foldOnThread(texts)).toEqual(foldAllForSearch(texts))
  })

  it('folds here when no thread can start', async () => {
    const missing = new URL('./noSuchWorker.ts', import.meta.url)
    expect(await foldOnThread(texts, missing)).toEqual(foldAllForSearch(texts))
  })
})
