import { pathToFileURL } from 'node:url'
import type * as WorkerThreads from 'node:worker_threads'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { channels, type Envelope } from '../../../src/api/bridge.ts'
import { bootMain, built, ensureBuilt, type Booted } from './builtApp.ts'

// The import of a chamber's roster makes its search-index rows and copies its WAL into the club
// file on worker threads that electron-vite builds as entries of their own. This runs such an
// import through the bundle the app runs and records which threads it starts, so a thread the
// bundle cannot find shows up here, not as a slower import that still comes out right.
vi.mock('electron', async () => (await import('./fakeElectron.ts')).electronModule)

const threads = vi.hoisted(() => ({ started: [] as string[], answers: [] as unknown[] }))
vi.mock('node:worker_threads', async (original) => {
  const real = await original<typeof WorkerThreads>()
  class RecordedWorker extends real.Worker {
    constructor(script: string | URL, options?: WorkerThreads.WorkerOptions) {
      super(script, options)
      threads.started.push(String(script))
      this.once('message', (answer: unknown) =>
        threads.answers.push(typeof answer === 'string' ? 'rows' : answer),
      )
    }
  }
  return { ...real, Worker: RecordedWorker }
})

const rows = 10_000
const csv = [
  'Vorname;Nachname;Ort',
  ...Array.from(
    { length: rows },
    (_, i) => `Anna;${i === 4_321 ? 'Müller' : `Name${String(i)}`};Köln`,
  ),
].join('\r\n')

describe('the built app imports a chamber roster', () => {
  let app: Booted
  let invoke: (name: string, input: unknown) => Promise<Envelope<unknown>>

  beforeAll(async () => {
    await ensureBuilt()
    app = await bootMain({ isPackaged: true })
    const handler = app.world.ipcHandlers.get(channels.invoke)
    if (handler === undefined) throw new Error('the main process registered no invoke handler')
    const frame = { url: pathToFileURL(built.indexHtml).href, parent: null }
    invoke = async (name, input) =>
      (await handler({ senderFrame: frame }, name, input)) as Envelope<unknown>
    const club = { name: 'Kammer', kind: 'chamber', locale: 'de', location: 'default' }
    expect(await invoke('clubs/create', club)).toMatchObject({ ok: true })
  }, 120_000)
  afterAll(() => app.quit())

  it('makes the search rows and copies the WAL on threads built beside the bundle', async () => {
    const source = { fileName: 'kammer.csv', contentBase64: Buffer.from(csv).toString('base64') }
    const options = { source, mapping: null, updateDuplicates: false, skipInvalid: false }
    expect(await invoke('members/importCommit', options)).toMatchObject({
      ok: true,
      value: { created: rows, written: true },
    })
    expect(threads.started).toEqual([
      pathToFileURL(built.searchRowsWorker).href,
      pathToFileURL(built.checkpointWorker).href,
    ])
    await vi.waitFor(() => expect(threads.answers).toEqual(['rows', true]))
    const found = await invoke('members/list', { search: 'Mueller koeln', limit: 10 })
    expect(found).toMatchObject({ ok: true, value: { total: 1 } })
  }, 60_000)
})
