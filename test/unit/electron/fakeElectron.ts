import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'
import { vi, type Mock } from 'vitest'

/**
 * A stand-in for the `electron` module that the built main process (out/main/index.js) runs
 * against: it records every window, handler and guard the app installs, so the security audit
 * can hand them hostile input afterwards. Only the APIs the bundle imports exist here; a bundle
 * that starts using another one fails to boot until the audit covers it.
 */

type Listener = (...args: unknown[]) => unknown

class Emitter {
  private readonly listeners = new Map<string, Listener[]>()

  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener])
    return this
  }

  once(name: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.off(name, wrapped)
      return listener(...args)
    }
    return this.on(name, wrapped)
  }

  off(name: string, listener: Listener): this {
    this.listeners.set(
      name,
      (this.listeners.get(name) ?? []).filter((l) => l !== listener),
    )
    return this
  }

  listenerCount(name: string): number {
    return this.listeners.get(name)?.length ?? 0
  }

  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) listener(...args)
  }

  removeAllListeners(): void {
    this.listeners.clear()
  }
}

export type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void
export type PermissionCheckHandler = (contents: unknown, permission: string) => boolean
export type HeadersHandler = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
) => void

/** Every window shares Electron's default session, as in the app. */
class FakeSession {
  permissionRequest: PermissionRequestHandler | null = null
  permissionCheck: PermissionCheckHandler | null = null
  headersReceived: HeadersHandler | null = null
  readonly webRequest = {
    onHeadersReceived: (handler: HeadersHandler) => (this.headersReceived = handler),
  }
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequest = handler
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheck = handler
  }
}

export class FakeWebContents extends Emitter {
  /** As in Electron, a second call replaces the handler: only the last one decides. */
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null
  readonly send: Mock = vi.fn()
  readonly session: FakeSession
  constructor(session: FakeSession) {
    super()
    this.session = session
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler
  }
  isDestroyed(): boolean {
    return false
  }
  isLoading(): boolean {
    return false
  }
  /** The user closes the print dialog without printing. */
  print(_options: unknown, callback: (success: boolean, reason: string) => void): void {
    setImmediate(() => callback(false, 'cancelled'))
  }
}

export class FakeWindow extends Emitter {
  readonly options: BrowserWindowConstructorOptions
  readonly webContents: FakeWebContents
  readonly loaded: { readonly how: 'file' | 'url'; readonly target: string }[] = []
  destroyed = false

  constructor(options: BrowserWindowConstructorOptions) {
    super()
    this.options = options
    this.webContents = new FakeWebContents(world.session)
    world.windows.push(this)
    // Electron announces every new WebContents on the app before the constructor returns.
    world.app.emit('web-contents-created', {}, this.webContents)
  }

  static getFocusedWindow(): null {
    return null
  }

  get webPreferences(): WebPreferences {
    return this.options.webPreferences ?? {}
  }

  loadFile(path: string): Promise<void> {
    return this.load('file', path)
  }
  loadURL(url: string): Promise<void> {
    return this.load('url', url)
  }
  private load(how: 'file' | 'url', target: string): Promise<void> {
    this.loaded.push({ how, target })
    setImmediate(() => this.webContents.emit('did-finish-load'))
    return Promise.resolve()
  }

  destroy(): void {
    this.destroyed = true
  }
  setTitle(): void {}
  show(): void {}
  focus(): void {}
  restore(): void {}
  maximize(): void {}
  isMinimized(): boolean {
    return false
  }
  isMaximized(): boolean {
    return false
  }
  isFullScreen(): boolean {
    return false
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 800 }
  }
}

export type IpcHandler = (event: { senderFrame: unknown }, ...args: unknown[]) => unknown

class FakeApp extends Emitter {
  isPackaged = true
  userData = ''
  /** The order of lifecycle calls: enableSandbox must come before the app is ready. */
  readonly calls: string[] = []
  readonly exits: number[] = []
  private ready: (() => void) | null = null
  private readonly readyPromise = new Promise<void>((resolve) => (this.ready = resolve))

  enableSandbox(): void {
    this.calls.push('enableSandbox')
  }
  requestSingleInstanceLock(): boolean {
    return true
  }
  whenReady(): Promise<void> {
    return this.readyPromise
  }
  becomeReady(): void {
    this.calls.push('ready')
    this.ready?.()
  }
  quit(): void {
    this.calls.push('quit')
  }
  exit(code: number): void {
    this.exits.push(code)
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`the audit fakes no app path "${name}"`)
    return this.userData
  }
  getPreferredSystemLanguages(): string[] {
    return ['de-DE']
  }
  getLocale(): string {
    return 'de'
  }
  getVersion(): string {
    return '0.0.0-audit'
  }
}

/** One booted main process: what it registered, and the app object to drive it. */
export interface World {
  readonly app: FakeApp
  readonly session: FakeSession
  readonly windows: FakeWindow[]
  readonly ipcHandlers: Map<string, IpcHandler>
  readonly ipcListeners: string[]
  readonly menus: unknown[]
  readonly openExternal: ReturnType<typeof vi.fn<(url: string) => Promise<void>>>
}

function newWorld(): World {
  return {
    app: new FakeApp(),
    session: new FakeSession(),
    windows: [],
    ipcHandlers: new Map(),
    ipcListeners: [],
    menus: [],
    openExternal: vi.fn<(url: string) => Promise<void>>(() => Promise.resolve()),
  }
}

let world = newWorld()

/** A fresh world for the next boot of the bundle; the module object below keeps its identity. */
export function resetWorld(userData: string, isPackaged: boolean): World {
  world = newWorld()
  world.app.userData = userData
  world.app.isPackaged = isPackaged
  return world
}

const cancelled = () => Promise.resolve({ canceled: true, filePath: '', filePaths: [] })

/** Getters, because the bundle holds on to the module while each boot gets a new world. */
export const electronModule = {
  get app() {
    return world.app
  },
  BrowserWindow: FakeWindow,
  Menu: {
    buildFromTemplate: (template: unknown) => ({ template }),
    setApplicationMenu: (menu: unknown) => world.menus.push(menu),
  },
  dialog: { showOpenDialog: cancelled, showSaveDialog: cancelled },
  ipcMain: {
    handle: (channel: string, handler: IpcHandler) => world.ipcHandlers.set(channel, handler),
    on: (channel: string) => world.ipcListeners.push(channel),
  },
  nativeTheme: { shouldUseDarkColors: false },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  shell: {
    openExternal: (url: string) => world.openExternal(url),
    openPath: () => Promise.resolve(''),
  },
}
