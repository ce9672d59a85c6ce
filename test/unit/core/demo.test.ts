import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countMembers, getProfile } from '../../../src/core/club/profile.ts'
import { createClubFile } from '../../../src/core/db/createClubFile.ts'
import { openClubFile } from '../../../src/core/db/openClubFile.ts'
import type { NewMember } from '../../../src/core/db/schema.ts'
import { demoClubName, fillDemoClub } from '../../../src/core/demo/demoClub.ts'
import { generateDemoMembers } from '../../../src/core/demo/members.ts'

const clock = { now: () => new Date('2026-11-21T10:00:00Z') }
const today = '2026-11-21'
const timestamp = '2026-11-21T10:00:00.000Z'

function members(count: number, seed = 1): NewMember[] {
  return [...generateDemoMembers({ count, seed, today, timestamp })]
}

function isIsoDate(value: string | null | undefined): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  )
}

describe('generateDemoMembers', () => {
  it('gives the same members for the same seed and others for another seed', () => {
    expect(members(200, 7)).toEqual(members(200, 7))
    expect(members(200, 8)).not.toEqual(members(200, 7))
  })

  it('numbers members with four digits, or as many as the count has', () => {
    expect(members(60).map((member) => member.member_number)).toEqual(
      Array.from({ length: 60 }, (_, index) => String(index + 1).padStart(4, '0')),
    )
    const large = members(10_000)
    expect(large[0]?.member_number).toBe('00001')
    expect(large.at(-1)?.member_number).toBe('10000')
  })

  it('makes a plausible club of 60', () => {
    const club = members(60)
    const byStatus = (status: string) => club.filter((member) => member.status === status)

    expect(new Set(club.map((member) => member.member_number)).size).toBe(60)
    expect(byStatus('active').length).toBeGreaterThan(40)
    expect(byStatus('honorary').length).toBeGreaterThan(0)
    expect(byStatus('on_leave').length).toBeGreaterThan(0)
    expect(byStatus('prospect').length).toBeGreaterThanOrEqual(1)
    expect(byStatus('prospect').length).toBeLessThanOrEqual(2)
    expect(byStatus('former').length).toBeGreaterThan(0)

    for (const member of club) {
      expect(member.kind).toBe('person')
      expect(member.first_name).toBeTruthy()
      expect(member.last_name).toBeTruthy()
      expect(['Herr', 'Frau']).toContain(member.salutation)
      expect(member.email).toMatch(/^[a-z0-9.-]+@[a-z0-9-]+\.de$/)
      expect(member.email).toMatch(/^[\x20-\x7e]+$/)
      expect(member.website).toMatch(/^https:\/\/www\.[a-z0-9-]+\.de$/)
      expect(member.postcode).toMatch(/^\d{5}$/)
      expect(member.phone).toMatch(/^0\d{2,4} [1-9]\d{4,7}$/)
      expect(member.country).toBe('DE')
      expect(isIsoDate(member.birthday)).toBe(true)
      expect(member.created_at).toBe(timestamp)
    }
  })

  it('keeps dates consistent with each status', () => {
    for (const member of members(2000, 3)) {
      const birthday = member.birthday ?? ''
      const joined = member.join_date ?? null
      if (member.status === 'prospect') {
        expect(joined).toBeNull()
        continue
      }
      if (!isIsoDate(joined)) throw new Error(`${member.member_number}: no join date`)
      expect(joined >= '1985-01-01' && joined <= today).toBe(true)
      // 28th birthday as a string: ISO dates compare correctly as text.
      expect(joined >= `${Number(birthday.slice(0, 4)) + 28}${birthday.slice(4)}`).toBe(true)
      if (member.status === 'former') {
        const left = member.leave_date ?? ''
        expect(isIsoDate(left) && left > joined && left <= today).toBe(true)
      } else {
        expect(member.leave_date).toBeNull()
      }
      if (member.status === 'honorary') expect(Number(birthday.slice(0, 4))).toBeLessThan(1957)
    }
  })

  it('has a realistic mix of women, titles and ages', () => {
    const club = members(5000, 11)
    const share = (test: (member: NewMember) => boolean) => club.filter(test).length / club.length
    expect(share((member) => member.salutation === 'Frau')).toBeGreaterThan(0.3)
    expect(share((member) => member.salutation === 'Frau')).toBeLessThan(0.4)
    expect(share((member) => member.title != null)).toBeGreaterThan(0.2)
    expect(share((member) => member.title != null)).toBeLessThan(0.32)
    const age = (member: NewMember) => 2026 - Number(member.birthday?.slice(0, 4))
    expect(share((member) => age(member) >= 35 && age(member) <= 80)).toBeGreaterThan(0.9)
  })
})

describe('fillDemoClub', () => {
  let dir = ''
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kreis-'))
  })
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it.each([60, 2000])('creates a club file with %i members', async (count) => {
    const path = join(dir, 'demo.kreis')
    await createClubFile(path, (db) =>
      fillDemoClub(db, { members: count, seed: 1, locale: 'en', clock }),
    )
    const file = await openClubFile(path, { clock })
    try {
      const profile = await getProfile(file.db)
      expect(profile.name).toBe(demoClubName)
      expect(profile.kind).toBe('rotary')
      expect(profile.yearStartMonth).toBe(7)
      expect(profile.meetingPlace).toContain('Tuesdays')
      expect((await countMembers(file.db)).members).toBe(count)
      const first = await file.db
        .selectFrom('member')
        .selectAll()
        .where('member_number', '=', '0001')
        .executeTakeFirstOrThrow()
      expect(first).toEqual({ ...members(count)[0], id: 1 })
    } finally {
      await file.db.destroy()
    }
  })
})
