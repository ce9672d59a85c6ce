import { join } from 'node:path'
import { app, BrowserWindow, ipcMain, Menu } from 'electron'
import type { EventMap, EventName } from '../../src/api/bridge.ts'
import type { AppState } from '../../src/api/club.ts'
import { systemClock } from '../../src/core/clock.ts'
import { createDispatcher } from '../../src/core/dispatch/dispatcher.ts'
import { Session } from '../../src/core/session/session.ts'
import { appUrlFor, isAppUrl, loopbackUrl } from './appUrl.ts'
import { createDialogHost } from './dialogs.ts'
import { createDocumentHost } from './documents.ts'
import { sendWhenLoaded } from './events.ts'
import { isOwnFrame, registerIpc } from './ipc.ts'
import { systemLocaleFrom, uiLocale } from './locale.ts'
import { buildMenuTemplate } from './menu.ts'
import { createMenuActions } from './menuActions.ts'
import { menuLabels } from './menuLabels.ts'
import { hardenWebContents } from './security.ts'
import { createMainWindow, rendererIndexHtml, windowTitle } from './window.ts'

// Only `electron-vite dev` sets this; a packaged app never loads from a server, and even in
// development only a dev server on this machine is believed.
const rendererUrl = app.isPackaged ? undefined : loopbackUrl(process.env['ELECTRON_RENDERER_URL'])
const development = rendererUrl !== undefined
const appUrl = appUrlFor(rendererUrl, rendererIndexHtml)

app.enableSandbox()

if (!app.requestSingleInstanceLock()) {
  // Two processes on one club file would fight over it; the first one takes focus instead.
  app.quit()
} else {
  start()
}

function start(): void {
  let window: BrowserWindow | null = null
  let session: Session | null = null
  let disposed = false
  let backupTimer: ReturnType<typeof setInterval> | null = null

  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, (url) => isAppUrl(url, appUrl)),
  )

  app.on('second-instance', () => {
    if (window === null) return
    if (window.isMinimized()) window.restore()
    window.show()
    window.focus()
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  // The club file is closed cleanly (WAL checkpoint) before the process ends.
  app.on('will-quit', (event) => {
    if (backupTimer !== null) clearInterval(backupTimer)
    backupTimer = null
    if (session === null || disposed) return
    event.preventDefault()
    void session
      .dispose()
      .catch((error: unknown) => console.error('Kreis: closing the club failed', error))
      .finally(() => {
        disposed = true
        app.quit()
      })
  })

  void app
    .whenReady()
    .then(async () => {
      const current = new Session({
        userDataDir: app.getPath('userData'),
        clock: systemClock,
        systemLocale: systemLocaleFrom(app.getPreferredSystemLanguages(), app.getLocale()),
        version: app.getVersion(),
      })
      session = current
      // The session decides whether a backup is due (15 minutes since the last, and changes).
      backupTimer = setInterval(() => {
        current
          .backupIfDue()
          .catch((error: unknown) => console.error('Kreis: automatic backup failed', error))
      }, 60_000)

      const openWindow = (): BrowserWindow => {
        const created = createMainWindow(
          join(app.getPath('userData'), 'window-state.json'),
          rendererUrl,
        )
        created.setTitle(windowTitle(current.state()))
        created.on('closed', () => {
          if (window === created) window = null
        })
        window = created
        return created
      }

      // On macOS the app outlives its window; a menu command then brings one back first.
      const send = <E extends EventName>(name: E, payload: EventMap[E]): void =>
        sendWhenLoaded((window ?? openWindow()).webContents, name, payload)

      const dispatch = createDispatcher(
        {
          session: current,
          host: {
            ...createDialogHost(
              () => BrowserWindow.getFocusedWindow() ?? window,
              () => uiLocale(current.state()),
            ),
            ...createDocumentHost(),
          },
          clock: systemClock,
        },
        { logError: (error) => console.error('Kreis:', error) },
      )
      registerIpc(ipcMain, dispatch, (frame) => isOwnFrame(frame, appUrl))

      const actions = createMenuActions({ dispatch, send })
      const applyState = (state: AppState): void => {
        Menu.setApplicationMenu(
          Menu.buildFromTemplate(
            buildMenuTemplate({
              labels: menuLabels[uiLocale(state)],
              platform: process.platform,
              recent: state.recent,
              hasClub: state.club !== null,
              dev: development,
              actions,
            }),
          ),
        )
        if (window === null) return
        window.setTitle(windowTitle(state))
        sendWhenLoaded(window.webContents, 'app/state', state)
      }
      current.onChange(applyState)
      applyState(current.state())

      openWindow()
      app.on('activate', () => {
        if (window === null) openWindow()
      })

      // A failure reaches the renderer as `startupError` in the state it is sent.
      await current.reopenLast()
    })
    .catch((error: unknown) => {
      console.error('Kreis could not start:', error)
      app.exit(1)
    })
}
