import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { screenshot, useHarness } from './harness.ts'
import { useTempDir } from '../support/temp.ts'

const tempDir = useTempDir()
const open = useHarness()

async function createClub(page: Page, name: string): Promise<void> {
  await page.locator('#club-name').fill(name)
  await page.locator('[data-test=create-club]').click()
  await page.getByRole('heading', { name: 'Mitglieder', level: 1 }).waitFor()
}

function field(page: Page, path: string): Locator {
  return page.locator(`[data-field="${path}"]`)
}

async function fill(page: Page, path: string, text: string): Promise<void> {
  await field(page, path).locator('input, textarea').first().fill(text)
}

/** Picks an option of a Naive UI select, searching first where the select is filterable. */
async function choose(page: Page, select: Locator, option: string, search?: string) {
  await select.click()
  if (search !== undefined) await page.keyboard.type(search)
  await page.locator('.n-base-select-option', { hasText: option }).first().click()
}

async function typeDate(page: Page, container: Locator, text: string): Promise<void> {
  const input = container.locator('input').first()
  await input.fill(text)
  await input.press('Enter')
  await page.keyboard.press('Tab')
}

function tableRows(page: Page): Locator {
  return page.locator('[data-test=member-table] .body [role=row]')
}

async function search(page: Page, text: string): Promise<void> {
  await page.locator('#member-search').fill(text)
  // Debounced by 150 ms; the count line follows the answer.
  await page.waitForTimeout(400)
}

/** The member page scrolls inside the window; a tall window shows all of it in one picture. */
async function screenshotPage(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.querySelector('main')?.scrollHeight ?? 820)
  await page.setViewportSize({ width: 1280, height: Math.min(4000, height + 40) })
  await screenshot(page, name)
  await page.setViewportSize({ width: 1280, height: 820 })
}

/** Ctrl+S, then wait until the record is stored: its save button rests until the next edit. */
async function save(page: Page): Promise<void> {
  await page.keyboard.press('Control+s')
  await expect.poll(() => page.locator('[data-test=save-member]').isDisabled()).toBe(true)
}

describe('the members area in Chromium', () => {
  it('adds, links, finds, retires and imports members in German', async () => {
    const { page } = await open()
    await createClub(page, 'Unternehmerclub Rhein-Main')
    await page.getByRole('heading', { name: 'Noch keine Mitglieder' }).waitFor()
    await screenshot(page, 'members-new-club-de')

    // A person, with an inline complaint about a bad e-mail and postcode first.
    await page.locator('[data-test=empty-new-person]').click()
    await page.getByRole('heading', { name: 'Neue Person', level: 1 }).waitFor()
    await fill(page, 'firstName', 'Jürgen')
    await fill(page, 'lastName', 'Müller')
    await fill(page, 'emailBusiness', 'juergen.mueller@')
    await fill(page, 'businessAddress.postcode', '6031')
    await fill(page, 'businessAddress.town', 'Frankfurt am Main')
    await field(page, 'classification').click()
    await page.getByText('Keine gültige E-Mail-Adresse.').waitFor()
    await page.getByText('Passt nicht zum Land').waitFor()
    await screenshotPage(page, 'member-invalid-de')
    await fill(page, 'emailBusiness', 'juergen.mueller@example.de')
    await fill(page, 'businessAddress.postcode', '60311')
    await fill(page, 'classification', 'Steuerberatung – Unternehmen')
    await save(page)
    await page.getByRole('heading', { name: 'Jürgen Müller', level: 1 }).waitFor()
    await screenshotPage(page, 'member-person-de')

    // An organisation, through the toolbar.
    await page.keyboard.press('Escape')
    await page.locator('[data-test=new-organisation]').click()
    await page.getByRole('heading', { name: 'Neue Organisation', level: 1 }).waitFor()
    await fill(page, 'organisationName', 'Rhein-Main Logistik GmbH')
    await fill(page, 'legalForm', 'GmbH')
    await fill(page, 'businessAddress.town', 'Offenbach')
    await save(page)
    await page.getByRole('heading', { name: 'Rhein-Main Logistik GmbH', level: 1 }).waitFor()

    // Link the person to the organisation from the person's page.
    await page.keyboard.press('Escape')
    await page.getByRole('heading', { name: 'Mitglieder', level: 1 }).waitFor()
    await tableRows(page).filter({ hasText: 'Jürgen Müller' }).dblclick()
    await page.getByRole('heading', { name: 'Jürgen Müller', level: 1 }).waitFor()
    await choose(page, field(page, 'organisationId'), 'Rhein-Main Logistik', 'Logistik')
    await page.locator('[data-test=role-contact]').click()
    await save(page)
    await page.getByRole('link', { name: 'Zu Rhein-Main Logistik GmbH' }).click()
    await page.getByRole('heading', { name: 'Rhein-Main Logistik GmbH', level: 1 }).waitFor()
    await page
      .locator('[data-test=organisation-people]')
      .getByRole('link', { name: 'Jürgen Müller' })
      .waitFor()
    await screenshotPage(page, 'member-organisation-de')

    // Search with and without umlauts.
    await page.keyboard.press('Escape')
    await page.getByRole('heading', { name: 'Mitglieder', level: 1 }).waitFor()
    await page.keyboard.press('Control+f')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('member-search')
    for (const text of ['Müller', 'mueller', 'muller']) {
      await search(page, text)
      await expect
        .poll(() => tableRows(page).allInnerTexts())
        .toEqual([expect.stringContaining('Jürgen Müller')])
    }
    await screenshot(page, 'members-search-de')

    // Resign with a date: gone from the default list, back with "show former".
    await page.locator('#member-search').press('Enter')
    await page.getByRole('heading', { name: 'Jürgen Müller', level: 1 }).waitFor()
    await page.locator('[data-test=status-resign]').click()
    const dialog = page.locator('[data-test=status-dialog]')
    await typeDate(page, dialog.locator('[data-test=status-date]'), '31.10.2026')
    await dialog.locator('[data-test=status-note]').locator('textarea').fill('Ruhestand')
    await screenshot(page, 'member-resign-dialog-de')
    await dialog.locator('[data-test=status-confirm]').click()
    await page.getByText('Ausgeschieden am 31.10.2026').waitFor()
    await page.locator('[data-test=history]').getByText('Ruhestand').first().waitFor()
    await screenshotPage(page, 'member-former-de')
    await page.keyboard.press('Escape')
    await search(page, '')
    await expect
      .poll(() => tableRows(page).allInnerTexts())
      .toEqual([expect.stringContaining('Rhein-Main Logistik GmbH')])
    await page.locator('[data-test=filter-former]').click()
    await expect.poll(() => tableRows(page).count()).toBe(2)
    await tableRows(page).filter({ hasText: 'Jürgen Müller' }).getByText('Ehemalig').waitFor()
    await screenshot(page, 'members-former-de')
    await page.locator('[data-test=filter-former]').click()

    // Import a small CSV through the mapping dialog.
    const csv = join(tempDir(), 'Mitglieder.csv')
    writeFileSync(
      csv,
      '\uFEFFAnrede;Vorname;Nachname;Firma;E-Mail;PLZ;Ort;Eintritt;Bemerkung\r\n' +
        'Frau;Anna;Schäfer;Schäfer Steuerberatung;anna@schaefer.example;60311;Frankfurt am Main;01.07.2019;Gründungsmitglied\r\n' +
        'Herr;Ömer;Yılmaz;Yılmaz Bau GmbH;oemer@yilmaz.example;63065;Offenbach;1.3.21;\r\n' +
        'Herr;Peter;Klein;;peter.klein@;60311;Frankfurt am Main;2024-01-15;\r\n',
    )
    await page.locator('[data-test=import-open]').click()
    await page.getByText('Ziehen Sie eine CSV- oder Excel-Datei hierher').waitFor()
    await screenshot(page, 'import-pick-de')
    await page.locator('[data-test=import-input]').setInputFiles(csv)
    const importDialog = page.locator('[data-test=import-dialog]')
    await importDialog.locator('[data-test=import-mapping]').waitFor()
    await importDialog.getByText('Kodierung: UTF-8').waitFor()
    await importDialog.getByText('Zeilen mit Fehlern (1)').waitFor()
    await importDialog.getByText('ist keine gültige E-Mail-Adresse').waitFor()
    const notes = importDialog.locator('[data-test=import-target-8]')
    await choose(page, notes, 'Notizen', 'Notiz')
    await expect.poll(() => notes.innerText()).toContain('Notizen')
    await importDialog.locator('[data-test=import-skip]').click()
    await screenshot(page, 'import-preview-de')
    await importDialog.locator('[data-test=import-commit]').click()
    await importDialog.locator('[data-test=import-report]').waitFor()
    await importDialog.getByText('Der Import ist abgeschlossen.').waitFor()
    await screenshot(page, 'import-report-de')
    const download = page.waitForEvent('download')
    await importDialog.locator('[data-test=import-save-report]').click()
    expect((await download).suggestedFilename()).toBe('Import-Bericht.txt')
    await page.keyboard.press('Escape')
    await search(page, 'Schaefer')
    await expect
      .poll(() => tableRows(page).allInnerTexts())
      .toEqual([expect.stringContaining('Anna Schäfer')])
    await search(page, '')
    await expect.poll(() => tableRows(page).count()).toBe(3)
    await screenshot(page, 'members-list-de')
  })

  it('shows the demo club in English and scrolls its table', async () => {
    const { page } = await open()
    await page.locator('[data-test=language-en]').click()
    await page.locator('[data-test=open-demo]').click()
    await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor()
    await expect.poll(() => tableRows(page).count()).toBeGreaterThan(10)
    await screenshot(page, 'members-demo-table-en')

    const table = page.locator('[data-test=member-table]')
    const firstName = await tableRows(page).first().innerText()
    await table.hover()
    await page.mouse.wheel(0, 1200)
    await expect.poll(() => table.evaluate((e) => e.scrollTop)).toBeGreaterThan(600)
    await expect.poll(() => tableRows(page).first().innerText()).not.toBe(firstName)
    await screenshot(page, 'members-demo-scrolled-en')

    // Keyboard: focus the table, walk down, open with Enter.
    await table.focus()
    await page.keyboard.press('Home')
    await page.keyboard.press('ArrowDown')
    await screenshot(page, 'members-keyboard-en')
    await page.keyboard.press('Enter')
    await page.locator('[data-test=status-actions]').waitFor()
    await screenshotPage(page, 'member-demo-en')
    await page.locator('[data-test=status-grantLeave]').click()
    await page.locator('[data-test=status-dialog]').getByText('is granted leave').waitFor()
    await screenshot(page, 'member-leave-dialog-en')
    await page.locator('[data-test=status-dialog]').getByRole('button', { name: 'Cancel' }).click()
    await page.keyboard.press('Escape')
    await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor()

    await page.locator('[data-test=import-open]').click()
    await page.getByText('Drop a CSV or Excel file here').waitFor()
    await screenshot(page, 'import-pick-en')
    const csv = join(tempDir(), 'members.csv')
    writeFileSync(
      csv,
      'First name,Last name,Company,Zip,City,Email,Status\n' +
        'Grace,Hopper,Navy Labs,10115,Berlin,grace@navy.example,active\n' +
        'Alan,Turing,,1234,Berlin,alan@bletchley.example,sleeping\n',
    )
    await page.locator('[data-test=import-input]').setInputFiles(csv)
    const importDialog = page.locator('[data-test=import-dialog]')
    await importDialog.getByText('Rows with errors (1)').waitFor()
    await screenshot(page, 'import-preview-en')
    await importDialog.getByRole('button', { name: 'Cancel' }).click()
    await page.locator('[data-test=export-open]').click()
    await page.locator('[data-test=export-dialog]').waitFor()
    await screenshot(page, 'export-en')
  })

  it('shows the demo club in German with filters and the column chooser', async () => {
    const { page, host } = await open()
    await page.locator('[data-test=open-demo]').click()
    await page.getByRole('heading', { name: 'Mitglieder', level: 1 }).waitFor()
    await expect.poll(() => tableRows(page).count()).toBeGreaterThan(10)
    await page.locator('[data-test=column-chooser]').click()
    await page.locator('[data-test=column-joinDate]').click()
    await screenshot(page, 'members-columns-de')
    await page.keyboard.press('Escape')
    await page.locator('[data-test=column-joinDate]').waitFor({ state: 'hidden' })
    await page.getByRole('columnheader', { name: 'Eintritt' }).waitFor()
    await page.locator('[data-test=sort-joinDate]').click()
    await choose(page, page.locator('[data-test=filter-status]'), 'Ehrenmitglied')
    await page.keyboard.press('Escape')
    await screenshot(page, 'members-demo-filtered-de')

    // The filter and the columns survive a reload (a restart of the window).
    await page.reload()
    await page.getByRole('heading', { name: 'Mitglieder', level: 1 }).waitFor()
    await page.getByRole('columnheader', { name: 'Eintritt' }).waitFor()
    await expect
      .poll(() => page.locator('[data-test=filter-status]').innerText())
      .toContain('Ehrenmitglied')

    // Export goes where the (scripted) save dialog says.
    const target = join(tempDir(), 'Mitglieder.csv')
    host.toSave.push(target)
    await page.locator('[data-test=export-open]').click()
    await page.locator('[data-test=export-run]').click()
    await page.locator('[data-test=export-saved]').getByText(target).waitFor()
    // Only the two honorary members of the filtered list, below a header line.
    expect(readFileSync(target, 'utf8').trim().split(/\r?\n/)).toHaveLength(3)
    await screenshot(page, 'export-done-de')
    await page
      .locator('[data-test=export-dialog]')
      .getByRole('button', { name: 'Schließen' })
      .click()

    // On a member's page: a photo, a consent, an office, the Art. 15 export and the vCard.
    await tableRows(page).first().dblclick()
    await page.locator('[data-test=status-actions]').waitFor()
    const picture = await page.screenshot({ type: 'png' })
    await page
      .locator('[data-test=photo-input]')
      .setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: picture })
    await page.getByRole('img', { name: 'Foto des Mitglieds' }).waitFor()
    const partner = page.locator('[data-test=consent-partner]')
    const wasGranted = await partner.getAttribute('aria-checked')
    await partner.click()
    await expect.poll(() => partner.getAttribute('aria-checked')).not.toBe(wasGranted)
    const offices = page.locator('[data-test=offices] li')
    const officesBefore = await offices.count()
    await page.locator('[data-test=office-role]').click()
    await page.locator('.n-base-select-option').first().click()
    await page.locator('[data-test=office-assign]').click()
    await expect.poll(() => offices.count()).toBe(officesBefore + 1)
    const request = join(tempDir(), 'auskunft.json')
    host.toSave.push(request)
    await page.locator('[data-test=personal-data]').click()
    await page.getByText('Auskunft gespeichert').waitFor()
    expect(readFileSync(request, 'utf8')).toContain('"history"')
    const card = join(tempDir(), 'karte.vcf')
    host.toSave.push(card)
    await page.locator('[data-test=member-vcard]').click()
    await page.getByText('vCard gespeichert').waitFor()
    expect(readFileSync(card, 'utf8')).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0/)
    await screenshotPage(page, 'member-demo-de')

    // The lists around the roster, in the settings.
    await page.getByRole('link', { name: 'Einstellungen' }).click()
    await page.locator('[data-test=type-add]').click()
    await page.locator('[data-test=type-name]').locator('input').fill('Seniorenmitglied')
    await page.locator('[data-test=type-save]').click()
    await page
      .locator('[data-test=membership-types-editor]')
      .getByText('Seniorenmitglied')
      .waitFor()
    await page.locator('[data-test=field-add]').click()
    await page.locator('[data-test=field-label]').locator('input').fill('Lieblingsgetränk')
    await page.locator('[data-test=field-save]').click()
    await page.locator('[data-test=custom-fields-editor]').getByText('Lieblingsgetränk').waitFor()
    await page.locator('[data-test=roles-editor]').scrollIntoViewIfNeeded()
    await screenshotPage(page, 'settings-roster-de')
  })
})
