import { pathToFileURL } from 'node:url'
import { beforeEach, describe, expect, it, vi } from 'vitest'

type PrintCallback = (success: boolean, reason: string) => void

const electron = vi.hoisted(() => {
  const windows: FakeViewer[] = []
  class FakeViewer {
    readonly options: unknown
    readonly loaded: string[] = []
    destroyed = false
    readonly handlers = new Map<string, (event: { preventDefault: () => void }) => void>()
    readonly once = new Map<string, () => void>()
    printResult: [boolean, string] = [true, '']
    windowOpen: (() => { action: string }) | null = null
    readonly webContents = {
      on: (name: string, handler: (event: { preventDefault: () => void }) => void) =>
        this.handlers.set(name, handler),
      once: (name: string, handler: () => void) => this.once.set(name, handler),
      setWindowOpenHandler: (handler: () => { action: string }) => {
        this.windowOpen = handler
      },
      print: (_options: unknown, done: PrintCallback) => done(...this.printResult),
    }
    constructor(options: unknown) {
      this.options = options
      windows.push(this)
    }
    loadURL(url: string): Promise<void> {
      this.loaded.push(url)
      queueMicrotask(() => this.once.get('did-finish-load')?.())
      return Promise.resolve()
    }
    destroy(): void {
      this.destroyed = true
    }
  }
  return {
    windows,
    BrowserWindow: FakeViewer,
    shell: { openPath: vi.fn<(path: string) => Promise<string>>() },
  }
})
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow, shell: electron.shell }))

const { createDocumentHost } = await import('../../../electron/main/documents.ts')

beforeEach(() => {
  electron.windows.length = 0
  electron.shell.openPath.mockReset()
})

describe('opening a written file', () => {
  it('hands the path to the system viewer', async () => {
    electron.shell.openPath.mockResolvedValue('')
    await createDocumentHost().openFile('/clubs/verzeichnis.pdf')
    expect(electron.shell.openPath).toHaveBeenCalledExactlyOnceWith('/clubs/verzeichnis.pdf')
  })

  it('fails with the reason the system gives', async () => {
    electron.shell.openPath.mockResolvedValue('No application is associated')
    await expect(createDocumentHost().openFile('/a.pdf')).rejects.toThrow('No application')
  })
})

describe('printing a PDF', () => {
  it('loads it in a hidden, sandboxed window, prints it and closes the window', async () => {
    await createDocumentHost().printPdf('/tmp/kreis-print-x/verzeichnis.pdf')
    const [viewer] = electron.windows
    expect(viewer?.options).toEqual({
      show: false,
      webPreferences: {
        plugins: true,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
      },
    })
    expect(viewer?.loaded).toEqual([pathToFileURL('/tmp/kreis-print-x/verzeichnis.pdf').href])
    expect(viewer?.destroyed).toBe(true)
  })

  it('lets the viewer neither navigate nor open windows', async () => {
    await createDocumentHost().printPdf('/a.pdf')
    const [viewer] = electron.windows
    const preventDefault = vi.fn()
    viewer?.handlers.get('will-navigate')?.({ preventDefault })
    expect(preventDefault).toHaveBeenCalled()
    expect(viewer?.windowOpen?.()).toEqual({ action: 'deny' })
  })

  it('takes a cancelled print dialog calmly and reports a failed print', async () => {
    const host = createDocumentHost()
    const cancelled = host.printPdf('/a.pdf')
    electron.windows[0]?.printResult.splice(0, 2, false, 'cancelled')
    await expect(cancelled).resolves.toBeUndefined()
    const failing = host.printPdf('/b.pdf')
    electron.windows[1]?.printResult.splice(0, 2, false, 'Printer is offline')
    await expect(failing).rejects.toThrow('Printer is offline')
    expect(electron.windows[1]?.destroyed).toBe(true)
  })
})
