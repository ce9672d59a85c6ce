import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Locale } from '../../src/api/club.ts'
import { createClubFile } from '../../src/core/db/createClubFile.ts'
import { fillDemoClub } from '../../src/core/demo/demoClub.ts'
import { screenshot, screenshotDir, useHarness, type Harness } from './harness.ts'
import { fixedClock, useTempDir } from '../support/temp.ts'

const tempDir = useTempDir()
const open = useHarness()

/** The core's clock and the page's agree on the day: 21 November 2026. */
async function fixToday(page: Page): Promise<void> {
  await page.clock.setFixedTime(new Date('2026-11-21T10:00:00Z'))
  await page.reload()
}

/** The BNI demo chapter (meetings with roll calls, referrals, closed business), opened by file. */
async function openChapter(harness: Harness, locale: Locale): Promise<void> {
  const { page, host } = harness
  const path = join(tempDir(), `chapter-${locale}.kreis`)
  await createClubFile(path, (db) =>
    fillDemoClub(db, { members: 30, seed: 1, locale, kind: 'bni', clock: fixedClock }),
  )
  await page.setViewportSize({ width: 1280, height: 820 })
  await fixToday(page)
  host.toOpen.push(path)
  await page.locator('[data-test=open-file]').click()
  await page
    .getByRole('heading', { name: locale === 'de' ? 'Mitglieder' : 'Members', level: 1 })
    .waitFor()
}

/** Two active members of the chapter, as the member pickers name them. */
async function twoMembers(harness: Harness): Promise<[string, string]> {
  const rows = await harness.bridge.session
    .requireClub()
    .db.selectFrom('member')
    .select(['first_name', 'last_name'])
    .where('status', '=', 'active')
    .where('kind', '=', 'person')
    .orderBy('id')
    .limit(2)
    .execute()
  const [a, b] = rows.map((row) => `${row.first_name ?? ''} ${row.last_name ?? ''}`.trim())
  if (a === undefined || b === undefined) throw new Error('the demo chapter has active members')
  return [a, b]
}

/** Types into a member picker and takes the first member it finds. */
async function pickMember(page: Page, picker: Locator, name: string): Promise<void> {
  await picker.click()
  await picker.locator('input').fill(name)
  const option = page.locator('.n-base-select-option', { hasText: name }).first()
  await option.waitFor()
  await option.click()
}

/** The view scrolls inside the window: a tall window shows all of it for the picture. */
async function screenshotTall(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.querySelector('main')?.scrollHeight ?? 820)
  await page.setViewportSize({ width: 1280, height: Math.min(4000, Math.max(820, height + 40)) })
  await screenshot(page, name)
  await page.setViewportSize({ width: 1280, height: 820 })
}

describe('referrals and figures in Chromium', () => {
  it('records a referral and its closed business, then shows the chapter’s figures', async () => {
    const harness = await open()
    const { page } = harness
    await openChapter(harness, 'de')
    const [giver, receiver] = await twoMembers(harness)

    await page.getByRole('link', { name: 'Treffen' }).click()
    await page.getByRole('tab', { name: 'Empfehlungen' }).click()
    const referrals = page.locator('[data-test=referral-rows]')
    await referrals.waitFor()
    await screenshot(page, 'business-referrals-de')

    // A referral slip: from, to, the contact, and how warm the lead is.
    await page.locator('[data-test=referrals-add]').click()
    const dialog = page.locator('[data-test=referral-dialog]')
    await pickMember(page, dialog.locator('[data-test=referral-from]'), giver)
    await pickMember(page, dialog.locator('[data-test=referral-to]'), receiver)
    await dialog.locator('[data-test=referral-contact] input').fill('Petra Bauherrin')
    await dialog.locator('[data-test=referral-details] input').fill('0171 2345678')
    await dialog.locator('[data-test=referral-interest-5]').click()
    await screenshot(page, 'business-referral-dialog-de')
    await dialog.locator('[data-test=referral-save]').click()
    await page.getByText(`Empfehlung von ${giver} an ${receiver} gespeichert.`).waitFor()
    await dialog.waitFor({ state: 'detached' })
    await referrals.getByText('Petra Bauherrin').waitFor()

    // The receiver thanks for the business that came of it.
    await page.locator('[data-test=section-tyfcb]').click()
    await page.locator('[data-test=tyfcb-add]').click()
    const thanks = page.locator('[data-test=tyfcb-dialog]')
    await pickMember(page, thanks.locator('[data-test=tyfcb-receiver]'), receiver)
    await pickMember(page, thanks.locator('[data-test=tyfcb-giver]'), giver)
    await thanks.locator('[data-test=tyfcb-kind-referral]').click()
    const slip = thanks.locator('[data-test=tyfcb-referral]')
    await slip.click()
    await page.locator('.n-base-select-option', { hasText: 'Petra Bauherrin' }).click()
    await thanks.locator('[data-test=tyfcb-amount] input').fill('1.250,50')
    await screenshot(page, 'business-tyfcb-dialog-de')
    await thanks.locator('[data-test=tyfcb-save]').click()
    await page.getByText(`Umsatz für ${receiver} gespeichert.`).waitFor()
    await page.locator('[data-test=tyfcb-rows]').getByText('1.250,50 €').waitFor()
    await screenshot(page, 'business-tyfcb-de')

    // The figures: the club's rate and its course, every member, the chapter report.
    await page.getByRole('tab', { name: 'Auswertung' }).click()
    await page.locator('[data-test=attendance-chart] canvas').waitFor()
    await page.locator('[data-test=attendance-members]').waitFor()
    const chapter = page.locator('[data-test=chapter-rows]')
    await chapter.getByText(receiver).first().waitFor()
    const meetings = Number(await page.locator('[data-test=meeting-count]').innerText())
    expect(meetings).toBeGreaterThan(0)
    const total = await page.locator('[data-test=chapter-tyfcb] .value').innerText()
    expect(total).toMatch(/€$/)
    await screenshotTall(page, 'business-figures-de')

    // Both reports are written where the user says; the PDF opens in the viewer.
    const pdf = join(tempDir(), 'Anwesenheit.pdf')
    harness.host.toSave.push(pdf)
    await page.locator('[data-test=figures-pdf]').click()
    await page.getByText(`Gespeichert: ${pdf}`).waitFor()
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(harness.host.opened).toEqual([pdf])
    const xlsx = join(tempDir(), 'Chapter.xlsx')
    harness.host.toSave.push(xlsx)
    await page.locator('[data-test=chapter-xlsx]').click()
    await page.getByText(`Gespeichert: ${xlsx}`).waitFor()
    // An XLSX file is a zip archive.
    expect(readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK')
    expect(harness.host.opened).toEqual([pdf])
  })

  it('shows the figures and the referrals in English', async () => {
    const harness = await open()
    const { page } = harness
    await openChapter(harness, 'en')
    await page.getByRole('link', { name: 'Meetings' }).click()
    await page.getByRole('tab', { name: 'Figures' }).click()
    await page.locator('[data-test=attendance-chart] canvas').waitFor()
    await page.locator('[data-test=chapter-rows]').waitFor()
    await page.getByText('Chapter report', { exact: true }).waitFor()
    await screenshotTall(page, 'business-figures-en')

    await page.getByRole('tab', { name: 'Referrals' }).click()
    await page.locator('[data-test=referral-rows]').waitFor()
    const [first] = await twoMembers(harness)
    await pickMember(page, page.locator('[data-test=business-member]'), first)
    await page.getByRole('heading', { name: `Report for ${first}` }).waitFor()
    await screenshot(page, 'business-member-report-en')
  })

  it('tells a new club how figures come about, and where the rules are set', async () => {
    const { page } = await open()
    await page.setViewportSize({ width: 1280, height: 820 })
    await fixToday(page)
    await page.locator('#club-name').fill('Rotary Club Teststadt')
    await page.locator('[data-test=create-club]').click()
    await page.getByRole('heading', { name: 'Mitglieder', level: 1 }).waitFor()
    await page.getByRole('link', { name: 'Treffen' }).click()
    await page.getByRole('tab', { name: 'Auswertung' }).click()
    await page.getByText('Noch keine Anwesenheit in diesem Zeitraum').waitFor()
    await screenshot(page, 'business-figures-empty-de')

    await page.getByRole('link', { name: 'Einstellungen' }).click()
    const card = page.locator('[data-test=meeting-settings-card]')
    await card.locator('[data-test=codes-editor] tbody tr').first().waitFor()
    await card.scrollIntoViewIfNeeded()
    await card.screenshot({ path: join(screenshotDir, 'meeting-settings-de.png') })
  })
})
