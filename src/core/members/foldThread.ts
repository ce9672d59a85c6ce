import { Worker } from 'node:worker_threads'
import { foldAllForSearch } from './fold.ts'

// From the source tree (CLI, tests) the thread runs the TypeScript beside this file; in the
// app, electron-vite builds it as an entry of its own beside the bundle that holds this code
// (electron.vite.config.ts). A name in a variable, so that no bundler takes it for an asset.
const workerFile = import.meta.url.endsWith('.ts') ? './foldWorker.ts' : './foldWorker.js'
const foldWorker = new URL(workerFile, import.meta.url)

/**
 * `foldAllForSearch` on a worker thread, while the caller goes on writing. Never rejects:
 * where no thread starts, or it fails, the texts are folded here, as they would be anyway.
 */
export function foldOnThread(
  texts: readonly string[],
  script: URL = foldWorker,
): Promise<string[]> {
  return new Promise((resolve) => {
    let settled = false
    const settle = (folded: string[] | null) => {
      if (settled) return
      settled = true
      resolve(folded ?? foldAllForSearch(texts))
    }
    let worker: Worker
    try {
      worker = new Worker(script, { workerData: texts })
    } catch {
      settle(null)
      return
    }
    worker.once('message', (folded: unknown) => settle(isFoldOf(folded, texts) ? folded : null))
    worker.once('error', () => settle(null))
    worker.once('exit', () => settle(null))
  })
}

function isFoldOf(folded: unknown, texts: readonly string[]): folded is string[] {
  return (
    Array.isArray(folded) &&
    folded.length === texts.length &&
    folded.every((text) => typeof text === 'string')
  )
}
