import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { screenshot, useHarness } from './harness.ts'

const open = useHarness()

function field(page: Page, path: string): Locator {
  return page.locator(`[data-field="${path}"]`)
}

/** Picks a sector in a sector picker by typing part of its name. */
async function pickSector(page: Page, picker: Locator, search: string, name: string) {
  await picker.locator('.n-base-selection').click()
  await page.keyboard.type(search)
  await page.locator('.n-base-select-option', { hasText: name }).first().click()
  // A multiple choice keeps its menu open for more; Esc closes it, the page stays.
  if ((await picker.locator('.n-base-selection--multiple').count()) > 0) {
    await page.keyboard.press('Escape')
  }
  await page.locator('.n-base-select-menu:visible').waitFor({ state: 'detached' })
}

/** Ctrl+S, then wait until the record is stored: its save button rests until the next edit. */
async function save(page: Page): Promise<void> {
  await page.keyboard.press('Control+s')
  await expect
    .poll(() => page.locator('[data-test=save-member]').isDisabled(), { timeout: 15_000 })
    .toBe(true)
}

async function newPerson(page: Page, first: string, last: string): Promise<void> {
  await page.getByRole('link', { name: /^(Mitglieder|Members)$/ }).click()
  await page.locator('[data-test=new-person], [data-test=empty-new-person]').first().click()
  await field(page, 'firstName').locator('input').fill(first)
  await field(page, 'lastName').locator('input').fill(last)
}

/** The member page and the directory scroll inside the window; a tall window shows all. */
async function screenshotTall(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.querySelector('main')?.scrollHeight ?? 820)
  await page.setViewportSize({ width: 1280, height: Math.min(4000, Math.max(820, height + 40)) })
  await screenshot(page, name)
  await page.setViewportSize({ width: 1280, height: 820 })
}

function treeRow(page: Page, code: string): Locator {
  return page.locator(`[data-test=sector-tree] [data-sector="${code}"]`)
}

async function openSector(page: Page, search: string, code: string): Promise<void> {
  await page.locator('#sector-search').fill(search)
  await treeRow(page, code).click()
  await page.locator('[data-test=sector-details]').waitFor()
}

describe('sectors and the classification policy in Chromium', () => {
  it('keeps a BNI chapter to one member per profession, with an override on record', async () => {
    const { page, bridge } = await open()

    // A new BNI chapter: the professions list is the natural start and stays chosen.
    await page.locator('#club-name').fill('BNI Chapter Rhein-Main')
    await page.locator('.n-form-item', { hasText: 'Art des Clubs' }).locator('.n-select').click()
    await page.locator('.n-base-select-option', { hasText: 'BNI-Chapter' }).click()
    await expect
      .poll(() => page.locator('[data-test=taxonomy-professions]').getAttribute('class'))
      .toContain('n-radio--checked')
    await screenshot(page, 'welcome-taxonomy-de')
    await page.locator('[data-test=create-club]').click()
    await page.getByRole('heading', { name: 'Mitglieder', level: 1 }).waitFor()
    expect(bridge.session.state().club?.kind).toBe('bni')

    // The first tax adviser takes the seat without a word.
    await newPerson(page, 'Anna', 'Schäfer')
    await pickSector(page, field(page, 'sectorId'), 'Steuerber', 'Steuerberatung')
    await save(page)
    await page.getByRole('heading', { name: 'Anna Schäfer', level: 1 }).waitFor()

    // The second is stopped: the dialog names Anna; a reason lets him in.
    await newPerson(page, 'Jürgen', 'Müller')
    await pickSector(page, field(page, 'sectorId'), 'steuer', 'Steuerberatung')
    await pickSector(page, field(page, 'secondarySectorIds'), 'Arbeitsrecht', 'Arbeitsrecht')
    await page.keyboard.press('Control+s')
    const dialog = page.locator('[data-test=policy-dialog]')
    await dialog.waitFor()
    await dialog.getByText('Anna Schäfer').waitFor()
    await dialog.getByText('hätte damit 2 Mitglieder – erlaubt sind 1').waitFor()
    await screenshot(page, 'policy-dialog-de')
    await dialog.locator('[data-test=policy-reason] textarea').fill('Nachfolger, Anna geht 2027')
    await dialog.locator('[data-test=policy-override]').click()
    await page.getByRole('heading', { name: 'Jürgen Müller', level: 1 }).waitFor()
    const history = page.locator('[data-test=history]')
    await history.getByText('Klassifikationsregel mit Begründung übergangen').waitFor()
    await history.getByText('Begründung: Nachfolger, Anna geht 2027').waitFor()
    await screenshotTall(page, 'member-policy-override-de')

    // A printer who is not admitted yet does not count.
    await newPerson(page, 'Petra', 'Klein')
    await page.locator('[data-test=initial-prospect]').click()
    await pickSector(page, field(page, 'sectorId'), 'Druck', 'Druckerei')
    await save(page)
    await page.getByRole('heading', { name: 'Petra Klein', level: 1 }).waitFor()

    // The directory: counts per sector, the members of one, wanted sectors marked.
    await page.getByRole('link', { name: 'Branchen' }).click()
    await page.getByRole('heading', { name: 'Branchen', level: 1 }).waitFor()
    await openSector(page, 'Steuerberatung', '69.20.3-01')
    await expect
      .poll(() => page.locator('[data-test=sector-counts]').innerText())
      .toBe('2 aktiv · 2 insgesamt')
    const members = page.locator('[data-test=sector-members]')
    await members.getByRole('link', { name: 'Anna Schäfer' }).waitFor()
    await members.getByRole('link', { name: 'Jürgen Müller' }).waitFor()
    await page.locator('[data-test=sector-target]').click()
    await page.locator('[data-test=target-tag]').waitFor()
    for (const [search, code] of [
      ['Architekt', '71.11.1-01'],
      ['Druckerei', '18.12.0-01'],
      ['Arbeitsrecht', '69.10.2-01'],
    ] as const) {
      await openSector(page, search, code)
      await page.locator('[data-test=sector-target]').click()
      await page.locator('[data-test=target-tag]').waitFor()
    }
    // Back to the whole tree: the chosen sector stays in view, the keyboard walks from there.
    await openSector(page, 'Steuerberatung', '69.20.3-01')
    await page.locator('#sector-search').fill('')
    await treeRow(page, 'L').waitFor()
    await treeRow(page, '69.20.3-01').waitFor()
    await page.locator('[data-test=sector-tree]').focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowUp')
    await screenshot(page, 'sectors-directory-de')

    // Open seats: the architect, the printer (only a prospect) and the lawyer (only a
    // secondary sector) are wanted but vacant; tax advice is taken.
    await page.getByRole('tab', { name: 'Offene Plätze' }).click()
    const vacant = page.locator('[data-test=open-vacant]')
    await vacant.getByText('Architekt').first().waitFor()
    await expect.poll(() => vacant.locator('li').count()).toBe(3)
    expect(await vacant.innerText()).not.toContain('Steuerberatung')
    await page.getByText('3 von 4 Wunschbranchen sind unbesetzt.').waitFor()
    await screenshot(page, 'sectors-open-seats-de')

    // The policy report lists the one classification over its limit.
    // The tabs go by keyboard too.
    await page.keyboard.press('ArrowRight')
    await expect
      .poll(() =>
        page.getByRole('tab', { name: 'Klassifikationsregel' }).getAttribute('aria-selected'),
      )
      .toBe('true')
    const violations = page.locator('[data-test=policy-violations]')
    await violations.getByText('69.20.3-01 Steuerberatung').waitFor()
    await violations.getByRole('link', { name: 'Jürgen Müller' }).waitFor()
    await screenshot(page, 'sectors-policy-report-de')

    // The policy in the settings.
    await page.getByRole('link', { name: 'Einstellungen' }).click()
    const editor = page.locator('[data-test=policy-editor]')
    await editor.locator('[data-test=policy-mode-exclusive]').waitFor()
    await expect
      .poll(() => editor.locator('[data-test=policy-mode-exclusive]').getAttribute('class'))
      .toContain('n-radio--checked')
    await page.locator('[data-test=policy-card]').scrollIntoViewIfNeeded()
    await editor.locator('[data-test=policy-mode-capped]').click()
    await editor.locator('[data-test=policy-preset]').click()
    await editor.getByText('Höchstens 5 Mitglieder je Klassifikation').waitFor()
    await page.locator('[data-test=policy-card]').screenshot({
      path: 'test-results/policy-settings-de.png',
    })
    await editor.locator('[data-test=policy-save]').click()
    await expect.poll(() => editor.locator('[data-test=policy-save]').isDisabled()).toBe(true)
    const stored = await bridge.session
      .requireClub()
      .db.selectFrom('club')
      .select(['policy_mode', 'policy_cap', 'policy_threshold', 'policy_percent'])
      .executeTakeFirstOrThrow()
    expect(stored).toEqual({
      policy_mode: 'capped',
      policy_cap: 5,
      policy_threshold: 50,
      policy_percent: 10,
    })

    // In English: the same views, and the dialog for a third tax adviser beyond the cap of one.
    await editor.locator('[data-test=policy-mode-exclusive]').click()
    await editor.locator('[data-test=policy-save]').click()
    await expect.poll(() => editor.locator('[data-test=policy-save]').isDisabled()).toBe(true)
    await page.locator('[data-test=profile-locale-en]').click()
    await page.locator('[data-test=save-profile]').click()
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor()
    // The confirmations of the saves above fade before the pictures are taken.
    await expect.poll(() => page.locator('.n-message').count(), { timeout: 15_000 }).toBe(0)
    await page.locator('[data-test=policy-card]').screenshot({
      path: 'test-results/policy-settings-en.png',
    })

    await page.getByRole('link', { name: 'Sectors' }).click()
    await page.getByRole('heading', { name: 'Sectors', level: 1 }).waitFor()
    await openSector(page, 'tax', '69.20.3-01')
    await page.getByText('2 active · 2 in all').waitFor()
    await screenshot(page, 'sectors-directory-en')
    await page.getByRole('tab', { name: 'Open seats' }).click()
    await page.getByText('3 of 4 wanted sectors are vacant.').waitFor()
    await screenshot(page, 'sectors-open-seats-en')
    await page.getByRole('tab', { name: 'Classification rule' }).click()
    await page.locator('[data-test=policy-violations]').waitFor()
    await screenshot(page, 'sectors-policy-report-en')

    await newPerson(page, 'Clara', 'Weber')
    await pickSector(page, field(page, 'sectorId'), 'tax', 'Tax adviser')
    await page.keyboard.press('Control+s')
    await dialog.getByText('Already held by').waitFor()
    await dialog.getByText('Anna Schäfer').waitFor()
    await dialog.getByText('Jürgen Müller').waitFor()
    await screenshot(page, 'policy-dialog-en')
    await dialog.locator('[data-test=policy-cancel]').click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await page.locator('[data-test=save-member]').isDisabled()).toBe(false)
  })

  it('starts a chamber on WZ 2008 and keeps its 1,835 sectors smooth', async () => {
    const { page } = await open()
    await page.locator('#club-name').fill('IHK Musterstadt')
    await page.locator('.n-form-item', { hasText: 'Art des Clubs' }).locator('.n-select').click()
    await page.locator('.n-base-select-option', { hasText: 'Kammer' }).click()
    await expect
      .poll(() => page.locator('[data-test=taxonomy-wz2008]').getAttribute('class'))
      .toContain('n-radio--checked')
    await page.locator('[data-test=create-club]').click()
    await page.getByRole('heading', { name: 'Mitglieder', level: 1 }).waitFor()
    await page.getByRole('link', { name: 'Branchen' }).click()
    await page.getByText('1.835 Branchen').waitFor()
    // Every section opened, from the last up so the rest stay in place: the tree draws a
    // window of rows, not all of them.
    const tree = page.locator('[data-test=sector-tree]')
    for (const letter of [...'ABCDEFGHIJKLMNOPQRSTU'].reverse()) {
      await treeRow(page, letter).locator('button.twisty').click()
    }
    // 21 sections and their 88 divisions make the list; the page holds only what shows.
    const rows = await tree.locator('.body').evaluate((e) => e.getBoundingClientRect().height / 34)
    expect(rows).toBe(21 + 88)
    expect(await tree.locator('[role=treeitem]').count()).toBeLessThan(80)
    await page.locator('#sector-search').fill('Steuerberatung')
    await treeRow(page, '69.20.3').waitFor()
    await treeRow(page, '69.20.3').click()
    await page.locator('[data-test=sector-title]').getByText('Steuerberatung').waitFor()
    await screenshot(page, 'sectors-wz2008-de')
  })

  it('offers the bundled lists to a club that started empty', async () => {
    const { page } = await open()
    await page.locator('#club-name').fill('Verein der Freunde')
    await page.locator('[data-test=taxonomy-empty]').click()
    await page.locator('[data-test=create-club]').click()
    await page.getByRole('heading', { name: 'Mitglieder', level: 1 }).waitFor()
    await page.getByRole('link', { name: 'Branchen' }).click()
    await page.locator('[data-test=sectors-empty]').waitFor()
    await screenshot(page, 'sectors-empty-de')
    await page.locator('[data-test=load-professions]').click()
    await treeRow(page, 'A').waitFor()
    await page.getByRole('tab', { name: 'Offene Plätze' }).click()
    await page.locator('[data-test=open-no-targets]').waitFor()
    await screenshot(page, 'sectors-open-seats-empty-de')
  })

  it('shows the demo club’s directory and recruiting list', async () => {
    const { page } = await open()
    await page.locator('[data-test=open-demo]').click()
    await page.getByRole('heading', { name: 'Mitglieder', level: 1 }).waitFor()
    await page.getByRole('link', { name: 'Branchen' }).click()
    await page.locator('[data-test=sector-tree]').waitFor()
    await page.locator('[data-test=sector-tree] [role=treeitem]').nth(1).click()
    await page.locator('[data-test=sector-members]').waitFor()
    await screenshot(page, 'sectors-demo-de')
    await page.getByRole('tab', { name: 'Offene Plätze' }).click()
    await page.locator('[data-test=open-seats] h2').first().waitFor()
    await screenshotTall(page, 'sectors-demo-open-seats-de')
  })
})
