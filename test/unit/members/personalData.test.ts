import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { MemberInput } from '../../../src/api/members.ts'
import { emptyMemberInput } from '../../../src/api/members.ts'
import { setConsent } from '../../../src/core/members/consent.ts'
import { createMember, createMembers, updateMember } from '../../../src/core/members/memberWrite.ts'
import { assignOffice } from '../../../src/core/members/offices.ts'
import { personalDataExport } from '../../../src/core/members/personalData.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'

const tempDir = useTempDir()
const openClub = useOpenClub()

const blank = emptyMemberInput()
const address = blank.businessAddress

describe('Art. 15 export', () => {
  it('gathers record, consent, offices, links and history as JSON and a readable PDF', async () => {
    const dir = tempDir()
    const file = await openClub(dir)
    const { db } = file
    const [firm] = await createMembers(
      db,
      [{ ...blank, kind: 'organisation', organisationName: 'Ölmühle Süß GmbH' }],
      'active',
      fixedClock,
    )
    const sponsor = await createMember(
      db,
      { ...blank, firstName: 'Paul', lastName: 'Pate' },
      'active',
      fixedClock,
    )
    const anna: MemberInput = {
      ...blank,
      title: 'Dr.',
      firstName: 'Anna',
      lastName: 'Müller-Lüdenscheidt',
      birthday: '1970-12-24',
      emailPrivate: 'anna@example.org',
      organisationId: firm ?? null,
      sponsorId: sponsor,
      businessAddress: {
        ...address,
        street: 'Hauptstraße',
        houseNumber: '1',
        postcode: '10115',
        town: 'Berlin',
      },
    }
    const id = await createMember(db, anna, 'active', fixedClock)
    await updateMember(db, id, { ...anna, position: 'Geschäftsführerin' }, fixedClock)
    await setConsent(db, id, 'directory', true, '2026-01-15', fixedClock)
    const role = await db
      .selectFrom('role')
      .select(['id', 'name_de'])
      .where('key', '=', 'president')
      .executeTakeFirstOrThrow()
    await assignOffice(
      db,
      { memberId: id, roleId: role.id, startDate: '2026-07-01', endDate: '2027-06-30' },
      fixedClock,
    )

    const made = await personalDataExport(db, id, 'de', fixedClock)
    expect(made.displayName).toBe('Dr. Anna Müller-Lüdenscheidt')
    expect(made.json).toMatch(/^\{\n {2}"generatedAt"/)
    const data = JSON.parse(made.json) as Record<string, unknown>
    expect(data).toMatchObject({
      generatedAt: '2026-11-21T10:00:00.000Z',
      legalBasis: 'Art. 15 DSGVO',
      club: { name: 'Rotary Club Teststadt' },
      member: {
        firstName: 'Anna',
        birthday: '1970-12-24',
        emailPrivate: 'anna@example.org',
        position: 'Geschäftsführerin',
      },
      organisation: { name: 'Ölmühle Süß GmbH' },
      sponsor: { name: 'Paul Pate' },
      offices: [{ role: role.name_de, startDate: '2026-07-01', endDate: '2027-06-30' }],
    })
    expect(data['consent']).toContainEqual({
      kind: 'directory',
      granted: true,
      decidedOn: '2026-01-15',
    })
    expect(data['consent']).toContainEqual({ kind: 'birthday', granted: false, decidedOn: null })
    const history = data['history'] as { action: string; field: string | null }[]
    expect(history.map((h) => h.action)).toEqual(['created', 'updated', 'consent', 'office'])
    expect(history[1]?.field).toBe('position')

    const pdfPath = join(process.env['KREIS_KEEP_PDF'] ?? dir, 'auskunft.pdf')
    writeFileSync(pdfPath, made.pdf)
    expect(Buffer.from(made.pdf).subarray(0, 5).toString()).toBe('%PDF-')
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
    for (const expected of [
      'Auskunft nach Art. 15 DSGVO',
      'Rotary Club Teststadt',
      'Müller-Lüdenscheidt',
      'Stammdaten',
      'Einwilligungen zur Veröffentlichung',
      'Ämter',
      role.name_de,
      'Verknüpfungen',
      'Ölmühle Süß GmbH',
      'Änderungsverlauf',
      'Geschäftsführerin',
      '24.12.1970',
      'Seite 1 von',
    ]) {
      expect(text).toContain(expected)
    }

    const english = await personalDataExport(db, id, 'en', fixedClock)
    const englishPath = pdfPath.replace('auskunft', 'information')
    writeFileSync(englishPath, english.pdf)
    const englishText = execFileSync('pdftotext', [englishPath, '-'], { encoding: 'utf8' })
    expect(englishText).toContain('Information under Art. 15 GDPR')
    expect(englishText).toContain('History of changes')
  })

  it('refuses a member that does not exist', async () => {
    const file = await openClub()
    await expect(personalDataExport(file.db, 99, 'de', fixedClock)).rejects.toMatchObject({
      code: 'member.notFound',
    })
  })
})
