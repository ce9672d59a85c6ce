import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { screenshot, useHarness } from './harness.ts'
import { useTempDir } from '../support/temp.ts'

const tempDir = useTempDir()
const open = useHarness()

/** The preview has been asked for, answered and drawn: nothing is pending any more. */
async function previewDrawn(page: Page): Promise<void> {
  await page
    .locator('[data-test=preview][aria-busy=false] [data-test=preview-page]')
    .first()
    .waitFor({
      timeout: 30_000,
    })
}

/** How many pixels of a preview page are ink rather than paper. */
function inkOf(page: Page, index: number): Promise<number> {
  return page
    .locator('[data-test=preview-page]')
    .nth(index)
    .evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d')
      if (context === null) return 0
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
      let ink = 0
      for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 160) ink++
      return ink
    })
}

/** The view scrolls inside the window; a tall window shows all of it. */
async function screenshotTall(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.querySelector('main')?.scrollHeight ?? 820)
  await page.setViewportSize({ width: 1280, height: Math.min(4000, Math.max(820, height + 40)) })
  await screenshot(page, name)
  await page.setViewportSize({ width: 1280, height: 820 })
}

function startsAsPdf(path: string): string {
  return readFileSync(path).subarray(0, 5).toString('latin1')
}

describe('the directory in Chromium', () => {
  it('previews, saves and prints the demo club’s directory and saves a phone list', async () => {
    const { page, host, bridge } = await open()
    // pdf.js must find everything it asks for (its worker, no fonts or decoders from elsewhere)
    // and the page's policy must let it run.
    const problems: string[] = []
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`)
    })
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        problems.push(message.text())
    })
    await page.locator('[data-test=open-demo]').click()
    await page.getByRole('heading', { name: 'Mitglieder', level: 1 }).waitFor()
    await page.getByRole('link', { name: 'Verzeichnis' }).click()
    await page.getByRole('heading', { name: 'Verzeichnis', level: 1 }).waitFor()

    // Four pages of the booklet, drawn by pdf.js: paper with print on it.
    await previewDrawn(page)
    await expect.poll(() => page.locator('[data-test=preview-page]').count()).toBe(4)
    for (const index of [0, 1, 2, 3]) expect(await inkOf(page, index)).toBeGreaterThan(300)
    const count = await page.locator('[data-test=directory-count]').innerText()
    const listed = Number(/^(\d+) Mitglieder im Verzeichnis$/.exec(count)?.[1])
    expect(listed).toBeGreaterThan(10)
    expect(listed).toBeLessThan(60)
    await screenshot(page, 'directory-book-de')

    // By keyboard: A4 instead of A5, two columns; the preview follows.
    // The sheets take the pages' own proportions: A5 is 419.53 × 595.28 points, A4 595.28 wide.
    const sheet = page.locator('[data-test=preview-sheet]').first()
    expect(await sheet.getAttribute('style')).toContain('aspect-ratio: 419.5')
    await page.locator('[data-test=paper-a5] input').focus()
    await page.keyboard.press('ArrowLeft')
    await page.locator('[data-test=columns-1] input').focus()
    await page.keyboard.press('ArrowRight')
    await expect
      .poll(() => page.locator('[data-test=columns-2]').getAttribute('class'))
      .toContain('checked')
    await page.waitForTimeout(500)
    await previewDrawn(page)
    await expect.poll(() => sheet.getAttribute('style')).toContain('aspect-ratio: 595.2')
    for (const index of [0, 1]) expect(await inkOf(page, index)).toBeGreaterThan(300)
    await screenshot(page, 'directory-book-a4-de')

    // The rest of the preview: the members A–Z with their photos, and one page up close.
    await page.locator('[data-test=preview-more]').click()
    await expect.poll(() => page.locator('[data-test=preview-page]').count()).toBeGreaterThan(4)
    await previewDrawn(page)
    expect(await inkOf(page, 4)).toBeGreaterThan(300)
    await screenshotTall(page, 'directory-book-all-de')
    await page.locator('[data-test=preview-sheet]').nth(4).focus()
    await page.keyboard.press('Enter')
    const enlarged = page.locator('[data-test=preview-enlarged]')
    await enlarged.getByText(/^Seite 5 von \d+ der Vorschau$/).waitFor()
    await page.keyboard.press('ArrowLeft')
    await enlarged.getByText(/^Seite 4 von \d+ der Vorschau$/).waitFor()
    await page.keyboard.press('ArrowRight')
    await enlarged.getByText(/^Seite 5 von \d+ der Vorschau$/).waitFor()
    await page.waitForTimeout(300)
    await screenshot(page, 'directory-page-de')
    await page.keyboard.press('Escape')
    await enlarged.waitFor({ state: 'detached' })

    // Saved where the (scripted) dialog says, remembered for next time.
    const book = join(tempDir(), 'Mitgliederverzeichnis.pdf')
    host.toSave.push(book)
    await page.locator('[data-test=directory-save]').click()
    await page.getByText(`Verzeichnis gespeichert: ${book}`).waitFor({ timeout: 60_000 })
    expect(startsAsPdf(book)).toBe('%PDF-')
    expect(host.opened).toEqual([])
    const remembered = await bridge.session
      .requireClub()
      .db.selectFrom('club')
      .select('directory_options')
      .executeTakeFirstOrThrow()
    expect(JSON.parse(remembered.directory_options ?? '{}')).toMatchObject({
      paper: 'a4',
      columns: 2,
    })
    await screenshot(page, 'directory-saved-de')

    const opened = join(tempDir(), 'Verzeichnis zum Ansehen.pdf')
    host.toSave.push(opened)
    await page.locator('[data-test=directory-save-open]').click()
    await expect.poll(() => host.opened, { timeout: 60_000 }).toEqual([opened])
    expect(startsAsPdf(opened)).toBe('%PDF-')

    await page.locator('[data-test=directory-print]').click()
    await expect.poll(() => host.printed.length, { timeout: 60_000 }).toBe(1)
    expect(host.printed[0]?.head).toBe('%PDF-')
    // The print copy is gone once printing is done.
    expect(existsSync(host.printed[0]?.path ?? '')).toBe(false)

    // The phone list from the second tab.
    await page.getByRole('tab', { name: 'Listen' }).click()
    await page.locator('[data-test=list-options]').waitFor()
    await screenshot(page, 'directory-lists-de')
    const phones = join(tempDir(), 'Telefonliste.pdf')
    host.toSave.push(phones)
    await page.locator('[data-test=list-save]').click()
    await page.getByText(`Telefonliste gespeichert: ${phones}`).waitFor({ timeout: 30_000 })
    expect(startsAsPdf(phones)).toBe('%PDF-')
    await page.locator('[data-test=list-kind-birthdays]').click()
    await page.locator('[data-test=list-year]').waitFor()
    await screenshot(page, 'directory-lists-birthdays-de')

    // A cancelled dialog writes nothing and says nothing.
    await page.locator('[data-test=list-save]').click()
    await page.waitForTimeout(300)
    expect(await page.getByText('Geburtstagsliste gespeichert').count()).toBe(0)
    expect(problems).toEqual([])
  })

  it('speaks English in an English club', async () => {
    const { page, host } = await open()
    await page.locator('[data-test=language-en]').click()
    await page.locator('[data-test=open-demo]').click()
    await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor()
    await page.getByRole('link', { name: 'Directory' }).click()
    await page.getByRole('heading', { name: 'Directory', level: 1 }).waitFor()
    await previewDrawn(page)
    await page.getByText(/^\d+ members in the directory$/).waitFor()
    expect(await inkOf(page, 0)).toBeGreaterThan(300)
    await screenshotTall(page, 'directory-book-en')

    await page.getByRole('tab', { name: 'Lists' }).click()
    await page.locator('[data-test=list-kind-labels]').click()
    await page.locator('[data-test=list-layout-3x8]').click()
    await screenshot(page, 'directory-lists-en')
    const labels = join(tempDir(), 'labels.pdf')
    host.toSave.push(labels)
    await page.locator('[data-test=list-save]').click()
    await page.getByText(`Address labels saved: ${labels}`).waitFor({ timeout: 30_000 })
    expect(startsAsPdf(labels)).toBe('%PDF-')
  })
})
