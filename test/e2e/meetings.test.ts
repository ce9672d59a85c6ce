import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Kysely } from 'kysely'
import type { Database } from '../../src/core/db/schema.ts'
import { screenshot, useHarness, type Harness } from './harness.ts'
import { addDuesMember } from '../support/duesClub.ts'
import { useTempDir } from '../support/temp.ts'

const tempDir = useTempDir()
const open = useHarness()

/** The core's clock and the page's agree: Saturday 21 November 2026, in club year 2026/27. */
async function fixToday(page: Page): Promise<void> {
  await page.clock.setFixedTime(new Date('2026-11-21T10:00:00Z'))
  await page.reload()
}

async function openClub(harness: Harness, english: boolean): Promise<Kysely<Database>> {
  const { page, bridge } = harness
  await page.setViewportSize({ width: 1280, height: 800 })
  await fixToday(page)
  if (english) {
    await page.locator('[data-test=language-en]').click()
    await page.getByRole('heading', { name: 'Welcome to Kreis' }).waitFor()
    await page.locator('label:has(input[name=club-locale][value=en])').click()
  }
  await page.locator('#club-name').fill(english ? 'Rotary Club Riverside' : 'Rotary Club Teststadt')
  await page.locator('[data-test=create-club]').click()
  await page.getByRole('heading', { name: english ? 'Members' : 'Mitglieder', level: 1 }).waitFor()
  return bridge.session.requireClub().db
}

/** Five members who joined long ago; Clara is honorary and so not expected at the meetings. */
async function seedRoster(db: Kysely<Database>) {
  const add = (firstName: string, lastName: string) => addDuesMember(db, { firstName, lastName })
  const anna = await add('Anna', 'Müller')
  const bernd = await add('Bernd', 'Becker')
  const dora = await add('Dora', 'Schmitt')
  const juergen = await add('Jürgen', 'Weiß')
  await addDuesMember(db, {
    firstName: 'Clara',
    lastName: 'Özdemir',
    action: 'makeHonorary',
    actionDate: '2024-01-01',
  })
  return { anna, bernd, dora, juergen }
}

/** Answers Naive's confirmation dialog once its transition has settled, and waits it out. */
async function confirm(page: Page, label: string): Promise<void> {
  await page.locator('.n-dialog:not([class*="-transition-"])').waitFor()
  await page.locator('.n-dialog').getByRole('button', { name: label, exact: true }).click()
  await page.locator('.n-dialog').waitFor({ state: 'detached' })
}

async function choose(page: Page, select: Locator, option: string, search?: string) {
  await select.click()
  if (search !== undefined) await page.keyboard.type(search)
  await page.locator('.n-base-select-option', { hasText: option }).first().click()
}

/** A tall window shows the whole view in one picture. */
async function screenshotTall(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.querySelector('main')?.scrollHeight ?? 800)
  await page.setViewportSize({ width: 1280, height: Math.min(4000, Math.max(800, height + 120)) })
  await screenshot(page, name)
  await page.setViewportSize({ width: 1280, height: 800 })
}

/** The meeting row of a day, by the date the list shows. */
const row = (page: Page, date: string) =>
  page.locator('[data-test=meeting-rows] tr', { hasText: date })

interface Words {
  readonly nav: string
  readonly createSeries: string
  readonly thursday: string
  readonly generated: string
  readonly meetingDay: string
  readonly cancelDay: string
  readonly cancel: string
  readonly makeUpDate: string
  readonly saved: string
  readonly convert: string
  readonly converted: string
  readonly suffix: 'de' | 'en'
}

const german: Words = {
  nav: 'Treffen',
  createSeries: 'Terminreihe anlegen',
  thursday: 'Donnerstag',
  generated:
    '„Clubabend“, Clubjahr 2026/27: 49 Termine angelegt, 0 schon vorhanden, 3 an Ausfalltagen übersprungen.',
  meetingDay: 'Do., 19.11.2026',
  cancelDay: 'Do., 03.12.2026',
  cancel: 'Absagen …',
  makeUpDate: '12.11.2026',
  saved: 'gespeichert',
  convert: 'Aufnehmen',
  converted: 'Hanna Neu ist jetzt Interessent',
  suffix: 'de',
}

const english: Words = {
  nav: 'Meetings',
  createSeries: 'Create a meeting series',
  thursday: 'Thursday',
  generated:
    '“Club evening”, club year 2026/27: 49 meetings created, 0 already there, 3 skipped on days without a meeting.',
  meetingDay: 'Thu, 19 Nov 2026',
  cancelDay: 'Thu, 03 Dec 2026',
  cancel: 'Cancel meeting …',
  makeUpDate: '2026-11-12',
  saved: 'saved',
  convert: 'Add as prospect',
  converted: 'Hanna Neu is now a prospect',
  suffix: 'en',
}

async function runThrough(harness: Harness, words: Words): Promise<void> {
  const { page, host } = harness
  const db = await openClub(harness, words.suffix === 'en')
  const roster = await seedRoster(db)

  await page.getByRole('link', { name: words.nav }).click()
  await page.getByRole('heading', { name: words.nav, level: 1 }).waitFor()
  await page.locator('[data-test=meetings-empty]').waitFor()
  await screenshot(page, `meetings-empty-${words.suffix}`)

  // A weekly series on Thursdays at 19:00; the public holidays on a Thursday are left out.
  await page.locator('[data-test=series-create]').click()
  const dialog = page.locator('[data-test=series-dialog]')
  await dialog
    .locator('[data-test=series-name] input')
    .fill(words.suffix === 'de' ? 'Clubabend' : 'Club evening')
  await choose(page, dialog.locator('[data-test=series-weekday]'), words.thursday)
  await dialog.locator('[data-test=series-start-time] input').fill('19')
  await dialog.locator('[data-test=series-end-time] input').fill('2130')
  await dialog.locator('[data-test=series-place] input').fill('Hotel zur Post')
  await dialog.locator('[data-test=series-holidays]').click()
  await expect.poll(() => dialog.locator('.day').count()).toBe(3)
  await screenshot(page, `meetings-series-dialog-${words.suffix}`)
  await dialog.locator('[data-test=series-save]').click()
  await page.getByText(words.generated).waitFor()
  await expect
    .poll(async () => (await db.selectFrom('meeting').select('id').execute()).length)
    .toBe(49)

  // One meeting is cancelled: it stays in the list, struck through.
  await row(page, words.cancelDay).locator('[data-test^=meeting-more-]').click()
  await page.locator('.n-dropdown-option', { hasText: words.cancel }).click()
  await page
    .locator('[data-test=cancel-reason] input')
    .fill(
      words.suffix === 'de' ? 'Weihnachtsfeier im Golfclub' : 'Christmas party at the golf club',
    )
  await page.locator('[data-test=cancel-confirm]').click()
  await row(page, words.cancelDay).locator('.n-tag').waitFor()

  // The calendar file of the club year.
  const ics = join(tempDir(), 'treffen.ics')
  host.toSave.push(ics)
  await page.locator('[data-test=meetings-ics]').click()
  await expect.poll(() => existsSync(ics)).toBe(true)
  expect(readFileSync(ics, 'utf8')).toContain('BEGIN:VCALENDAR')
  await page.getByText(ics).waitFor()
  // Read afresh, the list opens at the meetings around today.
  await page.reload()
  await page.locator('[data-test=meeting-rows] tr.next').waitFor()
  await screenshot(page, `meetings-list-${words.suffix}`)

  // Last Thursday's programme and minutes, with the agenda as an attachment.
  await row(page, words.meetingDay).locator('[data-test^=meeting-open-]').click()
  const drawer = page.locator('[data-test=meeting-drawer]')
  await drawer.locator('[data-test=meeting-topic] input').fill('Wasser für Afrika')
  await drawer.locator('[data-test=meeting-speaker] input').fill('Dr. Eva Brunner')
  await drawer
    .locator('[data-test=meeting-minutes] textarea')
    .fill('Spende über 500 € beschlossen.')
  await drawer.locator('[data-test=meeting-attachment-path] input').fill('/home/club/agenda.pdf')
  await drawer.locator('[data-test=meeting-attachment-add]').click()
  await screenshot(page, `meetings-edit-${words.suffix}`)
  await drawer.locator('[data-test=meeting-save]').click()
  await row(page, words.meetingDay).getByText('Wasser für Afrika — Dr. Eva Brunner').waitFor()

  // The roll call of last Thursday, by keyboard alone once it is open.
  await row(page, words.meetingDay).locator('[data-test^=meeting-rollcall-]').click()
  await page.locator('[data-test=rollcall-list]').waitFor()
  const list = page.locator('[data-test=rollcall-list] [role=row]')
  await expect.poll(() => list.count()).toBe(4)
  // Becker, Müller, Schmitt, Weiß: the list's order, and the first row has the focus.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-test')))
    .toBe(`rollcall-row-${roster.bernd}`)
  await page.keyboard.press('p')
  await page.keyboard.press('p')
  await page.keyboard.press('e')
  await page.keyboard.press('m')
  await page.locator('[data-test=mark-details]').waitFor()
  await page.keyboard.type(words.makeUpDate)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await page.keyboard.type('RC Nachbarstadt')
  await page.keyboard.press('Enter')
  await page.locator('[data-test=mark-details]').waitFor({ state: 'detached' })
  // Back to Dora Schmitt: not excused after all, absent.
  await page.keyboard.press('k')
  await page.keyboard.press('a')
  await expect
    .poll(async () =>
      (
        await db
          .selectFrom('attendance')
          .innerJoin('attendance_code', 'attendance_code.id', 'attendance.code_id')
          .select(['attendance.member_id as memberId', 'attendance_code.meaning as meaning'])
          .orderBy('attendance.member_id')
          .execute()
      ).map((mark) => `${mark.memberId}:${mark.meaning}`),
    )
    .toEqual([
      `${roster.anna}:present`,
      `${roster.bernd}:present`,
      `${roster.dora}:absent`,
      `${roster.juergen}:make_up`,
    ])
  await page
    .locator(`[data-test=rollcall-state-${roster.juergen}]`, { hasText: words.saved })
    .waitFor()
  await page.keyboard.press('k')
  await screenshotTall(page, `meetings-rollcall-${words.suffix}`)

  // A guest, invited by Anna Müller, joins the club as a prospect.
  await page.locator('[data-test=visit-add]').click()
  const visit = page.locator('[data-test=visit-dialog]')
  await visit.locator('[data-test=guest-firstName] input').fill('Hanna')
  await visit.locator('[data-test=guest-lastName] input').fill('Neu')
  await visit.locator('[data-test=guest-company] input').fill('Neu Architekten GmbH')
  await visit.locator('[data-test=guest-sector] input').fill('Architektur')
  await choose(page, visit.locator('[data-test=visit-inviter]'), 'Anna Müller', 'Müller')
  await visit.locator('[data-test=visit-save]').click()
  const guestRow = page.locator('[data-test^=visit-]', { hasText: 'Hanna Neu' })
  await guestRow.waitFor()
  await screenshotTall(page, `meetings-rollcall-guest-${words.suffix}`)
  await guestRow.locator('[data-test^=visit-convert-]').click()
  await confirm(page, words.convert)
  await page.locator('[data-test=converted-notice]', { hasText: words.converted }).waitFor()
  await screenshotTall(page, `meetings-converted-${words.suffix}`)

  // The sign-in sheet of the meeting, saved and handed to the viewer.
  const sheet = join(tempDir(), 'anwesenheit.pdf')
  host.toSave.push(sheet)
  await page.locator('[data-test=rollcall-print]').click()
  await expect.poll(() => host.opened).toEqual([sheet])
  expect(readFileSync(sheet).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const member = await db
    .selectFrom('member')
    .select(['id', 'status', 'sponsor_id', 'company'])
    .where('last_name', '=', 'Neu')
    .executeTakeFirstOrThrow()
  expect(member).toMatchObject({
    status: 'prospect',
    sponsor_id: roster.anna,
    company: 'Neu Architekten GmbH',
  })

  // The guest list, then the new member's page from the notice.
  await page.locator('[data-test=tab-guests]').click()
  await page.locator('[data-test=guest-rows]').waitFor()
  await screenshot(page, `meetings-guests-${words.suffix}`)

  // Back in the list, the meeting shows its attendance (make-ups count) and its guest.
  await page.locator('[data-test=tab-meetings]').click()
  await expect.poll(() => row(page, words.meetingDay).innerText()).toMatch(/3\/4\s+1/)
  await screenshot(page, `meetings-list-after-${words.suffix}`)

  // The figures of the club year: three of four expected attended (the make-up counts).
  await page.locator('[data-test=tab-figures]').click()
  await expect.poll(() => page.locator('[data-test=club-percent]').innerText()).toMatch(/^75[,.]0/)
  await screenshotTall(page, `meetings-figures-${words.suffix}`)

  await page.locator('[data-test=tab-guests]').click()
  await page.locator(`[data-test^=guest-member-]`).first().click()
  await page.waitForURL(new RegExp(`#/members/${member.id}$`))
}

describe('meetings in Chromium', () => {
  it('generates a year, takes the roll call by keyboard and turns a guest into a member', async () => {
    await runThrough(await open(), german)
  })

  it('does the same in English', async () => {
    await runThrough(await open(), english)
  })
})
