import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeSignInSheet } from '../../../src/core/meetings/documents/signInSheet.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { pdfInfo, pdfPages, savePdf } from '../../support/directoryClub.ts'
import { refusal } from '../../support/refusal.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'
import { addMeeting, addPerson, makeChapter } from '../referrals/referralSupport.ts'
import { createMember } from '../../../src/core/members/memberWrite.ts'
import { organisation } from '../../support/members.ts'

const openClub = useOpenClub()
const tempDir = useTempDir()

/** A Rotary club with members whose names DIN 5007-2 orders apart from plain A–Z. */
async function club(locale: 'de' | 'en') {
  const { db } = await openClub()
  await makeChapter(db, 'rotary', locale)
  await db.updateTable('club').set({ name: 'Rotary Club Teststadt' }).execute()
  await addPerson(db, 'Anna', 'Afra', { company: 'Afra Architekten' })
  await addPerson(db, 'Ärnst', 'Ärmel', { classification: 'Schneiderei' })
  await addPerson(db, 'Bernd', 'Adler', { title: 'Dr.' })
  const prospect = await addPerson(db, 'Paul', 'Probst')
  await db.updateTable('member').set({ status: 'prospect' }).where('id', '=', prospect).execute()
  await createMember(db, organisation('Muster GmbH'), 'active', fixedClock)
  const meeting = await addMeeting(db, '2026-11-25', {
    rollCall: false,
    topic: 'Digitalisierung im Handwerk',
  })
  await db
    .updateTable('meeting')
    .set({ speaker: 'Prof. Dr. Maria Beispiel' })
    .where('id', '=', meeting)
    .execute()
  return { db, meeting }
}

describe('the sign-in sheet', () => {
  it('lists the expected members in DIN 5007-2 order with room to sign, then rows for guests', async () => {
    const { db, meeting } = await club('de')
    const made = await makeSignInSheet(db, meeting, fixedClock)
    const path = savePdf(made.bytes, tempDir(), 'anwesenheitsliste', [1], 'meetings')
    expect(made.pages).toBe(1)
    expect(pdfInfo(path).size).toContain('(A4)')
    const [page = ''] = pdfPages(path, true)
    expect(page).toContain('Anwesenheitsliste 25.11.2026')
    expect(page).toContain('Rotary Club Teststadt')
    expect(page).toContain('Mittwoch, 25. November 2026 · 07:00–08:30 Uhr')
    expect(page).toMatch(/Ort\s+Hotel am Markt/)
    expect(page).toMatch(/Thema\s+Digitalisierung im Handwerk/)
    expect(page).toMatch(/Referent\/in\s+Prof\. Dr\. Maria Beispiel/)
    expect(page).toMatch(/Nr\.\s+Name\s+Firma \/ Klassifikation\s+Unterschrift/)
    // Ä is sorted as Ae: Adler, Ärmel, Afra. Prospects and organisations sign as guests.
    const names = [...page.matchAll(/^\s*(\d)\s+(\S+), /gm)].map((m) => `${m[1]} ${m[2]}`)
    expect(names).toEqual(['1 Adler', '2 Ärmel', '3 Afra'])
    expect(page).toMatch(/Adler, Dr\. Bernd/)
    expect(page).toMatch(/Ärmel, Ärnst\s+Schneiderei/)
    expect(page).not.toContain('Probst')
    expect(page).not.toContain('Muster GmbH')
    expect(page).toMatch(/Gäste\s/)
    expect(page).toMatch(/Name\s+Firma \/ Branche\s+Eingeladen von\s+Unterschrift/)
    // A sheet guests see carries no members-only line.
    expect(page).not.toContain('Nur zur persönlichen Verwendung')
  })

  it('repeats the header on every page of a long list, in English for an English club', async () => {
    const { db, meeting } = await club('en')
    for (let i = 1; i <= 45; i++)
      await addPerson(db, 'Member', `Zimmer ${String(i).padStart(2, '0')}`)
    const made = await makeSignInSheet(db, meeting, fixedClock)
    const path = savePdf(made.bytes, tempDir(), 'sign-in-sheet', [1, 2], 'meetings')
    expect(made.pages).toBeGreaterThan(1)
    const pages = pdfPages(path, true)
    expect(pages[0]).toContain('Sign-in sheet 25 Nov 2026')
    expect(pages[0]).toContain('Wednesday, 25 November 2026 · 07:00–08:30')
    // English names sort A–Z: Adler, Afra, Ärmel.
    const first = [...(pages[0] ?? '').matchAll(/^\s*(\d)\s+(\S+), /gm)].map((m) => m[2])
    expect(first.slice(0, 3)).toEqual(['Adler', 'Afra', 'Ärmel'])
    expect(pages[1]).toMatch(/No\.\s+Name\s+Company \/ classification\s+Signature/)
    for (const page of pages.slice(1)) {
      expect(page).toContain('Rotary Club Teststadt · Sign-in sheet 25 Nov 2026')
    }
    // The guests' rows stay together under their heading.
    const last = pages.at(-1) ?? ''
    expect(last).toMatch(/Guests\s+Name\s+Company \/ sector\s+Invited by\s+Signature/)
    expect(pages.join('\n')).toContain('48')
  })

  it('refuses a cancelled meeting and one that does not exist', async () => {
    const { db } = await club('de')
    const cancelled = await addMeeting(db, '2026-12-23', { status: 'cancelled' })
    const error = await refusal(makeSignInSheet(db, cancelled, fixedClock))
    expect(error.toData()).toEqual({ code: 'meeting.cancelled', params: { date: '23.12.2026' } })
    expect((await refusal(makeSignInSheet(db, 999, fixedClock))).code).toBe('meeting.notFound')
  })

  it('keeps a long topic and long names inside the page', async () => {
    const { db, meeting } = await club('de')
    await addPerson(
      db,
      'Maximiliane-Henriette',
      'von Hohenzollern-Sigmaringen-Württemberg'.repeat(3),
      {
        company: 'Ein sehr langer Firmenname mit Zusatz GmbH & Co. KG'.repeat(3),
      },
    )
    await db
      .updateTable('meeting')
      .set({ topic: 'Thema '.repeat(120) })
      .where('id', '=', meeting)
      .execute()
    const made = await makeSignInSheet(db, meeting, fixedClock)
    const path = savePdf(made.bytes, tempDir(), 'anwesenheitsliste-lang', [1], 'meetings')
    expect(pdfPages(path).join('')).toContain('…')
    expect(join(path)).toMatch(/\.pdf$/)
  })
})
