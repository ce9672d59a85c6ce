import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppState } from '../../../src/api/club.ts'

type Listener = (...args: unknown[]) => void

const electron = vi.hoisted(() => {
  class FakeWindow {
    static created: FakeWindow[] = []
    readonly options: unknown
    readonly listeners = new Map<string, Listener>()
    readonly loadFile = vi.fn(() => Promise.resolve())
    readonly loadURL = vi.fn(() => Promise.resolve())
    readonly show = vi.fn()
    readonly maximize = vi.fn()
    constructor(options: unknown) {
      this.options = options
      FakeWindow.created.push(this)
    }
    on(name: string, listener: Listener) {
      this.listeners.set(name, listener)
      return this
    }
    once(name: string, listener: Listener) {
      return this.on(name, listener)
    }
  }
  return {
    FakeWindow,
    nativeTheme: { shouldUseDarkColors: false },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  }
})
vi.mock('electron', () => ({
  BrowserWindow: electron.FakeWindow,
  nativeTheme: electron.nativeTheme,
  screen: electron.screen,
}))

const { createMainWindow, preloadPath, rendererIndexHtml, windowOptions, windowTitle } =
  await import('../../../electron/main/window.ts')

describe('windowOptions', () => {
  const options = windowOptions(
    '/app/out/preload/index.cjs',
    { width: 1280, height: 800, maximized: false },
    false,
  )

  it('hardens the renderer', () => {
    const web = options.webPreferences
    expect(web?.preload).toBe('/app/out/preload/index.cjs')
    expect(web?.contextIsolation).toBe(true)
    expect(web?.sandbox).toBe(true)
    expect(web?.nodeIntegration).toBe(false)
    expect(web?.nodeIntegrationInWorker).toBe(false)
    expect(web?.webSecurity).not.toBe(false)
    expect(web?.allowRunningInsecureContent).not.toBe(true)
    expect(web?.webviewTag).toBe(false)
    expect(web).not.toHaveProperty('nodeIntegrationInSubFrames', true)
    expect(web).not.toHaveProperty('experimentalFeatures', true)
  })

  it('starts hidden, titled and with a minimum size', () => {
    expect(options.show).toBe(false)
    expect(options.title).toBe('Kreis')
    expect(options.minWidth).toBeGreaterThan(0)
    expect(options.minHeight).toBeGreaterThan(0)
  })

  it('paints the background in the system theme', () => {
    const dark = windowOptions('/p', { width: 1280, height: 800, maximized: false }, true)
    expect(dark.backgroundColor).not.toBe(options.backgroundColor)
  })

  it('places the window only when a position is known', () => {
    expect(options).not.toHaveProperty('x')
    const placed = windowOptions(
      '/p',
      { width: 1000, height: 700, x: 5, y: 6, maximized: false },
      false,
    )
    expect(placed).toMatchObject({ width: 1000, height: 700, x: 5, y: 6 })
  })
})

describe('windowTitle', () => {
  const state: AppState = {
    version: '1.0.0',
    systemLocale: 'de',
    welcomeLocale: 'de',
    club: null,
    recent: [],
    startupError: null,
  }

  it('names the open club', () => {
    expect(windowTitle(state)).toBe('Kreis')
    const club = {
      path: '/c.kreis',
      name: 'Rotary Club Aachen',
      kind: 'rotary',
      locale: 'de',
      schemaVersion: 1,
      migratedFrom: null,
      backupPath: null,
    } as const
    expect(windowTitle({ ...state, club })).toBe('Rotary Club Aachen — Kreis')
  })
})

describe('createMainWindow', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kreis-'))
    electron.FakeWindow.created = []
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('loads the built renderer next to the built main, with the built preload', () => {
    createMainWindow(join(dir, 'window-state.json'), undefined)
    const window = electron.FakeWindow.created[0]
    expect(window?.loadFile).toHaveBeenCalledWith(rendererIndexHtml)
    expect(window?.loadURL).not.toHaveBeenCalled()
    expect(rendererIndexHtml.endsWith(join('renderer', 'index.html'))).toBe(true)
    expect(preloadPath.endsWith(join('preload', 'index.cjs'))).toBe(true)
    expect(window?.options).toMatchObject({ webPreferences: { preload: preloadPath } })
  })

  it('loads the dev server when electron-vite provides one', () => {
    createMainWindow(join(dir, 'window-state.json'), 'http://localhost:5173/')
    expect(electron.FakeWindow.created[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173/')
  })

  it('shows the window, maximised as it was, once it is ready', () => {
    const file = join(dir, 'window-state.json')
    writeFileSync(file, JSON.stringify({ width: 1300, height: 900, x: 50, y: 60, maximized: true }))
    createMainWindow(file, undefined)
    const window = electron.FakeWindow.created[0]
    expect(window?.options).toMatchObject({ width: 1300, height: 900, x: 50, y: 60 })
    expect(window?.show).not.toHaveBeenCalled()
    window?.listeners.get('ready-to-show')?.()
    expect(window?.maximize).toHaveBeenCalled()
    expect(window?.show).toHaveBeenCalled()
  })

  it('keeps its own title instead of the page title', () => {
    createMainWindow(join(dir, 'window-state.json'), undefined)
    const event = { preventDefault: vi.fn() }
    electron.FakeWindow.created[0]?.listeners.get('page-title-updated')?.(event, 'Vite App')
    expect(event.preventDefault).toHaveBeenCalled()
  })
})
