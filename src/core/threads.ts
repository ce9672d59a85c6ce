import { Worker } from 'node:worker_threads'

/**
 * A worker thread's script beside the module at `moduleUrl`: its TypeScript from the source
 * tree (CLI, tests); in the app, the entry electron-vite builds beside the bundle that holds
 * the calling code (electron.vite.config.ts).
 */
export function threadScript(moduleUrl: string, name: string): URL {
  return new URL(moduleUrl.endsWith('.ts') ? `./${name}.ts` : `./${name}.js`, moduleUrl)
}

/**
 * Runs `script` on a worker thread with `data` and resolves with its answer. Never rejects:
 * where no thread starts, it fails, or its answer is not one `accept` takes, it resolves with
 * what `here` gives instead, told why (the error, the exit code or the answer).
 */
export function onThread<T>(
  script: URL,
  data: unknown,
  accept: (answer: unknown) => answer is T,
  here: (why: unknown) => T,
): Promise<T> {
  return new Promise((resolve) => {
    let settled = false
    const settle = (answer: { readonly value: T } | { readonly failed: unknown }) => {
      if (settled) return
      settled = true
      resolve('value' in answer ? answer.value : here(answer.failed))
    }
    let worker: Worker
    try {
      worker = new Worker(script, { workerData: data })
    } catch (error) {
      settle({ failed: error })
      return
    }
    worker.once('message', (answer: unknown) =>
      settle(accept(answer) ? { value: answer } : { failed: answer }),
    )
    worker.once('error', (error) => settle({ failed: error }))
    worker.once('exit', (code) => settle({ failed: `exit ${String(code)}` }))
  })
}
