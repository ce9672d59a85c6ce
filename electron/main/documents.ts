import { pathToFileURL } from 'node:url'
import { BrowserWindow, shell } from 'electron'
import type { Host } from '../../src/core/dispatch/host.ts'

/**
 * Files Kreis has just written, handed to the system: only paths the core chose through the
 * save dialog or a temporary folder arrive here, never text from the renderer.
 */
export function createDocumentHost(): Pick<Host, 'openFile' | 'printPdf'> {
  return {
    async openFile(path) {
      const problem = await shell.openPath(path)
      if (problem !== '') throw new Error(problem)
    },
    printPdf(path) {
      // Chromium's own PDF viewer lays the pages out; the window is never shown and closes
      // once the print dialog is done with it.
      const viewer = new BrowserWindow({
        show: false,
        webPreferences: {
          plugins: true,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
        },
      })
      viewer.webContents.on('will-navigate', (event) => event.preventDefault())
      viewer.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
      return new Promise<void>((resolve, reject) => {
        viewer.webContents.once('did-finish-load', () => {
          viewer.webContents.print({}, (success, reason) => {
            viewer.destroy()
            if (success || reason === 'cancelled') resolve()
            else reject(new Error(reason))
          })
        })
        viewer.loadURL(pathToFileURL(path).href).catch((error: unknown) => {
          viewer.destroy()
          reject(error instanceof Error ? error : new Error(String(error)))
        })
      })
    },
  }
}
