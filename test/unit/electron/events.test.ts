import { describe, expect, it, vi } from 'vitest'
import { sendEvent, sendWhenLoaded } from '../../../electron/main/events.ts'
import { channels } from '../../../src/api/bridge.ts'

function fakeContents(state: { loading: boolean; destroyed: boolean }) {
  const onceListeners = new Map<string, () => void>()
  const contents = {
    send: vi.fn(),
    isDestroyed: () => state.destroyed,
    isLoading: () => state.loading,
    once: (name: string, listener: () => void) => {
      onceListeners.set(name, listener)
      return contents
    },
  }
  return { contents, onceListeners }
}

type Target = Parameters<typeof sendEvent>[0]

describe('sending events to the renderer', () => {
  it('sends name and payload on the event channel', () => {
    const { contents } = fakeContents({ loading: false, destroyed: false })
    sendEvent(contents as unknown as Target, 'menu/command', 'settings')
    expect(contents.send).toHaveBeenCalledExactlyOnceWith(
      channels.event,
      'menu/command',
      'settings',
    )
  })

  it('sends nothing to a destroyed page', () => {
    const { contents } = fakeContents({ loading: false, destroyed: true })
    sendEvent(contents as unknown as Target, 'menu/command', 'about')
    sendWhenLoaded(contents as unknown as Target, 'menu/command', 'about')
    expect(contents.send).not.toHaveBeenCalled()
  })

  it('waits for a loading page to finish', () => {
    const { contents, onceListeners } = fakeContents({ loading: true, destroyed: false })
    const error = { code: 'file.notFound', params: { path: '/x.kreis' } } as const
    sendWhenLoaded(contents as unknown as Target, 'app/error', error)
    expect(contents.send).not.toHaveBeenCalled()
    onceListeners.get('did-finish-load')?.()
    expect(contents.send).toHaveBeenCalledExactlyOnceWith(channels.event, 'app/error', error)
  })
})
