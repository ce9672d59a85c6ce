import { copyFileSync, existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { getProfile } from '../../../src/core/club/profile.ts'
import { latestSchemaVersion } from '../../../src/core/db/migrations/index.ts'
import { openClubFile, type ClubFile } from '../../../src/core/db/openClubFile.ts'
import { memberAccount } from '../../../src/core/dues/account.ts'
import { listTypeFees } from '../../../src/core/dues/feeSchedules.ts'
import { listGuests } from '../../../src/core/guests/guests.ts'
import { meetingVisits } from '../../../src/core/guests/visits.ts'
import { attendanceReport } from '../../../src/core/meetings/attendanceReport.ts'
import { attendanceCodes } from '../../../src/core/meetings/codes.ts'
import { listLeaves } from '../../../src/core/meetings/leaves.ts'
import { listMeetings } from '../../../src/core/meetings/meetings.ts'
import { listSeries } from '../../../src/core/meetings/series.ts'
import { getMeetingSettings } from '../../../src/core/meetings/settings.ts'
import { listMembers } from '../../../src/core/members/memberList.ts'
import { getMember } from '../../../src/core/members/memberRead.ts'
import { loadSectorIndex } from '../../../src/core/sectors/sectorIndex.ts'
import { listOneToOnes } from '../../../src/core/referrals/oneToOnes.ts'
import { listReferrals } from '../../../src/core/referrals/referrals.ts'
import { listTyfcb } from '../../../src/core/referrals/tyfcb.ts'
import { listMandates } from '../../../src/core/sepa/mandates.ts'
import {
  fixtureBank,
  fixtureClub,
  fixtureDues,
  fixtureMeetings,
  fixtureMembers,
  fixtureSectors,
  releasedVersion,
} from './schemaFixtures.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'

/**
 * Every released schema version has a club file in test/fixtures/schema, made by make.ts as
 * Kreis at that version left it. Today's Kreis must open each: a backup first, then every
 * migration up to the latest one (whatever number that is by now), with nothing lost.
 */
const fixtures = join(import.meta.dirname, '../../fixtures/schema')
const versions = readdirSync(fixtures)
  .map((name) => /^v(\d+)\.kreis$/.exec(name)?.[1])
  .filter((n) => n !== undefined)
  .map(Number)
  .sort((a, b) => a - b)

const tempDir = useTempDir()

/** A copy of the fixture, opened as the app opens a file, and closed after `check`. */
async function upgraded(version: number, check: (file: ClubFile) => Promise<void>) {
  const dir = tempDir()
  const path = join(dir, `v${version}.kreis`)
  copyFileSync(join(fixtures, `v${version}.kreis`), path)
  const file = await openClubFile(path, { clock: fixedClock, backupDir: join(dir, 'backups') })
  try {
    await check(file)
  } finally {
    await file.db.destroy()
  }
}

async function sectorCodes(file: ClubFile, ids: readonly (number | null)[]): Promise<string[]> {
  const index = await loadSectorIndex(file.db)
  return ids.map((id) => index.nodes.find((node) => node.id === id)?.code ?? `#${id}`)
}

it('keeps a club file of every released schema version', () => {
  expect(versions).toEqual(Array.from({ length: releasedVersion }, (_, i) => i + 1))
  expect(latestSchemaVersion).toBeGreaterThanOrEqual(releasedVersion)
})

describe.each(versions)('a club file of schema version %i', (version) => {
  it('opens at the latest version, after a backup of the file as it was', async () => {
    await upgraded(version, async (file) => {
      expect(file.schemaVersion).toBe(latestSchemaVersion)
      expect(file.sqlite.pragma('user_version', { simple: true })).toBe(latestSchemaVersion)
      expect(file.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(file.sqlite.pragma('foreign_key_check')).toEqual([])
      if (version === latestSchemaVersion) {
        expect([file.migratedFrom, file.backupPath]).toEqual([null, null])
        return
      }
      expect(file.migratedFrom).toBe(version)
      expect(file.backupPath).not.toBeNull()
      const backupPath = file.backupPath ?? ''
      expect(existsSync(backupPath)).toBe(true)
      const backup = new BetterSqlite3(backupPath, { readonly: true })
      try {
        expect(backup.pragma('user_version', { simple: true })).toBe(version)
        expect(backup.prepare('select count(*) as n from member').get()).toEqual({
          n: fixtureMembers.length,
        })
      } finally {
        backup.close()
      }
    })
  })

  it('keeps its club and its members with their names, numbers and addresses', async () => {
    await upgraded(version, async (file) => {
      const profile = await getProfile(file.db)
      expect([profile.name, profile.kind, profile.locale, profile.yearStartMonth]).toEqual([
        fixtureClub.name,
        fixtureClub.kind,
        fixtureClub.locale,
        fixtureClub.yearStartMonth,
      ])
      for (const m of fixtureMembers) {
        const member = await getMember(file.db, m.id)
        expect({
          number: member.memberNumber,
          kind: member.kind,
          status: member.status,
          firstName: member.firstName,
          lastName: member.lastName,
          organisationName: member.organisationName,
          email: member.emailBusiness,
          street: member.businessAddress.street,
          town: member.businessAddress.town,
          joinDate: member.joinDate,
          leaveDate: member.leaveDate,
          classification: member.classification,
        }).toEqual({
          number: m.number,
          kind: m.kind,
          status: m.status,
          firstName: m.firstName ?? '',
          lastName: m.lastName ?? '',
          organisationName: m.organisationName ?? '',
          email: m.email,
          street: m.street,
          town: m.town,
          joinDate: m.joinDate,
          leaveDate: m.leaveDate,
          classification: m.classification,
        })
      }
    })
  })

  it('finds its members by name, umlauts folded, in phone-book order', async () => {
    await upgraded(version, async (file) => {
      const found = async (search: string) =>
        (await listMembers(file.db, { search }, 'de', fixedClock)).rows.map((r) => r.memberNumber)
      expect(await found('mueller')).toEqual(['0001'])
      expect(await found('weiss')).toEqual(['0002'])
      expect(await found('baeckerei')).toEqual(['0003'])
      const all = await listMembers(file.db, { includeFormer: true }, 'de', fixedClock)
      expect(all.rows.map((r) => r.memberNumber)).toEqual(['0003', '0001', '0004', '0005', '0002'])
    })
  })

  if (version >= 2) {
    it('keeps sectors, membership types, consent, offices, history and custom fields', async () => {
      await upgraded(version, async (file) => {
        const index = await loadSectorIndex(file.db)
        for (const s of fixtureSectors) {
          const node = index.nodes.find((n) => n.code === s.code)
          const parent = index.nodes.find((n) => n.id === node?.parentId)
          expect([node?.nameDe, node?.nameEn, parent?.code ?? null]).toEqual([
            s.nameDe,
            s.nameEn,
            s.parent,
          ])
        }
        for (const m of fixtureMembers) {
          const member = await getMember(file.db, m.id)
          expect(await sectorCodes(file, [member.sectorId])).toEqual([m.sector])
          const further = await sectorCodes(file, member.secondarySectorIds)
          expect(further).toEqual(version >= 3 ? m.furtherSectors : [])
        }
        const anna = await getMember(file.db, 1)
        expect(anna.consent.directory.granted).toBe(true)
        expect(anna.consent.photo.granted).toBe(false)
        expect(anna.offices.map((o) => [o.roleName, o.startDate, o.endDate])).toEqual([
          ['Präsident/in', '2023-07-01', '2024-06-30'],
        ])
        expect(anna.customValues).toEqual({ lieblingsessen: 'Grüne Soße' })
        expect(anna.membershipTypeId).toBe(1)
        const joerg = await getMember(file.db, 2)
        expect(joerg.history.map((h) => [h.field, h.oldValue, h.newValue])).toContainEqual([
          'business_town',
          'Fixturstadt',
          'Überlingen',
        ])
        expect((await getMember(file.db, 4)).leaveReason).toBe('resigned')
      })
    })
  }

  if (version >= 4) {
    it("keeps the club's bank account", async () => {
      await upgraded(version, async (file) => {
        const { bankName, iban, bic } = await getProfile(file.db)
        expect({ bankName, iban, bic }).toEqual(fixtureBank)
      })
    })
  }

  if (version >= 5) {
    it('keeps fee schedules, charges, payments and mandates to the cent', async () => {
      await upgraded(version, async (file) => {
        const [type] = await listTypeFees(file.db, fixedClock)
        expect([type?.name, type?.current?.amountCents, type?.current?.interval]).toEqual([
          fixtureDues.type,
          fixtureDues.yearlyCents,
          'yearly',
        ])
        const anna = await memberAccount(file.db, 1)
        expect(anna.entries.map((e) => [e.kind, e.reference, e.amountCents])).toEqual([
          ['charge', fixtureDues.charges[0].number, 24_000],
          ['payment', '', -24_000],
        ])
        expect([anna.balanceCents, anna.openCharges]).toEqual([0, []])
        const joerg = await memberAccount(file.db, 2)
        expect(joerg.balanceCents).toBe(14_000)
        expect(joerg.openCharges.map((c) => [c.number, c.openCents])).toEqual([
          [fixtureDues.charges[1].number, 14_000],
        ])
        const [mandate] = await listMandates(file.db, 2, fixedClock)
        const { reference, iban, signedOn, debtorName } = fixtureDues.mandate
        expect(mandate).toMatchObject({ reference, iban, signedOn, debtorName, status: 'active' })
      })
    })
  }

  if (version >= 6) {
    it('keeps meetings, the roll call, leaves, guests, referrals and business', async () => {
      await upgraded(version, async ({ db }) => {
        const f = fixtureMeetings
        expect(await getMeetingSettings(db)).toEqual(f.settings)
        expect(await listSeries(db)).toMatchObject([{ ...f.series, meetingCount: 3 }])
        expect((await attendanceCodes(db)).map((c) => c.meaning)).toEqual(f.codes)
        const meetings = await listMeetings(db, { from: '2023-09-01', to: '2023-09-30' })
        expect(meetings).toMatchObject(f.meetings)
        expect(meetings.map((m) => [m.rollCallTaken, m.attended, m.expected, m.guests])).toEqual([
          [true, 2, 2, 0],
          [false, 0, 2, 0],
          [true, 1, 2, 1],
        ])
        const marks = await db
          .selectFrom('attendance')
          .select(['meeting_id', 'member_id', 'code_id', 'make_up_date', 'make_up_club'])
          .orderBy('meeting_id')
          .orderBy('member_id')
          .execute()
        expect(marks.map((m) => Object.values(m))).toEqual(f.attendance)
        expect(await listLeaves(db, f.leave.memberId)).toMatchObject([f.leave])

        // Jörg's make-up counts (same Rotary year); his leave leaves him out of the third.
        const year = { from: '2023-07-01', to: '2024-06-30' }
        const report = await attendanceReport(db, year, fixedClock)
        expect([report.meetings, report.clubPercent, report.thresholdPercent]).toEqual([2, 75, 70])
        expect(report.points.map((p) => [p.meetingId, p.attended, p.expected])).toEqual([
          [1, 2, 2],
          [3, 1, 2],
        ])
        expect(report.members).toMatchObject([
          { member: { id: 1 }, attended: 1, expected: 2, counts: { present: 1, excused: 1 } },
          { member: { id: 5 }, attended: 1, expected: 1, counts: { present: 1 } },
          { member: { id: 2 }, attended: 1, expected: 1, counts: { makeUp: 1, leave: 1 } },
        ])
        expect(report.members.map((m) => m.belowThreshold)).toEqual([true, false, false])

        const { invitedBy, meeting, ...guest } = f.guest
        expect(await listGuests(db, { search: 'gärtner' })).toMatchObject([
          { ...guest, visits: 1, lastVisit: '2023-09-19', invitedBy: { id: invitedBy } },
        ])
        expect(await meetingVisits(db, meeting)).toMatchObject([{ guest, visitNumber: 1 }])

        const query = { ...year, memberId: null }
        const { from, to, ...referral } = f.referral
        expect(await listReferrals(db, query)).toMatchObject([
          { ...referral, from: { id: from }, to: { id: to }, status: 'won' },
        ])
        expect(await listTyfcb(db, query)).toMatchObject([
          { ...f.tyfcb, receiver: { id: to }, giver: { id: from }, referralId: 1 },
        ])
        const { a, b, ...oneToOne } = f.oneToOne
        expect(await listOneToOnes(db, query)).toMatchObject([
          { ...oneToOne, a: { id: a }, b: { id: b } },
        ])
      })
    })
  }
})
