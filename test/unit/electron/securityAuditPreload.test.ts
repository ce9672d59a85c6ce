import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { channels } from '../../../src/api/bridge.ts'
import { built, ensureBuilt } from './builtApp.ts'

// Checklist item 18 (and 4 for the preload) over the built preload, out/preload/index.cjs,
// run the way a sandboxed renderer runs it: a fresh context whose `require` knows only the
// modules Electron gives sandboxed preloads. The source-level cases live in preload.test.ts.

const sandboxModules = new Set(['electron', 'events', 'timers', 'url'])

function loadPreload() {
  // Kept in a plain list: vitest clears mock calls before each test, and a message the preload
  // sent while loading would be gone by then.
  const sent: string[] = []
  const record = (method: string) => () => void sent.push(method)
  // Like Electron's, the listener methods return ipcRenderer itself, so passing their result
  // on would leak it.
  const ipcRenderer = {
    invoke: vi.fn<(...args: unknown[]) => Promise<unknown>>(() =>
      Promise.resolve({ ok: true, value: 'answer' }),
    ),
    on: vi.fn<(channel: string, handler: (...args: unknown[]) => void) => unknown>(
      (): unknown => ipcRenderer,
    ),
    once: vi.fn((): unknown => ipcRenderer),
    removeListener: vi.fn((): unknown => ipcRenderer),
    removeAllListeners: vi.fn((): unknown => ipcRenderer),
    send: record('send'),
    sendSync: record('sendSync'),
    sendToHost: record('sendToHost'),
    postMessage: record('postMessage'),
  }
  const exposed: [string, unknown][] = []
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.push([key, api]) },
    ipcRenderer,
    webFrame: {},
  }
  const required: string[] = []
  const sandboxRequire = (id: string): unknown => {
    required.push(id)
    if (!sandboxModules.has(id)) throw new Error(`a sandboxed preload cannot require "${id}"`)
    return id === 'electron' ? electron : {}
  }
  const module = { exports: {} }
  runInNewContext(
    readFileSync(built.preload, 'utf8'),
    { require: sandboxRequire, module, exports: module.exports },
    { filename: built.preload },
  )
  return { ipcRenderer, exposed, required, sent }
}

/** Every value reachable from `root` through properties and the results of calling it. */
function reachable(root: unknown, call: (fn: (...args: unknown[]) => unknown) => unknown) {
  const seen = new Set<unknown>()
  const visit = (value: unknown): void => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return
    if (seen.has(value)) return
    seen.add(value)
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key)
      if (descriptor !== undefined && 'value' in descriptor) visit(descriptor.value)
    }
    if (typeof value === 'function') visit(call(value as (...args: unknown[]) => unknown))
  }
  visit(root)
  return seen
}

describe('security audit of the built preload', () => {
  let preload: ReturnType<typeof loadPreload>
  let kreis: { invoke: (...args: unknown[]) => unknown; on: (...args: unknown[]) => unknown }

  beforeAll(async () => {
    await ensureBuilt()
    preload = loadPreload()
    kreis = preload.exposed[0]?.[1] as typeof kreis
  }, 120_000)

  it('4: runs sandboxed, needing nothing but electron', () => {
    expect(preload.required).toEqual(['electron'])
  })

  it('18: exposes one narrow object, window.kreis, with invoke and on only', () => {
    expect(preload.exposed.map(([key]) => key)).toEqual(['kreis'])
    expect(Object.keys(kreis).sort()).toEqual(['invoke', 'on'])
  })

  it('18: nothing reachable from window.kreis is ipcRenderer or one of its methods', async () => {
    const raw = new Set<unknown>([preload.ipcRenderer, ...Object.values(preload.ipcRenderer)])
    const results: unknown[] = []
    const found = reachable(kreis, (fn) => {
      const result = fn('app/state', () => undefined)
      results.push(result)
      return result
    })
    for (const result of results) if (result instanceof Promise) found.add(await result)
    expect([...found].filter((value) => raw.has(value))).toEqual([])
  })

  it('18: the page cannot choose the channel, whatever name it passes', async () => {
    preload.ipcRenderer.invoke.mockClear()
    for (const name of ['kreis:event', 'ELECTRON_BROWSER_REQUIRE', '__proto__']) {
      expect(await kreis.invoke(name, { x: 1 })).toEqual({ ok: true, value: 'answer' })
    }
    const used = preload.ipcRenderer.invoke.mock.calls.map(([channel]) => channel)
    expect(used).toEqual([channels.invoke, channels.invoke, channels.invoke])
  })

  it('18: a listener gets the payload only, never the IPC event with its sender', () => {
    const received: unknown[][] = []
    preload.ipcRenderer.on.mockClear()
    const off = kreis.on('app/error', (...args: unknown[]) => received.push(args))
    const [channel, handler] = preload.ipcRenderer.on.mock.calls[0] ?? []
    expect(channel).toBe(channels.event)
    const event = { sender: preload.ipcRenderer, senderFrame: {}, ports: [] }
    handler?.(event, 'app/error', { code: 'internal', params: {} })
    expect(received).toEqual([[{ code: 'internal', params: {} }]])
    expect(typeof off).toBe('function')
    expect((off as () => unknown)()).toBeUndefined()
  })

  it('18: sends nothing on its own, neither while loading nor in use', () => {
    expect(preload.sent).toEqual([])
  })
})
