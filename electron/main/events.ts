import type { WebContents } from 'electron'
import { channels, type EventMap, type EventName } from '../../src/api/bridge.ts'

type EventTarget = Pick<WebContents, 'send' | 'isDestroyed' | 'isLoading' | 'once'>

/** The one way main talks to the renderer; the preload filters on `name`. */
export function sendEvent<E extends EventName>(
  contents: EventTarget,
  name: E,
  payload: EventMap[E],
): void {
  if (!contents.isDestroyed()) contents.send(channels.event, name, payload)
}

/** An event sent while the page is still loading would reach no listener, so it waits. */
export function sendWhenLoaded<E extends EventName>(
  contents: EventTarget,
  name: E,
  payload: EventMap[E],
): void {
  if (contents.isDestroyed()) return
  if (contents.isLoading())
    contents.once('did-finish-load', () => sendEvent(contents, name, payload))
  else sendEvent(contents, name, payload)
}
