import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { vi } from 'vitest'
import { resetWorld, type World } from './fakeElectron.ts'

/** What `npm run build` (electron-vite) writes and a packaged app runs. */
export const built = {
  main: resolve('out/main/index.js'),
  searchRowsWorker: resolve('out/main/searchRowsWorker.js'),
  checkpointWorker: resolve('out/main/checkpointWorker.js'),
  preload: resolve('out/preload/index.cjs'),
  indexHtml: resolve('out/renderer/index.html'),
} as const

const isBuilt = (): boolean => Object.values(built).every((file) => existsSync(file))
const buildLock = resolve('node_modules/.tmp/kreis-audit-build.lock')
/** A build takes seconds; a lock this old was left behind by a run that was killed. */
const staleLockMs = 5 * 60_000

/**
 * `npm test` builds before vitest runs, so the bundle is normally there. A fresh checkout
 * running only the unit tests gets it built here, once: the audit files start side by side,
 * and the one that takes the lock builds while the others wait for it.
 */
export async function ensureBuilt(): Promise<void> {
  mkdirSync(dirname(buildLock), { recursive: true })
  while (!isBuilt()) {
    if (takeBuildLock()) {
      try {
        const cli = resolve('node_modules/electron-vite/bin/electron-vite.js')
        execFileSync(process.execPath, [cli, 'build'], { stdio: 'ignore' })
      } finally {
        rmSync(buildLock, { recursive: true, force: true })
      }
      return
    }
    await new Promise((done) => setTimeout(done, 200))
  }
}

/** Creating a folder either succeeds or finds it there: one builder, however many callers. */
function takeBuildLock(): boolean {
  try {
    mkdirSync(buildLock)
    return true
  } catch {
    const lockedAt = statSync(buildLock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()
    if (Date.now() - lockedAt > staleLockMs) rmSync(buildLock, { recursive: true, force: true })
    return false
  }
}

export interface BootOptions {
  readonly isPackaged: boolean
  /** What `electron-vite dev` would put into ELECTRON_RENDERER_URL (or an attacker). */
  readonly rendererUrl?: string
}

export interface Booted {
  readonly world: World
  readonly userData: string
  /** Quits the way Electron does (will-quit), so the club file is closed before it is removed. */
  quit(): Promise<void>
}

let boots = 0

/**
 * Evaluates the built main process afresh (a query string makes it a new module) against the
 * fake electron module, makes the app ready and waits until it has opened its window.
 */
export async function bootMain(options: BootOptions): Promise<Booted> {
  const userData = mkdtempSync(join(tmpdir(), 'kreis-audit-'))
  const world = resetWorld(userData, options.isPackaged)
  vi.stubEnv('ELECTRON_RENDERER_URL', options.rendererUrl)
  try {
    boots += 1
    await import(/* @vite-ignore */ `${pathToFileURL(built.main).href}?boot=${boots}`)
  } finally {
    vi.unstubAllEnvs()
  }
  world.app.becomeReady()
  await vi.waitFor(() => {
    if (world.app.exits.length > 0) throw new Error('the main process gave up starting')
    if (world.windows.length === 0 || world.ipcHandlers.size === 0) throw new Error('not up yet')
  })
  return {
    world,
    userData,
    async quit() {
      world.app.emit('will-quit', { preventDefault: () => world.app.calls.push('quit deferred') })
      await vi.waitFor(() => {
        if (!world.app.calls.includes('quit')) throw new Error('still closing the club')
      })
      rmSync(userData, { recursive: true, force: true })
    },
  }
}
