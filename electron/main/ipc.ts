import type { IpcMain } from 'electron'
import { channels, type Envelope } from '../../src/api/bridge.ts'
import type { Dispatch } from '../../src/core/dispatch/dispatcher.ts'
import { isAppUrl, type AppUrl } from './appUrl.ts'

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface Frame {
  readonly url: string
  readonly parent: Frame | null
}

const forbidden: Envelope<never> = { ok: false, error: { code: 'ipc.forbidden', params: {} } }

/**
 * The single IPC entry point. Only our own top-level page may call; an iframe or a page the
 * window was somehow navigated to gets a typed refusal and never reaches the core.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isOwnFrame: (frame: Frame | null) => boolean,
): void {
  ipcMain.handle(channels.invoke, (event, name: unknown, input: unknown) =>
    isOwnFrame(event.senderFrame) ? dispatch(name, input) : forbidden,
  )
}

export function isOwnFrame(frame: Frame | null, appUrl: AppUrl): boolean {
  if (frame === null) return false
  try {
    return frame.parent === null && isAppUrl(frame.url, appUrl)
  } catch {
    // A frame that navigated away or was destroyed throws on access: not ours any more.
    return false
  }
}
