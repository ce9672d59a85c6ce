import { join } from 'node:path'
import { BrowserWindow, nativeTheme, screen, type BrowserWindowConstructorOptions } from 'electron'
import type { AppState } from '../../src/api/club.ts'
import {
  minWindowSize,
  placeOnScreen,
  readWindowState,
  trackWindowState,
  type WindowState,
} from './windowState.ts'

/** Naive UI's body colours, so the window does not flash white before a dark theme paints. */
const background = { light: '#ffffff', dark: '#101014' } as const

export const rendererIndexHtml = join(import.meta.dirname, '../renderer/index.html')
export const preloadPath = join(import.meta.dirname, '../preload/index.cjs')

export function windowOptions(
  preload: string,
  bounds: WindowState,
  dark: boolean,
): BrowserWindowConstructorOptions {
  return {
    width: bounds.width,
    height: bounds.height,
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    title: 'Kreis',
    // Shown on 'ready-to-show', so the user never sees an empty frame.
    show: false,
    backgroundColor: dark ? background.dark : background.light,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  }
}

export function windowTitle(state: AppState): string {
  return state.club === null ? 'Kreis' : `${state.club.name} — Kreis`
}

/**
 * The main window, at the size and place the user left it. `rendererUrl` is the dev server
 * (electron-vite dev); without it the built index.html is loaded from disk.
 */
export function createMainWindow(
  stateFile: string,
  rendererUrl: string | undefined,
): BrowserWindow {
  const saved = placeOnScreen(
    readWindowState(stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
  )
  const window = new BrowserWindow(
    windowOptions(preloadPath, saved, nativeTheme.shouldUseDarkColors),
  )
  trackWindowState(window, stateFile)
  window.once('ready-to-show', () => {
    if (saved.maximized) window.maximize()
    window.show()
  })
  // The title follows the open club (set by main); the page's <title> must not overwrite it.
  window.on('page-title-updated', (event) => event.preventDefault())
  // A failed load must not become an unhandled rejection, which would end the main process.
  const loading =
    rendererUrl === undefined ? window.loadFile(rendererIndexHtml) : window.loadURL(rendererUrl)
  loading.catch((error: unknown) => console.error('Kreis: the window could not load', error))
  return window
}
