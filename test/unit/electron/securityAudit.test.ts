import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { WebPreferences } from 'electron'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { channels, type Envelope } from '../../../src/api/bridge.ts'
import { bootMain, built, ensureBuilt, type Booted } from './builtApp.ts'
import { electronModule, type FakeWebContents, type FakeWindow } from './fakeElectron.ts'

// The audit drives the bundle a packaged app runs, not the sources: what the build made of them
// is what the user gets. Numbers refer to https://www.electronjs.org/docs/latest/tutorial/security.
vi.mock('electron', async () => (await import('./fakeElectron.ts')).electronModule)

const ownUrl = pathToFileURL(built.indexHtml).href
const hostileUrls = [
  'https://evil.example/',
  'http://evil.example/phish',
  'file:///etc/passwd',
  'file:///home/user/Downloads/index.html',
  'javascript:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'smb://evil.example/share',
  'ms-msdt:/id PCWDiagnostic',
]

/** Checklist items 2, 3, 4, 6, 8, 9, 10 and 11, for one window. */
function expectHardened(web: WebPreferences): void {
  expect(web.contextIsolation).toBe(true)
  expect(web.sandbox).toBe(true)
  expect(web.nodeIntegration).not.toBe(true)
  expect(web.nodeIntegrationInWorker).not.toBe(true)
  expect(web.nodeIntegrationInSubFrames).not.toBe(true)
  expect(web.webSecurity).not.toBe(false)
  expect(web.allowRunningInsecureContent).not.toBe(true)
  expect(web.experimentalFeatures).not.toBe(true)
  expect(web.enableBlinkFeatures).toBeUndefined()
  expect(web.webviewTag).not.toBe(true)
}

/** Fires a guarded event at every listener and reports whether any listener refused it. */
function refused(contents: FakeWebContents, name: string, url: string): boolean {
  let prevented = false
  contents.emit(name, { url, preventDefault: () => (prevented = true) }, url)
  return prevented
}

function expectLockedDown(contents: FakeWebContents): void {
  for (const url of [...hostileUrls, ownUrl]) {
    expect(contents.windowOpenHandler?.({ url }), url).toEqual({ action: 'deny' })
  }
  for (const name of ['will-navigate', 'will-redirect']) {
    expect(contents.listenerCount(name), name).toBeGreaterThan(0)
    for (const url of hostileUrls) expect(refused(contents, name, url), `${name} ${url}`).toBe(true)
  }
  let attached = true
  const webview = { preventDefault: () => (attached = false) }
  contents.emit('will-attach-webview', webview, { nodeIntegration: true }, { src: hostileUrls[0] })
  expect(attached).toBe(false)
}

type Invoke = (frame: unknown, name: string, input: unknown) => Promise<Envelope<unknown>>

function ipcOf(app: Booted): Invoke {
  const handler = app.world.ipcHandlers.get(channels.invoke)
  if (handler === undefined) throw new Error('the main process registered no invoke handler')
  return async (frame, name, input) =>
    (await handler({ senderFrame: frame }, name, input)) as Envelope<unknown>
}

const topFrame = (url: string) => ({ url, parent: null })
const forbidden = { ok: false, error: { code: 'ipc.forbidden', params: {} } }

describe('security audit of the built app (production)', () => {
  let app: Booted
  let main: FakeWindow
  let invoke: Invoke

  beforeAll(async () => {
    await ensureBuilt()
    app = await bootMain({ isPackaged: true })
    main = app.world.windows[0] as FakeWindow
    invoke = ipcOf(app)
  }, 120_000)
  afterAll(() => app.quit())
  beforeEach(() => app.world.openExternal.mockClear())

  it('1: loads only the local bundle, from disk', () => {
    expect(main.loaded).toEqual([{ how: 'file', target: built.indexHtml }])
    expect(existsSync(built.indexHtml)).toBe(true)
  })

  it('2, 3, 6, 8, 9, 10: the main window is hardened, with the built preload as its only bridge', () => {
    expectHardened(main.webPreferences)
    expect(resolve(main.webPreferences.preload ?? '')).toBe(built.preload)
    expect(existsSync(built.preload)).toBe(true)
  })

  it('4: every renderer is sandboxed, and the sandbox was enabled before the app was ready', () => {
    expect(app.world.app.calls.slice(0, 2)).toEqual(['enableSandbox', 'ready'])
    for (const window of app.world.windows) expect(window.webPreferences.sandbox).toBe(true)
  })

  it('5: every permission request and check is denied', () => {
    const { permissionRequest, permissionCheck } = app.world.session
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'hid']) {
      const answers: boolean[] = []
      permissionRequest?.(main.webContents, permission, (granted) => answers.push(granted), {})
      expect(answers, permission).toEqual([false])
      expect(permissionCheck?.(main.webContents, permission), permission).toBe(false)
    }
  })

  it('7: the built page carries the same strict policy the main process sends as a header', () => {
    const html = readFileSync(built.indexHtml, 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    const responses: { responseHeaders?: Record<string, string | string[]> }[] = []
    app.world.session.headersReceived?.(
      {
        url: 'https://evil.example/',
        responseHeaders: { 'Content-Security-Policy': ["default-src *; script-src 'unsafe-eval'"] },
      },
      (response) => responses.push(response),
    )
    expect(responses[0]?.responseHeaders).toEqual({ 'Content-Security-Policy': [meta] })

    const directives = new Map(
      (meta ?? '').split(';').map((d) => {
        const [name = '', ...sources] = d.trim().split(/\s+/)
        return [name, sources] as const
      }),
    )
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(meta).not.toMatch(/unsafe-eval|\*|https?:/)
  })

  it('11, 12, 13: the main window opens no windows, attaches no webviews, navigates nowhere', () => {
    expectLockedDown(main.webContents)
    expect(refused(main.webContents, 'will-navigate', `${ownUrl}#/members`)).toBe(false)
  })

  it('14: only checked web links reach shell.openExternal', () => {
    for (const url of hostileUrls) {
      main.webContents.windowOpenHandler?.({ url })
      refused(main.webContents, 'will-navigate', url)
    }
    const opened = app.world.openExternal.mock.calls.map(([url]) => url)
    expect(new Set(opened)).toEqual(new Set(['https://evil.example/', 'http://evil.example/phish']))
  })

  it('16: IPC has one handler, and only our own top-level page reaches the core', async () => {
    expect([...app.world.ipcHandlers.keys()]).toEqual([channels.invoke])
    expect(app.world.ipcListeners).toEqual([])
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed')
      },
      parent: null,
    }
    const foreign = [
      null,
      disposed,
      { url: ownUrl, parent: topFrame(ownUrl) },
      ...hostileUrls.map(topFrame),
    ]
    const create = { name: 'Evil', kind: 'rotary', locale: 'de', location: 'default' }
    for (const frame of foreign) {
      expect(await invoke(frame, 'clubs/create', create)).toEqual(forbidden)
    }
    expect(existsSync(resolve(app.userData, 'clubs'))).toBe(false)
    expect(await invoke(topFrame(`${ownUrl}#/welcome`), 'app/state', {})).toMatchObject({
      ok: true,
    })
  })

  it('17: the app registers no protocol and uses only the Electron APIs this audit drives', () => {
    const bundle = readFileSync(built.main, 'utf8')
    const names = /import\s*\{([^}]*)\}\s*from\s*"electron"/.exec(bundle)?.[1]?.split(',')
    expect(names?.map((name) => name.trim()).sort()).toEqual(Object.keys(electronModule).sort())
    expect(bundle).not.toMatch(/registerSchemesAsPrivileged|registerFileProtocol|protocol\.handle/)
  })

  it('2, 9, 10, 11: no window anywhere in the bundle switches a protection off', () => {
    const bundle = readFileSync(built.main, 'utf8')
    expect(bundle).not.toMatch(
      /nodeIntegration\w*:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false/,
    )
    expect(bundle).not.toMatch(/allowRunningInsecureContent:\s*true|experimentalFeatures:\s*true/)
    expect(bundle).not.toMatch(/enableBlinkFeatures|webviewTag:\s*true/)
    // The main window and the print viewer, both audited here; a new one needs its own case.
    expect(bundle.match(/new BrowserWindow\(/g)).toHaveLength(2)
  })

  describe('the hidden window that prints a PDF', () => {
    let viewer: FakeWindow

    beforeAll(async () => {
      const own = topFrame(ownUrl)
      const create = { name: 'Audit', kind: 'rotary', locale: 'de', location: 'default' }
      expect(await invoke(own, 'clubs/create', create)).toMatchObject({ ok: true })
      const options = await invoke(own, 'directory/options', {})
      if (!options.ok) throw new Error(options.error.code)
      expect(await invoke(own, 'directory/print', options.value)).toMatchObject({ ok: true })
      viewer = app.world.windows[1] as FakeWindow
    }, 60_000)

    it('2, 3, 4, 6, 8, 9, 10: is hardened too and gets no preload', () => {
      expectHardened(viewer.webPreferences)
      expect(viewer.webPreferences.preload).toBeUndefined()
      expect(viewer.options.show).toBe(false)
    })

    it('11, 12, 13: cannot open windows, attach webviews or navigate, and is gone after printing', () => {
      expectLockedDown(viewer.webContents)
      expect(viewer.loaded).toHaveLength(1)
      expect(viewer.loaded[0]?.target).toMatch(/^file:\/\/.*\.pdf$/)
      expect(viewer.destroyed).toBe(true)
    })
  })
})

describe('security audit of the built app: where the renderer comes from', () => {
  beforeAll(ensureBuilt, 120_000)

  it.each([
    { isPackaged: true, rendererUrl: 'http://localhost:5173' },
    { isPackaged: false, rendererUrl: 'https://evil.example/' },
    { isPackaged: false, rendererUrl: 'http://evil.example:5173/' },
  ])('1: %o still loads only the local bundle, without developer tools', async (options) => {
    const app = await bootMain(options)
    try {
      const main = app.world.windows[0] as FakeWindow
      expect(main.loaded).toEqual([{ how: 'file', target: built.indexHtml }])
      expect(refused(main.webContents, 'will-navigate', options.rendererUrl)).toBe(true)
      expect(JSON.stringify(app.world.menus.at(-1))).not.toMatch(/toggleDevTools|"reload"/)
    } finally {
      await app.quit()
    }
  })
})

describe('security audit: Electron itself', () => {
  it('15: is a current major version, in package.json and installed', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
      devDependencies: Record<string, string>
    }
    const wanted = Number(/\d+/.exec(manifest.devDependencies['electron'] ?? '')?.[0])
    const installed = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as {
      version: string
    }
    expect(wanted).toBeGreaterThanOrEqual(40)
    expect(Number(installed.version.split('.')[0])).toBe(wanted)
  })
})
