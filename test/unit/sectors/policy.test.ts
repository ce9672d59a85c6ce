import { join } from 'node:path'
import type { Kysely } from 'kysely'
import { beforeEach, describe, expect, it } from 'vitest'
import type { MemberInput, MemberStatus } from '../../../src/api/members.ts'
import {
  cappedPreset,
  defaultPolicy,
  type ClassificationPolicy,
  type PolicyViolation,
} from '../../../src/api/sectors.ts'
import { insertClub } from '../../../src/core/club/profile.ts'
import { createClubFile } from '../../../src/core/db/createClubFile.ts'
import { openClubFile } from '../../../src/core/db/openClubFile.ts'
import type { Database } from '../../../src/core/db/schema.ts'
import { getMember, memberInputOf } from '../../../src/core/members/memberRead.ts'
import { changeStatus } from '../../../src/core/members/memberStatus.ts'
import { createMember, createMembers, updateMember } from '../../../src/core/members/memberWrite.ts'
import { checkPolicy, policyReport } from '../../../src/core/sectors/policy.ts'
import { getPolicy, policyLimit, savePolicy } from '../../../src/core/sectors/policySettings.ts'
import { person } from '../../support/members.ts'
import { refusal } from '../../support/refusal.ts'
import { useSampleClub, type SampleClub } from '../../support/sectorClub.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'

const sampleClub = useSampleClub()
const tempDir = useTempDir()
let club: SampleClub
let db: Kysely<Database>
let sector: (code: string) => number

beforeEach(async () => {
  club = await sampleClub()
  ;({ db, sector } = club)
})

const today = '2026-11-21'

/** A member in `code` with `status`, written without the policy (as an import would). */
const member = (lastName: string, code: string | null, status: MemberStatus = 'active') =>
  club.add({ lastName, sector: code, status })

async function members(count: number, code: string | null, status: MemberStatus = 'active') {
  const sectorId = code === null ? null : sector(code)
  const inputs = Array.from({ length: count }, (_, i) =>
    person({ lastName: `${code ?? 'Ohne'} ${String(i).padStart(3, '0')}`, sectorId }),
  )
  const ids = await db
    .transaction()
    .execute((trx) => createMembers(trx, inputs, 'active', fixedClock))
  if (status !== 'active')
    await db.updateTable('member').set({ status }).where('id', 'in', ids).execute()
  return ids
}

const usePolicy = (fields: Partial<ClassificationPolicy>) =>
  savePolicy(db, { ...defaultPolicy('rotary'), mode: 'exclusive', ...fields })

const capped = (fields: Partial<ClassificationPolicy> = {}) =>
  usePolicy({ mode: 'capped', ...cappedPreset, ...fields })

const check = (memberId: number | null, code: string | null, status: MemberStatus = 'active') =>
  checkPolicy(db, { memberId, sectorId: code === null ? null : sector(code), status })

const summary = (v: PolicyViolation | null) =>
  v === null
    ? null
    : {
        classification: v.classification.code,
        count: v.count,
        limit: v.limit,
        holders: v.holders.map((h) => h.displayName),
      }

const count = async (table: 'member' | 'member_history') =>
  (await db.selectFrom(table).select('id').execute()).length

describe('the classification policy', () => {
  it('starts as the club kind suggests and is saved as given', async () => {
    expect(await getPolicy(db)).toEqual(defaultPolicy('rotary'))
    expect((await getPolicy(db)).mode).toBe('none')

    const bniPath = join(tempDir(), 'bni.kreis')
    await createClubFile(bniPath, (d) =>
      insertClub(d, { name: 'BNI Teststadt', kind: 'bni', locale: 'de' }, fixedClock),
    )
    const bni = await openClubFile(bniPath, { clock: fixedClock })
    try {
      expect(await getPolicy(bni.db)).toEqual(defaultPolicy('bni'))
      expect((await getPolicy(bni.db)).mode).toBe('exclusive')
    } finally {
      await bni.db.destroy()
    }

    const saved = await capped({
      cap: 3,
      countedStatuses: ['honorary', 'active', 'honorary'],
      level: 2,
    })
    expect(saved).toEqual({
      mode: 'capped',
      cap: 3,
      threshold: 50,
      percent: 10,
      countedStatuses: ['active', 'honorary'],
      level: 2,
    })
    expect(await getPolicy(db)).toEqual(saved)
  })

  it('computes the limit: one for exclusive, N or P % above M members for capped', () => {
    const rotary = { ...defaultPolicy('rotary'), mode: 'capped' as const }
    expect([1, 50, 51, 59, 60, 61, 100, 155].map((size) => policyLimit(rotary, size))).toEqual([
      5, 5, 5, 5, 6, 6, 10, 15,
    ])
    expect(policyLimit({ ...rotary, mode: 'exclusive' }, 500)).toBe(1)
    expect(policyLimit({ ...rotary, cap: 8 }, 60)).toBe(8)
  })

  it('never objects without a policy, without a sector or for statuses it does not count', async () => {
    await member('Alt', 'M1.1')
    expect(await check(null, 'M1.1')).toBeNull()
    await usePolicy({})
    expect(await check(null, 'M1.1', 'prospect')).toBeNull()
    expect(await check(null, 'M1.1', 'honorary')).toBeNull()
    expect(await check(null, null)).toBeNull()
    expect(await check(null, 'M1.1')).not.toBeNull()
  })

  it('exclusive: a second active member in a classification breaks it, naming the holder', async () => {
    await member('Alt', 'M1.1')
    await usePolicy({})
    const violation = await check(null, 'M1.1')
    expect(summary(violation)).toEqual({
      classification: 'M1.1',
      count: 2,
      limit: 1,
      holders: ['Alt'],
    })
    expect(violation?.classification).toMatchObject({
      nameDe: 'Arbeitsrecht',
      nameEn: 'Employment law',
      pathDe: ['Freie Berufe', 'Rechtsberatung'],
      pathEn: ['Professions', 'Legal advice'],
      active: true,
    })
    expect(await check(null, 'M1.2')).toBeNull()
  })

  it('counts classifications at the chosen level of the tree', async () => {
    const alt = await member('Alt', 'M1.1')
    const neu = await member('Neu', 'G1')
    await usePolicy({ level: null })
    expect(await check(neu, 'M1.2')).toBeNull()

    await usePolicy({ level: 2 })
    expect(summary(await check(neu, 'M1.2'))).toEqual({
      classification: 'M1',
      count: 2,
      limit: 1,
      holders: ['Alt'],
    })
    expect((await check(neu, 'M1.2'))?.classification.pathEn).toEqual(['Professions'])
    // Moving within the classification takes no new seat.
    expect(await check(alt, 'M1.2')).toBeNull()
    expect(await check(alt, 'M1')).toBeNull()
    // A sector above the level is a classification of its own.
    expect(await check(neu, 'M')).toBeNull()
    expect(await check(neu, 'M2')).toBeNull()

    await usePolicy({ level: 1 })
    expect(summary(await check(neu, 'M2'))?.classification).toBe('M')
    expect(await check(neu, 'G')).toBeNull()
  })

  it('never blocks editing a member who already holds the classification', async () => {
    const first = await member('Alt', 'M1.1')
    await member('Zweit', 'M1.1')
    await usePolicy({})
    expect(await check(first, 'M1.1')).toBeNull()
    const prospect = await member('Interessent', 'M1.1', 'prospect')
    expect(summary(await check(prospect, 'M1.1'))).toMatchObject({
      count: 3,
      holders: ['Alt', 'Zweit'],
    })
  })

  it('capped: exactly at the limit is fine, one more breaks it', async () => {
    await capped()
    await members(4, 'M1.1')
    await members(44, 'G1')
    // 48 members, the new one makes 49: five allowed, this is the fifth.
    expect(await check(null, 'M1.1')).toBeNull()
    await member('Fünf', 'M1.1')
    const violation = await check(null, 'M1.1')
    expect(summary(violation)).toMatchObject({ count: 6, limit: 5 })
    expect(violation?.holders).toHaveLength(5)
  })

  it('capped: the share applies once the club has more than M counted members', async () => {
    await capped()
    await members(5, 'M1.1')
    await members(44, 'G1')
    // 49 members: the new one makes 50, still five allowed.
    expect(summary(await check(null, 'M1.1'))).toMatchObject({ count: 6, limit: 5 })
    await members(1, 'G1')
    // 51 after the change: 10 % is 5.1, so still five.
    expect(summary(await check(null, 'M1.1'))).toMatchObject({ count: 6, limit: 5 })
    await members(9, 'G1')
    // 60 after the change: six allowed, the sixth fits.
    expect(await check(null, 'M1.1')).toBeNull()
    await member('Sechs', 'M1.1')
    expect(summary(await check(null, 'M1.1'))).toMatchObject({ count: 7, limit: 6 })
  })

  it('does not count honorary members or members on leave unless configured', async () => {
    await usePolicy({})
    const honorary = await member('Ehren', 'M1.1', 'honorary')
    const away = await member('Ruhend', 'M2', 'on_leave')
    expect(await check(null, 'M1.1')).toBeNull()
    expect(await check(null, 'M2')).toBeNull()

    await usePolicy({ countedStatuses: ['active', 'honorary'] })
    expect(summary(await check(null, 'M1.1'))?.holders).toEqual(['Ehren'])
    expect(await check(null, 'M2')).toBeNull()
    expect(await check(honorary, 'M1.1', 'honorary')).toBeNull()

    await usePolicy({ countedStatuses: ['active', 'on_leave'] })
    expect(await check(null, 'M1.1')).toBeNull()
    expect(summary(await check(null, 'M2'))?.holders).toEqual(['Ruhend'])
    expect(await check(away, 'M2')).toBeNull()
  })

  it('counts only members with a counted status towards the club size', async () => {
    await capped()
    await members(5, 'M1.1')
    await members(54, 'G1')
    await members(20, 'G1', 'honorary')
    await members(10, null)
    // 69 active (10 of them without a sector) + the new one: 70, so seven allowed.
    expect(await check(null, 'M1.1')).toBeNull()
    await capped({ countedStatuses: ['active'] })
    await members(60, 'G1', 'former')
    expect(await check(null, 'M1.1')).toBeNull()
    await db
      .updateTable('member')
      .set({ status: 'honorary' })
      .where('last_name', 'like', 'Ohne%')
      .execute()
    // 59 active + 1: six allowed, exactly as many as there would be.
    expect(await check(null, 'M1.1')).toBeNull()
    await members(1, 'M1.1')
    // 61: 10 % is still six, and the 30 honorary members do not make it more.
    expect(summary(await check(null, 'M1.1'))).toMatchObject({ count: 7, limit: 6 })
    await capped({ countedStatuses: ['active', 'honorary'] })
    // Honorary members now count both as size (91) and as holders of their own classifications.
    expect(await check(null, 'M1.1')).toBeNull()
  })

  it('reports every classification over its limit, the most exceeded first', async () => {
    await member('Alt', 'M1.1')
    await member('Bert', 'M1.1')
    await member('Carl', 'M1.2')
    await member('Dora', 'G1')
    await member('Emil', 'G1')
    await member('Fritz', 'G1')
    await member('Gast', 'M2')
    await member('Ehren', 'M2', 'honorary')
    await member('Ohne', null)
    await member('Weg', 'M2', 'former')
    expect(await policyReport(db)).toEqual([])

    await usePolicy({})
    const report = await policyReport(db)
    expect(report.map(summary)).toEqual([
      { classification: 'G1', count: 3, limit: 1, holders: ['Dora', 'Emil', 'Fritz'] },
      { classification: 'M1.1', count: 2, limit: 1, holders: ['Alt', 'Bert'] },
    ])
    expect(report[0]?.classification.pathDe).toEqual(['Handel'])

    // Equally exceeded: by code.
    await usePolicy({ level: 2 })
    expect((await policyReport(db)).map(summary)).toEqual([
      { classification: 'G1', count: 3, limit: 1, holders: ['Dora', 'Emil', 'Fritz'] },
      { classification: 'M1', count: 3, limit: 1, holders: ['Alt', 'Bert', 'Carl'] },
    ])

    await usePolicy({ level: 1, countedStatuses: ['active', 'honorary'] })
    expect((await policyReport(db)).map(summary)).toEqual([
      {
        classification: 'M',
        count: 5,
        limit: 1,
        holders: ['Alt', 'Bert', 'Carl', 'Ehren', 'Gast'],
      },
      { classification: 'G', count: 3, limit: 1, holders: ['Dora', 'Emil', 'Fritz'] },
    ])

    await capped({ cap: 2 })
    expect((await policyReport(db)).map(summary)).toEqual([
      { classification: 'G1', count: 3, limit: 2, holders: ['Dora', 'Emil', 'Fritz'] },
    ])
  })
})

describe('enforcing the policy on writes', () => {
  const gate = (override: string | null = null) => ({ override })

  it('refuses a new member beyond the policy and writes nothing', async () => {
    await member('Alt', 'M1.1', 'active')
    await usePolicy({})
    const before = [await count('member'), await count('member_history')]
    const error = await refusal(
      createMember(
        db,
        person({ lastName: 'Neu', sectorId: sector('M1.1') }),
        'active',
        fixedClock,
        gate(),
      ),
    )
    expect(error.toData()).toEqual({
      code: 'policy.violated',
      params: { classification: 'M1.1 Arbeitsrecht', count: 2, limit: 1, holders: 'Alt' },
    })
    expect([await count('member'), await count('member_history')]).toEqual(before)
    // A prospect takes no seat yet.
    await createMember(db, person({ sectorId: sector('M1.1') }), 'prospect', fixedClock, gate())
  })

  it('lets an officer override with a reason, recorded in the member history', async () => {
    await member('Alt', 'M1.1')
    await usePolicy({})
    const id = await createMember(
      db,
      person({ lastName: 'Neu', sectorId: sector('M1.1') }),
      'active',
      fixedClock,
      gate('Nachfolger von Alt, der Ende des Jahres ausscheidet'),
    )
    const record = await getMember(db, id)
    expect(record.history[0]).toEqual({
      at: '2026-11-21T10:00:00.000Z',
      action: 'policyOverride',
      field: 'sector_id',
      oldValue: null,
      newValue: 'M1.1 Arbeitsrecht',
      note: 'Nachfolger von Alt, der Ende des Jahres ausscheidet',
    })
    // Without a violation a reason changes nothing.
    const free = await createMember(
      db,
      person({ sectorId: sector('G1') }),
      'active',
      fixedClock,
      gate('x'),
    )
    expect((await getMember(db, free)).history.map((h) => h.action)).toEqual(['created'])
  })

  it('checks a sector change on update, but not other edits of a holder', async () => {
    const alt = await member('Alt', 'M1.1')
    const neu = await member('Neu', 'G1')
    await member('Zweit', 'M1.1')
    await usePolicy({})
    const edit = async (id: number, fields: Partial<MemberInput>, override: string | null = null) =>
      updateMember(
        db,
        id,
        { ...memberInputOf(await getMember(db, id)), ...fields },
        fixedClock,
        null,
        gate(override),
      )
    await edit(alt, { firstName: 'Anton' })
    const before = await count('member_history')
    const error = await refusal(edit(neu, { sectorId: sector('M1.1') }))
    expect(error.params).toEqual({
      classification: 'M1.1 Arbeitsrecht',
      count: 3,
      limit: 1,
      holders: 'Anton Alt, Zweit',
    })
    expect((await getMember(db, neu)).sectorId).toBe(sector('G1'))
    expect(await count('member_history')).toBe(before)

    await edit(neu, { sectorId: sector('M1.1') }, 'Vorstandsbeschluss vom 1. November')
    const record = await getMember(db, neu)
    expect(record.sectorId).toBe(sector('M1.1'))
    expect(record.history.slice(0, 2).map((h) => [h.action, h.field, h.newValue, h.note])).toEqual([
      ['policyOverride', 'sector_id', 'M1.1 Arbeitsrecht', 'Vorstandsbeschluss vom 1. November'],
      ['updated', 'sector_id', 'M1.1 Arbeitsrecht', null],
    ])
  })

  it('checks status changes that make a member count', async () => {
    await member('Alt', 'M1.1')
    const prospect = await member('Interessent', 'M1.1', 'prospect')
    const away = await member('Ruhend', 'M1.1', 'on_leave')
    await usePolicy({})
    const act = (id: number, action: 'admit' | 'endLeave' | 'makeHonorary', override?: string) =>
      changeStatus(db, id, action, today, '', fixedClock, gate(override ?? null))

    expect((await refusal(act(prospect, 'admit'))).code).toBe('policy.violated')
    expect((await refusal(act(away, 'endLeave'))).code).toBe('policy.violated')
    expect((await getMember(db, prospect)).status).toBe('prospect')
    expect((await getMember(db, away)).history).toHaveLength(1)

    // Honorary members do not count by default …
    await act(away, 'makeHonorary')
    // … but do once the club says so.
    await usePolicy({ countedStatuses: ['active', 'honorary'] })
    const other = await member('Sonder', 'M1.1', 'on_leave')
    const error = await refusal(act(other, 'makeHonorary'))
    expect(error.params).toMatchObject({ count: 3, holders: 'Alt, Ruhend' })

    await act(prospect, 'admit', 'Neue Kanzlei, anderer Schwerpunkt')
    const admitted = await getMember(db, prospect)
    expect(admitted.status).toBe('active')
    expect(admitted.history[0]).toMatchObject({
      action: 'policyOverride',
      newValue: 'M1.1 Arbeitsrecht',
      note: 'Neue Kanzlei, anderer Schwerpunkt',
    })
  })

  it('names at most ten holders in the refusal', async () => {
    await members(12, 'M1.1')
    await usePolicy({})
    const error = await refusal(
      createMember(db, person({ sectorId: sector('M1.1') }), 'active', fixedClock, gate()),
    )
    const names = Array.from({ length: 10 }, (_, i) => `M1.1 ${String(i).padStart(3, '0')}`)
    expect(error.params).toMatchObject({ count: 13, holders: `${names.join(', ')}, …` })
  })

  it('leaves writes without a gate alone, as the import needs', async () => {
    await member('Alt', 'M1.1')
    await usePolicy({})
    await member('Zweit', 'M1.1')
    expect((await policyReport(db)).map(summary)).toMatchObject([{ count: 2, limit: 1 }])
  })
})
