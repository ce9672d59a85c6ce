import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { channels, type EventMap, type KreisBridge } from '../../src/api/bridge.ts'

/**
 * The renderer's only door to the app. It gets two functions, never ipcRenderer or an IPC
 * event object, either of which would let page script talk to main on any channel.
 */
const bridge = {
  invoke: (name, input) => ipcRenderer.invoke(channels.invoke, name, input),
  on: (event, listener) => {
    const handler = (_event: IpcRendererEvent, name: unknown, payload: unknown): void => {
      // Main sends each event's payload under its own name (see electron/main/events.ts).
      if (name === event) listener(payload as EventMap[typeof event])
    }
    ipcRenderer.on(channels.event, handler)
    return () => {
      ipcRenderer.removeListener(channels.event, handler)
    }
  },
} satisfies KreisBridge

contextBridge.exposeInMainWorld('kreis', bridge)
