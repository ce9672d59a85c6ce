import { describe, expect, it } from 'vitest'
import { emptyMemberInput } from '../../../src/api/members.ts'
import { setConsent } from '../../../src/core/members/consent.ts'
import { exportMembers } from '../../../src/core/members/export/exportMembers.ts'
import { escapeText, foldLine } from '../../../src/core/members/export/vcard.ts'
import { createMember } from '../../../src/core/members/memberWrite.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { fixedClock } from '../../support/temp.ts'

const openClub = useOpenClub()

const blank = emptyMemberInput()

async function twoMembers() {
  const file = await openClub()
  const { db } = file
  const oezdemir = await createMember(
    db,
    {
      ...blank,
      title: 'Dr.',
      firstName: 'Ömer',
      lastName: 'Özdemir',
      company: 'Özdemir; Partner, Steuerberater',
      position: 'Inhaber',
      emailBusiness: 'oe@example.de',
      phoneBusiness: '+49 30 1234567',
      phoneMobile: '0171 1234567',
      birthday: '1970-12-24',
      website: 'https://oezdemir.example',
      businessAddress: {
        street: 'Hauptstraße',
        houseNumber: '5',
        postcode: '10115',
        town: 'Berlin',
        country: 'DE',
      },
      notes: 'intern: nie veröffentlichen',
      classification: `Steuerberatung, Wirtschaftsprüfung und ${'sehr '.repeat(12)}lange Beratung`,
    },
    'active',
    fixedClock,
  )
  await createMember(
    db,
    {
      ...blank,
      kind: 'organisation',
      organisationName: 'Bäckerei\\Konditorei Süß',
      emailPrivate: 'geheim@example.de',
    },
    'active',
    fixedClock,
  )
  await setConsent(db, oezdemir, 'directory', true, '2026-01-01', fixedClock)
  return db
}

describe('vCard export', () => {
  it('writes vCard 4.0 with escaping, folding and CRLF', async () => {
    const db = await twoMembers()
    const made = await exportMembers(db, { format: 'vcf', publication: false }, 'de', fixedClock)
    expect(made).toMatchObject({ fileName: 'mitglieder-20261121-100000.vcf', count: 2 })
    const text = Buffer.from(made.bytes).toString('utf8')
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    const [firm, person] = text.replace(/\r\n /g, '').split('END:VCARD\r\n')
    expect(firm).toBe(
      'BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Bäckerei\\\\Konditorei Süß\r\n' +
        'ORG:Bäckerei\\\\Konditorei Süß\r\nEMAIL;TYPE=home:geheim@example.de\r\n' +
        'REV:20261121T100000Z\r\n',
    )
    expect(person).toMatch(
      /^BEGIN:VCARD\r\nVERSION:4\.0\r\nKIND:individual\r\nFN:Dr\. Ömer Özdemir\r\n/,
    )
    expect(person).toContain('N:Özdemir;Ömer;;Dr.;\r\n')
    expect(person).toContain('ORG:Özdemir\\; Partner\\, Steuerberater\r\n')
    expect(person).toContain('TITLE:Inhaber\r\n')
    expect(person).toContain('CATEGORIES:Steuerberatung\\, Wirtschaftsprüfung und sehr')
    expect(person).toContain('EMAIL;TYPE=work:oe@example.de\r\n')
    expect(person).toContain('TEL;TYPE=work,voice:+49 30 1234567\r\n')
    expect(person).toContain('TEL;TYPE=cell:0171 1234567\r\n')
    expect(person).toContain('ADR;TYPE=work:;;Hauptstraße 5;Berlin;;10115;DE\r\n')
    expect(person).toContain('URL:https://oezdemir.example\r\n')
    expect(person).toContain('BDAY:19701224\r\n')
    expect(person).not.toContain('NOTE')
    expect(text).toContain('\r\n ')
  })

  it('leaves out the directory refusers and unconsented data in a publication', async () => {
    const db = await twoMembers()
    const made = await exportMembers(db, { format: 'vcf', publication: true }, 'de', fixedClock)
    const text = Buffer.from(made.bytes).toString('utf8')
    expect(text.match(/BEGIN:VCARD/g)).toHaveLength(1)
    expect(text).toContain('FN:Dr. Ömer Özdemir')
    expect(text).not.toContain('BDAY')
    expect(text).not.toContain('geheim@example.de')
  })

  it('escapes and folds by the octet, never inside a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
    const line = `NOTE:${'ü'.repeat(60)}`
    const parts = foldLine(line).split('\r\n')
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75)
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true)
    expect(foldLine(line).replace(/\r\n /g, '')).toBe(line)
    expect(foldLine('short')).toBe('short')
  })
})
