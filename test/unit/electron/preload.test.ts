import { describe, expect, it, vi } from 'vitest'
import { channels, type KreisBridge } from '../../../src/api/bridge.ts'

type Handler = (event: unknown, name: unknown, payload: unknown) => void

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>() },
  ipcRenderer: {
    invoke: vi.fn<(...args: unknown[]) => Promise<unknown>>(async () => ({
      ok: true,
      value: 'answer',
    })),
    on: vi.fn<(channel: string, handler: Handler) => void>(),
    removeListener: vi.fn<(channel: string, handler: Handler) => void>(),
  },
}))
vi.mock('electron', () => electron)

await import('../../../electron/preload/index.ts')

const { contextBridge, ipcRenderer } = electron
const exposed = contextBridge.exposeInMainWorld.mock.calls
const kreis = exposed[0]?.[1] as KreisBridge

/** What main does: `webContents.send(channels.event, name, payload)`. */
function emit(name: string, payload: unknown): void {
  for (const [channel, handler] of ipcRenderer.on.mock.calls) {
    if (channel === channels.event) handler({ sender: 'ipc internals' }, name, payload)
  }
}

describe('the preload script', () => {
  it('exposes exactly one object, window.kreis, with exactly invoke and on', () => {
    expect(exposed).toHaveLength(1)
    expect(exposed[0]?.[0]).toBe('kreis')
    expect(Object.keys(kreis).sort()).toEqual(['invoke', 'on'])
    expect(Object.values(kreis).every((value) => typeof value === 'function')).toBe(true)
  })

  it('forwards invoke to the one invoke channel and returns the envelope', async () => {
    const result = await kreis.invoke('clubs/openRecent', { path: '/clubs/a.kreis' })
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(
      channels.invoke,
      'clubs/openRecent',
      { path: '/clubs/a.kreis' },
    )
    expect(result).toEqual({ ok: true, value: 'answer' })
  })

  it('delivers only the subscribed event, with only its payload', () => {
    const onError = vi.fn()
    const onCommand = vi.fn()
    kreis.on('app/error', onError)
    kreis.on('menu/command', onCommand)
    emit('menu/command', 'settings')
    expect(onCommand).toHaveBeenCalledExactlyOnceWith('settings')
    expect(onError).not.toHaveBeenCalled()
  })

  it('unsubscribes the very handler it subscribed', () => {
    const listener = vi.fn()
    ipcRenderer.on.mockClear()
    const off = kreis.on('app/state', listener)
    const handler = ipcRenderer.on.mock.calls[0]?.[1]
    off()
    expect(ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith(channels.event, handler)
  })
})
