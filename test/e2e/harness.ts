import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startBridge, type Bridge } from '../bridge/server.ts'
import { ScriptedHost } from '../support/session.ts'
import { fixedClock } from '../support/temp.ts'

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
