import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { screenshot, useHarness } from './harness.ts'
import { useTempDir } from '../support/temp.ts'

const tempDir = useTempDir()
const open = useHarness()

describe('the Kreis window in Chromium', () => {
  it('creates a club through the welcome screen and switches its language', async () => {
    const { page, bridge } = await open()
    await page.getByRole('heading', { name: 'Willkommen bei Kreis' }).waitFor()
    await screenshot(page, 'welcome-de')

    await page.locator('#club-name').fill('Rotary Club Teststadt')
    await page.locator('[data-test=create-club]').click()
    await page.getByRole('heading', { name: 'Mitglieder', level: 1 }).waitFor()
    expect(bridge.session.state().club?.name).toBe('Rotary Club Teststadt')
    await expect.poll(() => page.title()).toBe('Rotary Club Teststadt — Kreis')
    await page.getByRole('heading', { name: 'Noch keine Mitglieder' }).waitFor()
    await screenshot(page, 'members-empty-de')

    for (const area of ['Branchen', 'Beiträge', 'Treffen', 'Verzeichnis']) {
      await page.getByRole('link', { name: area }).click()
      await page.getByRole('heading', { name: area, level: 1 }).waitFor()
    }
    await screenshot(page, 'directory-de')

    await page.getByRole('link', { name: 'Einstellungen' }).click()
    await page.locator('#profile-name').waitFor()

    // A large picture (a screenshot of the page itself) is scaled down before it is stored.
    const picture = await page.screenshot({ type: 'png' })
    await page.locator('[data-test=logo-input]').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: picture,
    })
    await page.getByRole('img', { name: 'Logo des Clubs' }).waitFor()
    const logo = await bridge.session
      .requireClub()
      .db.selectFrom('club')
      .select('logo')
      .executeTakeFirstOrThrow()
    const stored = Buffer.from(logo.logo ?? new Uint8Array())
    expect(Math.max(stored.readUInt32BE(16), stored.readUInt32BE(20))).toBe(512)
    await screenshot(page, 'settings-de')

    await page.locator('[data-test=profile-locale-en]').click()
    await page.locator('[data-test=save-profile]').click()
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor()
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en')
    await page.getByRole('link', { name: 'Members' }).waitFor()
    await screenshot(page, 'settings-en')
    expect(bridge.session.state().club?.locale).toBe('en')

    await page.getByRole('link', { name: 'Members' }).click()
    await page.getByRole('heading', { name: 'No members yet' }).waitFor()
    await screenshot(page, 'members-empty-en')
  })

  it('opens the demo club in English from the welcome screen', async () => {
    const { page, bridge } = await open()
    await page.locator('[data-test=language-en]').click()
    await page.getByRole('heading', { name: 'Welcome to Kreis' }).waitFor()
    await screenshot(page, 'welcome-en')

    await page.locator('[data-test=create-club]').click()
    await page.getByText('Please enter the name of the club.').waitFor()

    await page.locator('[data-test=open-demo]').click()
    await page.getByText('60 members,').waitFor()
    expect(bridge.session.state().club?.name).toBe('Rotary Club Frankfurt-Taunusblick')
    await screenshot(page, 'members-demo-en')

    await page.emulateMedia({ colorScheme: 'dark' })
    await screenshot(page, 'members-demo-dark-en')
  })

  it('explains in German why a file cannot be opened, and keeps the keyboard focus visible', async () => {
    const { page, host } = await open()
    const junk = join(tempDir(), 'Mitgliederliste.kreis')
    writeFileSync(junk, 'Name;Vorname\nMüller;Hans\n')
    host.toOpen.push(junk)
    await page.locator('[data-test=open-file]').click()
    await page.getByText('ist keine Kreis-Datei').waitFor()
    await screenshot(page, 'open-error-de')

    await page.locator('body').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const focused = await page.evaluate('document.activeElement?.tagName')
    expect(focused).not.toBe('BODY')
    await screenshot(page, 'keyboard-focus-de')
  })
})
