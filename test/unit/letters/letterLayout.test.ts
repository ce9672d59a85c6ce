import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { runDunning } from '../../../src/core/dues/dunning.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { pdfPages, savePdf } from '../../support/directoryClub.ts'
import { addDuesMember } from '../../support/duesClub.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'
import { charge, giveAddress, giveClubLetterhead } from './letterSupport.ts'

const openClub = useOpenClub()
const tempDir = useTempDir()

/** A wide blue block standing in for a club logo. */
function logoPng(): Uint8Array {
  const png = new PNG({ width: 240, height: 120 })
  for (let i = 0; i < png.data.length; i += 4) png.data.set([31, 78, 121, 255], i)
  return PNG.sync.write(png)
}

const mm = (points: number) => (points * 25.4) / 72

/** Each word of page 1 with its box in millimetres from the top left corner. */
function words(
  path: string,
): { text: string; x: number; y: number; right: number; bottom: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', path, '-'], {
    encoding: 'utf8',
  })
  return [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map(([, x, y, right, bottom, text]) => ({
    text: text ?? '',
    x: mm(Number(x)),
    y: mm(Number(y)),
    right: mm(Number(right)),
    bottom: mm(Number(bottom)),
  }))
}

describe('a DIN 5008 dunning letter', () => {
  it('puts the address in the window, the subject below it and the open items in a table', async () => {
    const { db } = await openClub()
    await giveClubLetterhead(db)
    await db.updateTable('club').set({ logo_mime: 'image/png', logo: logoPng() }).execute()
    const id = await addDuesMember(db, {
      salutation: 'Frau',
      title: 'Dr.',
      firstName: 'Anna',
      lastName: 'Müller-Lüdenscheidt',
    })
    await giveAddress(db, id, {
      street: 'Kärntner Straße',
      postcode: '1010',
      town: 'Wien',
      country: 'AT',
    })
    const dues = await charge(db, id, 12000, '2026-09-01')
    await charge(db, id, 4550, '2026-10-01', 'Weihnachtsessen')
    // Reminded twice before: this letter is the final notice.
    await db.updateTable('charge').set({ dunning_level: 2 }).where('id', '=', dues).execute()
    const folder = tempDir()
    const [file] = (await runDunning(db, '2026-11-21', folder, fixedClock)).files
    if (file === undefined) throw new Error('no letter')
    savePdf(readFileSync(file), join('test-results', 'letters'), 'mahnung', [1], 'letters')

    const text = pdfPages(file, true)[0] ?? ''
    expect(text).toContain('Letzte Mahnung: offene Mitgliedsbeiträge')
    expect(text).toContain('Sehr geehrte Frau Dr. Müller-Lüdenscheidt,')
    expect(text).toMatch(/2026-000001\s+Mitgliedsbeitrag 2026\/27\s+01\.09\.2026\s+120,00 €/)
    expect(text).toMatch(/Mahngebühr\s+5,00 €/)
    expect(text).toMatch(/Gesamtbetrag\s+170,50 €/)
    expect(text).toContain('bis zum 05.12.2026')
    expect(text).toContain('DE89 3704 0044 0532 0130 00')

    const page = words(file)
    const address = ['Frau', 'Anna', 'Kärntner', 'Wien', 'ÖSTERREICH']
    for (const word of address) {
      const box = page.find((w) => w.text === word)
      expect(box, word).toBeDefined()
      // The window of a DL envelope, form B: 20–105 mm from the left, 45–90 mm from the top.
      expect(box?.x).toBeGreaterThan(20)
      expect(box?.right).toBeLessThan(105)
      expect(box?.y).toBeGreaterThan(62.7)
      expect(box?.bottom).toBeLessThan(90)
    }
    const sender = page.find((w) => w.text === 'Marktplatz')
    expect(sender?.y).toBeGreaterThan(45)
    expect(sender?.bottom).toBeLessThan(62.7)
    const subject = page.find((w) => w.text === 'Letzte')
    expect(subject?.y).toBeGreaterThan(95)
    expect(subject?.y).toBeLessThan(105)
    const date = page.find((w) => w.text === '21.11.2026')
    expect(date?.x).toBeGreaterThan(125)
    expect(join(folder, 'mahnung-3-0001-2026-11-21.pdf')).toBe(file)
  })
})
