import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Kysely } from 'kysely'
import type { Database } from '../../src/core/db/schema.ts'
import { screenshot, useHarness, type Harness } from './harness.ts'
import { addDuesMember, addMembershipType, addSchedule } from '../support/duesClub.ts'
import { useTempDir } from '../support/temp.ts'

const tempDir = useTempDir()
const open = useHarness()
const xsd = resolve('../shared/data/sepa/pain.008.001.08.xsd')

/** The core's clock and the page's agree on the day: 21 November 2026, in club year 2026/27. */
async function fixToday(page: Page): Promise<void> {
  await page.clock.setFixedTime(new Date('2026-11-21T10:00:00Z'))
  await page.reload()
}

async function createClub(page: Page, name: string, heading: string): Promise<void> {
  await page.locator('#club-name').fill(name)
  await page.locator('[data-test=create-club]').click()
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor()
}

/** Two membership types and four members with addresses: what a small club brings along. */
async function seedRoster(db: Kysely<Database>) {
  const active = await addMembershipType(db, 'Aktiv')
  const honorary = await addMembershipType(db, 'Ehrenmitglied')
  const address = (street: string) => ({
    street,
    houseNumber: '1',
    postcode: '60311',
    town: 'Frankfurt am Main',
    country: 'DE',
  })
  const anna = await addDuesMember(db, {
    firstName: 'Anna',
    lastName: 'Müller',
    membershipTypeId: active,
    businessAddress: address('Zeil'),
  })
  const juergen = await addDuesMember(db, {
    firstName: 'Jürgen',
    lastName: 'Weiß',
    membershipTypeId: active,
    businessAddress: address('Große Bockenheimer Straße'),
  })
  const bernd = await addDuesMember(db, {
    firstName: 'Bernd',
    lastName: 'Becker',
    membershipTypeId: active,
    joinDate: '2026-09-05',
    businessAddress: address('Kaiserstraße'),
  })
  await addDuesMember(db, {
    firstName: 'Clara',
    lastName: 'Özdemir',
    membershipTypeId: honorary,
    action: 'makeHonorary',
    actionDate: '2024-01-01',
  })
  return { active, honorary, anna, juergen, bernd }
}

async function typeDate(page: Page, container: Locator, text: string): Promise<void> {
  const input = container.locator('input').first()
  await input.fill(text)
  await input.press('Enter')
  await page.keyboard.press('Tab')
}

/** Answers Naive's confirmation dialog and waits until it has gone. */
async function confirm(page: Page, label: string): Promise<void> {
  const dialog = page.locator('.n-dialog')
  // On a busy machine a click while Naive still scales the dialog in can get lost (CI saw the
  // dialog stay open): click once it has settled, when its transition classes are gone.
  await page.locator('.n-dialog:not([class*="-transition-"])').waitFor()
  await dialog.getByRole('button', { name: label, exact: true }).click()
  await dialog.waitFor({ state: 'detached' })
}

/** Intl puts a no-break space between amount and euro sign. */
async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\u00a0/g, ' ')
}

/**
 * The view scrolls inside the window; a tall window shows all of it, with room at the bottom
 * for the messages of the last steps so they do not cover the content.
 */
async function screenshotTall(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.querySelector('main')?.scrollHeight ?? 820)
  await page.setViewportSize({ width: 1280, height: Math.min(4000, Math.max(800, height + 200)) })
  await screenshot(page, name)
  await page.setViewportSize({ width: 1280, height: 800 })
}

function xmllint(file: string): string {
  return execFileSync('xmllint', ['--noout', '--schema', xsd, file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

async function openClub(harness: Harness, english: boolean) {
  const { page, bridge } = harness
  await page.setViewportSize({ width: 1280, height: 800 })
  await fixToday(page)
  if (english) {
    await page.locator('[data-test=language-en]').click()
    await page.getByRole('heading', { name: 'Welcome to Kreis' }).waitFor()
    await page.locator('label:has(input[name=club-locale][value=en])').click()
  }
  await createClub(
    page,
    english ? 'Rotary Club Riverside' : 'Rotary Club Teststadt',
    english ? 'Members' : 'Mitglieder',
  )
  return bridge.session.requireClub().db
}

describe('dues in Chromium', () => {
  it('sets a fee, bills, takes a payment, duns and exports a SEPA file the schema accepts', async () => {
    const harness = await open()
    const { page, host } = harness
    const db = await openClub(harness, false)

    // A club without membership types is told where fees come from.
    await page.getByRole('link', { name: 'Beiträge' }).click()
    await page.getByRole('heading', { name: 'Beiträge', level: 1 }).waitFor()
    await page.getByText('Noch keine Mitgliedsarten').waitFor()
    await screenshot(page, 'dues-fees-empty-de')

    const roster = await seedRoster(db)
    await page.reload()
    await page.locator(`[data-test=fee-type-${roster.active}]`).waitFor()
    await page.locator(`[data-test=schedule-add-${roster.active}]`).click()
    const dialog = page.locator('[data-test=schedule-dialog]')
    await typeDate(page, dialog.locator('[data-test=schedule-from]'), '01.07.2026')
    await dialog.locator('[data-test=schedule-amount] input').fill('120,00')
    await dialog.locator('[data-test=schedule-admission] input').fill('50')
    await dialog.getByText('Der Satz gilt ab dem 01.07.2026.').waitFor()
    await screenshot(page, 'dues-schedule-dialog-de')
    await dialog.locator('[data-test=schedule-save]').click()
    await page.getByText('Beitragssatz für „Aktiv“ ab 01.07.2026 gespeichert.').waitFor()
    await expect
      .poll(() =>
        textOf(page.locator(`[data-test=fee-type-${roster.active}] [data-test=fee-current]`)),
      )
      .toBe(
        '120,00 € jährlich · anteilig nach Monaten · Aufnahmegebühr 50,00 € · fällig 30 Tage nach Beginn',
      )
    await screenshot(page, 'dues-fees-de')

    // Billing the club year: the preview explains each amount and who is left out.
    await page.getByRole('tab', { name: 'Abrechnung' }).click()
    await page.getByText('Noch keine Abrechnung.').waitFor()
    await page.locator('[data-test=billing-preview]').click()
    const lines = page.locator('[data-test=billing-lines]')
    await lines.getByText('anteilig 10 von 12 Monaten (ab 05.09.2026) von 120,00 €').waitFor()
    await page.locator('[data-test=billing-skipped]').getByText('Clara Özdemir').waitFor()
    await screenshotTall(page, 'dues-billing-preview-de')
    await page.locator('[data-test=billing-commit]').click()
    await confirm(page, 'Abrechnen')
    await page.getByText(/^2026\/27 abgerechnet: \d+ Forderungen über/).waitFor()
    await page.locator('[data-test=billing-runs]').getByText('2026/27').waitFor()
    await screenshot(page, 'dues-billing-runs-de')

    // Anna pays her dues by transfer; her account is even afterwards.
    await page.getByRole('tab', { name: 'Offene Posten' }).click()
    await page.locator(`[data-test=outstanding-open-${roster.anna}]`).click()
    const account = page.locator('[data-test=account]')
    await expect
      .poll(() => textOf(account.locator('[data-test=account-balance]')))
      .toBe('Offen: 120,00 €')
    await screenshot(page, 'dues-account-de')
    await account.locator('[data-test=account-pay]').click()
    const payment = page.locator('[data-test=payment-dialog]')
    expect(await payment.locator('[data-test=payment-amount] input').inputValue()).toBe('120,00')
    await payment.locator('[data-test=payment-text] input').fill('Beitrag 2026/27 Müller')
    await payment.locator('[data-test=payment-save]').click()
    await expect
      .poll(() => textOf(account.locator('[data-test=account-balance]')))
      .toBe('Ausgeglichen')
    await account.getByText('Zahlung (Überweisung)').waitFor()
    await screenshot(page, 'dues-account-paid-de')
    await page.keyboard.press('Escape')
    await account.waitFor({ state: 'detached' })
    await expect
      .poll(() => page.locator(`[data-test=outstanding-open-${roster.anna}]`).count())
      .toBe(0)
    await screenshot(page, 'dues-outstanding-de')

    // Dunning: the letters go into the chosen folder; Anna, who paid, gets none.
    await page.getByRole('tab', { name: 'Mahnwesen' }).click()
    const letters = page.locator('[data-test=dunning-letters]')
    await letters.getByText('Jürgen Weiß').waitFor()
    expect(await letters.getByText('Anna Müller').count()).toBe(0)
    await screenshot(page, 'dues-dunning-de')
    const folder = tempDir()
    host.toSave.push(folder)
    await page.locator('[data-test=dunning-run]').click()
    await confirm(page, 'Mahnbriefe erstellen')
    await page.getByText(new RegExp(`^\\d+ Mahnbriefe? gespeichert in ${folder}`)).waitFor({
      timeout: 60_000,
    })
    const pdfs = readdirSync(folder).filter((name) => name.endsWith('.pdf'))
    expect(pdfs.length).toBeGreaterThan(0)
    for (const pdf of pdfs)
      expect(readFileSync(join(folder, pdf)).subarray(0, 5).toString()).toBe('%PDF-')

    // Direct debit: first the creditor, explained while it is missing.
    await page.getByRole('tab', { name: 'Lastschrift' }).click()
    await page.locator('[data-test=sepa-no-creditor]').waitFor()
    await screenshot(page, 'dues-sepa-empty-de')
    await page.locator('#sepa-creditor-id').fill('DE98ZZZ09999999999')
    await page.locator('#sepa-creditor-name').fill('Rotary Club Teststadt e.V.')
    await page.locator('#sepa-iban').fill('DE89370400440532013000')
    await page.locator('#sepa-iban').blur()
    await page.locator('[data-test=sepa-settings-save]').click()
    await page.getByText('Gläubigerdaten gespeichert.').waitFor()

    // A mandate for Jürgen, on his member page.
    await page.goto(`${harness.bridge.url}#/members/${roster.juergen}`)
    const section = page.locator('[data-test=member-dues]')
    await section.locator('[data-test=member-no-mandate]').waitFor()
    await section.locator('[data-test=mandate-add]').click()
    const mandate = page.locator('[data-test=mandate-dialog]')
    await typeDate(page, mandate.locator('[data-test=mandate-signed]'), '01.10.2026')
    await mandate.locator('#mandate-iban').fill('DE02120300000000202051')
    await mandate.locator('#mandate-iban').blur()
    await mandate.locator('[data-test=mandate-save]').click()
    await section.locator('[data-test^=mandate-edit-]').waitFor()
    await section.getByText('DE02 1203 0000 0000 2020 51').waitFor()
    await screenshot(page, 'dues-member-mandate-de')

    // The collection: Jürgen is debited, Bernd (no mandate) is listed, not dropped.
    await section.locator('[data-test=member-account]').click()
    await page.getByRole('heading', { name: 'Beiträge', level: 1 }).waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('tab', { name: 'Lastschrift' }).click()
    const problems = page.locator('[data-test=sepa-problems]')
    await problems.getByText('Bernd Becker').first().waitFor()
    await problems.getByText('kein SEPA-Mandat').first().waitFor()
    await page.locator('[data-test=sepa-summary]').waitFor()
    await screenshotTall(page, 'dues-sepa-de')
    const file = join(tempDir(), 'lastschrift.xml')
    host.toSave.push(file)
    await page.locator('[data-test=sepa-export]').click()
    await confirm(page, 'SEPA-Datei exportieren')
    await page.getByText(`SEPA-Datei gespeichert: ${file}`).waitFor({ timeout: 30_000 })
    expect(xmllint(file)).toBe('')
    const xml = readFileSync(file, 'utf8')
    expect(xml).toContain('<Nm>Juergen Weiss</Nm>')
    expect(xml).not.toContain('Becker')
    await page.locator('[data-test=sepa-collections]').getByText('lastschrift.xml').waitFor()
    await screenshotTall(page, 'dues-sepa-exported-de')

    // The year so far, by type, month and age, for the treasurer's report.
    await page.getByRole('tab', { name: 'Auswertung' }).click()
    await page.locator('[data-test=reports-by-type]').getByText('Aktiv').waitFor()
    await screenshotTall(page, 'dues-reports-de')

    // The Christmas dinner for everyone who pays dues: count and total first, then booked.
    await page.getByRole('tab', { name: 'Abrechnung' }).click()
    const extra = page.locator('[data-test=extra-all]')
    await extra.locator('[data-test=extra-all-description] input').fill('Weihnachtsessen 2026')
    await extra.locator('[data-test=extra-all-amount] input').fill('45')
    await expect
      .poll(() => textOf(extra.locator('[data-test=extra-all-summary]')))
      .toBe('Betrifft 3 Mitglieder · zusammen 135,00 €')
    await screenshotTall(page, 'dues-extra-charge-de')
    await extra.locator('[data-test=extra-all-check]').click()
    await page
      .locator('.n-dialog')
      .getByText(/^3 Forderungen „Weihnachtsessen 2026“ über je 45,00\s€, zusammen 135,00\s€/)
      .waitFor()
    await screenshot(page, 'dues-extra-charge-confirm-de')
    await confirm(page, 'Buchen')
    await page
      .getByText(/^3 Forderungen über 135,00\s€ gebucht \(„Weihnachtsessen 2026“\)\.$/)
      .waitFor()
    const extras = await db
      .selectFrom('charge')
      .select('member_id')
      .where('kind', '=', 'extra')
      .orderBy('member_id')
      .execute()
    expect(extras.map((c) => c.member_id)).toEqual([roster.anna, roster.juergen, roster.bernd])
  })

  it('speaks English to an English club', async () => {
    const harness = await open()
    const { page } = harness
    const db = await openClub(harness, true)
    const roster = await seedRoster(db)
    await addSchedule(db, roster.active, { admissionFeeCents: 5000, dueDays: 30 })
    await addSchedule(db, roster.honorary, { amountCents: 0, exempt: true })
    await page.getByRole('link', { name: 'Dues' }).click()
    await page.getByRole('heading', { name: 'Dues', level: 1 }).waitFor()
    await page.locator(`[data-test=fee-type-${roster.active}] [data-test=fee-current]`).waitFor()
    await screenshot(page, 'dues-fees-en')

    await page.getByRole('tab', { name: 'Billing' }).click()
    await page.locator('[data-test=billing-preview]').click()
    await page.getByText(/^pro rata 10 of 12 months \(from 05 Sept? 2026\) of €120\.00$/).waitFor()
    await screenshotTall(page, 'dues-billing-preview-en')
    await page.locator('[data-test=billing-commit]').click()
    await confirm(page, 'Bill')
    await page.locator('[data-test=billing-runs]').waitFor()

    // An extra charge for two members picked by name.
    const extra = page.locator('[data-test=extra-all]')
    await extra.locator('[data-test=extra-all-description] input').fill('Christmas dinner 2026')
    await extra.locator('[data-test=extra-all-amount] input').fill('45')
    await extra.locator('[data-test=extra-all-by-pick]').click()
    for (const name of ['Weiß', 'Müller']) {
      await extra.locator('[data-test=extra-all-picker] .n-base-selection').click()
      await page.keyboard.type(name)
      await page.locator('.n-base-select-option', { hasText: name }).first().click()
    }
    // A multiple choice keeps its menu open for more; a click beside it closes it.
    await extra.getByRole('heading', { name: 'Extra charge' }).click()
    await page.locator('.n-base-select-menu').waitFor({ state: 'hidden' })
    await expect
      .poll(() => textOf(extra.locator('[data-test=extra-all-summary]')))
      .toBe('2 members · €90.00 in total')
    await screenshotTall(page, 'dues-extra-charge-en')

    await page.getByRole('tab', { name: 'Outstanding' }).click()
    await page.locator('[data-test=outstanding-summary]').waitFor()
    await screenshot(page, 'dues-outstanding-en')
    // By keyboard: from the search field along to a member, who opens with Enter.
    await page.locator('#outstanding-search').focus()
    const link = page.locator(`[data-test=outstanding-open-${roster.juergen}]`)
    for (let i = 0; i < 12 && !(await link.evaluate((e) => e === document.activeElement)); i++)
      await page.keyboard.press('Tab')
    expect(await link.evaluate((e) => e === document.activeElement)).toBe(true)
    await screenshot(page, 'dues-outstanding-focus-en')
    await page.keyboard.press('Enter')
    await page.locator('[data-test=account-balance]').getByText('Owes: €120.00').waitFor()
    await screenshot(page, 'dues-account-en')

    // A transfer that bounced: reversed, it keeps its line, tagged, and is not reversed twice.
    const account = page.locator('[data-test=account]')
    await account.locator('[data-test=account-pay]').click()
    await page.locator('[data-test=payment-text] input').fill('Dues 2026/27')
    await page.locator('[data-test=payment-save]').click()
    await account.locator('[data-test=account-balance]').getByText('Settled').waitFor()
    await account.locator('[data-test^=payment-reverse-]').click()
    await page.locator('[data-test=reverse-reason] input').fill('Transfer recalled by the bank')
    await page.locator('[data-test=reverse-confirm]').click()
    await account.locator('[data-test^=payment-reversed-]').getByText('reversed').waitFor()
    await account.locator('[data-test=account-balance]').getByText('Owes: €120.00').waitFor()
    expect(await account.locator('[data-test^=payment-reverse-]').count()).toBe(0)
    await screenshot(page, 'dues-account-reversed-en')
    await page.keyboard.press('Escape')

    await page.getByRole('tab', { name: 'Dunning' }).click()
    await page.locator('[data-test=dunning-letters]').waitFor()
    await screenshot(page, 'dues-dunning-en')
    await page.getByRole('tab', { name: 'Direct debit' }).click()
    await page.locator('[data-test=sepa-no-creditor]').waitFor()
    // Keyboard focus stays visible on the creditor form.
    await page.locator('#sepa-creditor-id').focus()
    await screenshot(page, 'dues-sepa-en')
  })
})
