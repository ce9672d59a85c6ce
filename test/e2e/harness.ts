import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, onTestFailed } from 'vitest'
import { startBridge, type Bridge } from '../bridge/server.ts'
import { ScriptedHost } from '../support/session.ts'
import { fixedClock, useTempDir } from '../support/temp.ts'

export const screenshotDir = resolve('test-results')
const rendererDir = resolve('out/renderer')

/** Debian's Chromium, with the flags that keep it from reaching for the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export interface Harness {
  readonly bridge: Bridge
  readonly host: ScriptedHost
  readonly page: Page
}

export async function openHarness(browser: Browser, userDataDir: string): Promise<Harness> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` first (npm test does).')
  }
  const host = new ScriptedHost()
  const bridge = await startBridge({ rendererDir, userDataDir, host, clock: fixedClock })
  const page = await browser.newPage({ viewport: { width: 1280, height: 820 }, locale: 'de-DE' })
  page.on('pageerror', (error) => {
    throw error
  })
  await page.goto(bridge.url)
  return { bridge, host, page }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true })
  // Let Naive UI's transitions settle so the picture shows the resting state.
  await page.waitForTimeout(250)
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true })
}

/**
 * One Chromium per test file, a fresh club folder and bridge per test; `open()` gives the page.
 * A failing test leaves a picture of the moment it went wrong.
 */
export function useHarness(): () => Promise<Harness> {
  const tempDir = useTempDir()
  let browser: Browser | null = null
  let harness: Harness | null = null
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  afterEach(async () => {
    await harness?.page.close()
    await harness?.bridge.close()
    harness = null
  })
  return async () => {
    if (browser === null) throw new Error('useHarness: only inside a test')
    const opened = await openHarness(browser, tempDir())
    harness = opened
    onTestFailed(({ task }) => screenshot(opened.page, `failed-${task.name.slice(0, 40)}`))
    return opened
  }
}
