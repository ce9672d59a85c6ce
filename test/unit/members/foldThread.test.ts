import { once } from 'node:events'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { foldAllForSearch, joinTexts, partTexts } from '../../../src/core/members/fold.ts'
import { foldOnThread } from '../../../src/core/members/foldThread.ts'

const texts = ['Müller\u0000Frankfurt am Main', 'Straße', 'ΟΔΥΣΣΕΥΣ', 'Łódź Citroën', '']

describe('folding on a worker thread', () => {
  it('runs the worker, which answers with the folded texts', async () => {
    const script = new URL('../../../src/core/members/foldWorker.ts', import.meta.url)
    const worker = new Worker(script, { workerData: joinTexts(texts) })
    const [folded] = (await once(worker, 'message')) as string[]
    expect(partTexts(folded ?? '')).toEqual(foldAllForSearch(texts))
  })

  it('gives what folding here gives', async () => {
    expect(await foldOnThread(texts)).toEqual(foldAllForSearch(texts))
  })

  it('folds here where a text holds the separator the thread needs', async () => {
    const odd = [...texts, 'Eins\u0001Zwei']
    expect(await foldOnThread(odd)).toEqual(foldAllForSearch(odd))
  })

  it('folds here when no thread can start', async () => {
    const missing = new URL('./noSuchWorker.ts', import.meta.url)
    expect(await foldOnThread(texts, missing)).toEqual(foldAllForSearch(texts))
  })
})
