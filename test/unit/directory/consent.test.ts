import { execFileSync } from 'node:child_process'
import fc from 'fast-check'
import jpeg from 'jpeg-js'
import { describe, expect, it } from 'vitest'
import { defaultDirectoryOptions, listKinds } from '../../../src/api/directory.ts'
import { consentKinds, type ConsentKind } from '../../../src/api/members.ts'
import { makeList } from '../../../src/core/directory/lists/makeList.ts'
import { makeDirectory } from '../../../src/core/directory/makeDirectory.ts'
import { setPhoto } from '../../../src/core/members/photo.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { addMember, pdfPages, savePdf } from '../../support/directoryClub.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'

const tempDir = useTempDir()
const openClub = useOpenClub()

const consentArbitrary = fc.record(
  Object.fromEntries(consentKinds.map((kind) => [kind, fc.boolean()])) as Record<
    ConsentKind,
    fc.Arbitrary<boolean>
  >,
)

/** A small photo of one flat colour, different for each member. */
function photoOf(n: number): string {
  const data = Buffer.alloc(40 * 50 * 4, 0)
  for (let i = 0; i < data.length; i += 4) data.set([40 * n, 200 - 30 * n, 120, 255], i)
  const encoded = jpeg.encode({ data, width: 40, height: 50 }, 80).data
  return `data:image/jpeg;base64,${Buffer.from(encoded).toString('base64')}`
}

/** What each kind of consent guards, as text that appears nowhere else in the book. */
function privateText(n: number): Record<Exclude<ConsentKind, 'directory' | 'photo'>, string> {
  return {
    private_address: `Geheimweg ${100 + n}`,
    private_phone: `0555 ${700000 + n}`,
    private_email: `privat${n}@zuhause.example`,
    birthday: `${String(10 + n).padStart(2, '0')}.03.1971`,
    partner: `Partnerin${n}Q`,
  }
}

describe('consent in the directory', () => {
  it('never prints a field a member did not agree to publish, in the book, its preview or a list (property)', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(consentArbitrary, { minLength: 1, maxLength: 5 }),
        async (members) => {
          run += 1
          const dir = tempDir()
          const { db } = await openClub(dir)
          for (const [n, consent] of members.entries()) {
            const secret = privateText(n)
            const id = await addMember(
              db,
              {
                firstName: 'Kim',
                lastName: `Mitglied${n}Z`,
                classification: `Beruf${n}`,
                birthday: `1971-03-${String(10 + n).padStart(2, '0')}`,
                partnerName: secret.partner,
                emailPrivate: secret.private_email,
                phonePrivate: secret.private_phone,
                privateAddress: {
                  street: secret.private_address,
                  houseNumber: '',
                  postcode: '12345',
                  town: 'Heimstadt',
                  country: 'DE',
                },
              },
              consentKinds.filter((kind) => consent[kind]),
              consentKinds.filter((kind) => !consent[kind]),
            )
            await setPhoto(db, id, photoOf(n), fixedClock)
          }
          const clock = { now: () => new Date('2026-03-01T10:00:00Z') }
          const made = await makeDirectory(db, defaultDirectoryOptions('de'), clock)
          const path = savePdf(made.bytes, dir, `consent-${run}`)
          const images = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
          const photos = members.filter((consent) => consent.directory && consent.photo).length
          expect(images.trim().split('\n').length - 2).toBe(photos)
          const text = pdfPages(path).join(' ').replace(/\s+/g, ' ')
          for (const [n, consent] of members.entries()) {
            const name = `Kim Mitglied${n}Z`
            expect(text.includes(name), name).toBe(consent.directory)
            for (const [kind, value] of Object.entries(privateText(n))) {
              const shown = consent.directory && consent[kind as ConsentKind]
              expect(text.includes(value), `${name}: ${kind}`).toBe(shown)
            }
          }

          // The preview and every list may show less than the book, never more.
          const others = [
            await makeDirectory(db, defaultDirectoryOptions('de'), clock, { preview: true }),
            ...(await Promise.all(
              listKinds.map((kind) =>
                makeList(
                  db,
                  { kind, statuses: ['active'], year: 2026, labelLayout: '3x7', locale: 'de' },
                  clock,
                ),
              ),
            )),
          ]
          for (const [index, other] of others.entries()) {
            const words = pdfPages(savePdf(other.bytes, dir, `consent-${run}-${index}`))
              .join(' ')
              .replace(/\s+/g, ' ')
            for (const [n, consent] of members.entries()) {
              if (!consent.directory) expect(words).not.toContain(`Mitglied${n}Z`)
              for (const [kind, value] of Object.entries(privateText(n))) {
                if (consent.directory && consent[kind as ConsentKind]) continue
                expect(words, `document ${index}, member ${n}: ${kind}`).not.toContain(value)
              }
            }
          }
        },
      ),
      { numRuns: 6 },
    )
  }, 60_000)
})
