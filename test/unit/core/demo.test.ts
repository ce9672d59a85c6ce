import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countMembers, getProfile } from '../../../src/core/club/profile.ts'
import { createClubFile } from '../../../src/core/db/createClubFile.ts'
import { openClubFile, type ClubFile } from '../../../src/core/db/openClubFile.ts'
import { associations, businesses } from '../../../src/core/demo/businesses.ts'
import { demoClubName, fillDemoClub } from '../../../src/core/demo/demoClub.ts'
import { generateDemoMembers } from '../../../src/core/demo/members.ts'
import { membershipTypeIds } from '../../../src/core/demo/membershipTypes.ts'
import type { DemoMember } from '../../../src/core/demo/types.ts'
import { openSeats } from '../../../src/core/sectors/openSeats.ts'
import { readTaxonomy, type BundledTaxonomy } from '../../../src/core/sectors/taxonomy.ts'

const clock = { now: () => new Date('2026-11-21T10:00:00Z') }
const today = '2026-11-21'
const timestamp = '2026-11-21T10:00:00.000Z'

function members(count: number, seed = 1): DemoMember[] {
  return [...generateDemoMembers({ count, seed, today, timestamp, locale: 'de' })]
}

function isIsoDate(value: string | null | undefined): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  )
}

const share = (club: readonly DemoMember[], test: (member: DemoMember) => boolean) =>
  club.filter(test).length / club.length

const professionOf = new Map(
  [...businesses, ...associations].map((business) => [
    business.classification,
    business.profession,
  ]),
)

/** The club's recruiting list: targets no active member fills. */
async function vacantTargets(file: ClubFile): Promise<readonly unknown[]> {
  return (await openSeats(file.db, clock)).vacant
}

describe('generateDemoMembers', () => {
  it('gives the same members for the same seed and others for another seed', () => {
    expect(members(200, 7)).toEqual(members(200, 7))
    expect(members(200, 8)).not.toEqual(members(200, 7))
  })

  it('numbers members with four digits, or as many as the count has, ids in the same order', () => {
    const club = members(60)
    expect(club.map((member) => member.member_number)).toEqual(
      Array.from({ length: 60 }, (_, index) => String(index + 1).padStart(4, '0')),
    )
    expect(club.map((member) => member.id)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1))
    const large = members(10_000)
    expect(large[0]?.member_number).toBe('00001')
    expect(large.at(-1)?.member_number).toBe('10000')
  })

  it('makes a plausible club of 60 with every status', () => {
    const club = members(60)
    const byStatus = (status: string) => club.filter((member) => member.status === status)
    expect(new Set(club.map((member) => member.member_number)).size).toBe(60)
    expect(byStatus('active').length).toBeGreaterThan(40)
    expect(byStatus('honorary').length).toBeGreaterThan(0)
    expect(byStatus('on_leave').length).toBeGreaterThan(0)
    expect(byStatus('prospect').length).toBeGreaterThanOrEqual(1)
    expect(byStatus('prospect').length).toBeLessThanOrEqual(2)
    expect(byStatus('former').length).toBeGreaterThan(0)
    expect(club.filter((member) => member.kind === 'organisation').length).toBe(5)
    for (const member of club) {
      expect(member.created_at).toBe(timestamp)
      expect(member.business_postcode).toMatch(/^\d{5}$/)
      expect(member.business_country).toBe('DE')
      expect(member.email_business).toMatch(/^[a-z0-9.-]+@[a-z0-9-]+\.de$/)
      expect(member.website).toMatch(/^https:\/\/www\.[a-z0-9-]+\.de$/)
      // Someone at an organisation gets an extension of its switchboard number.
      expect(member.phone_business).toMatch(/^0\d{2,4} [1-9]\d{4,7}(-\d{2})?$/)
    }
  })

  it('fills a person’s business and private details', () => {
    for (const person of members(500, 2).filter((member) => member.kind === 'person')) {
      expect(person.first_name).toBeTruthy()
      expect(person.last_name).toBeTruthy()
      expect(person.organisation_name).toBeNull()
      expect(['Herr', 'Frau']).toContain(person.salutation)
      expect(isIsoDate(person.birthday)).toBe(true)
      expect(person.company).toBeTruthy()
      expect(person.private_postcode).toMatch(/^\d{5}$/)
      expect(person.private_country).toBe('DE')
      expect(person.private_town).not.toBe(person.business_town)
      if (person.email_private !== null) {
        expect(person.email_private).toMatch(/^[a-z0-9.-]+@(web|gmx|t-online|posteo)\.de$/)
      }
      if (person.phone_private !== null) expect(person.phone_private).toMatch(/^0\d{2,4} \d+$/)
      if (person.partner_name !== null) expect(person.partner_name).toMatch(/^\S+ \S+$/)
    }
  })

  it('makes organisations without a private side, in a register where their form has one', () => {
    const organisations = members(2000, 4).filter((member) => member.kind === 'organisation')
    expect(organisations.length).toBe(160)
    for (const organisation of organisations) {
      expect(organisation.organisation_name).toBeTruthy()
      expect(organisation.organisation_name?.endsWith(organisation.legal_form ?? '?')).toBe(true)
      expect(organisation.first_name).toBeNull()
      expect(organisation.last_name).toBeNull()
      expect(organisation.birthday).toBeNull()
      expect(organisation.private_street).toBeNull()
      expect(organisation.email_business).toMatch(/^info@/)
      if (organisation.legal_form !== 'GbR') {
        expect(organisation.register_number).toMatch(/^(HRA|HRB|PR|VR) \d{3,5}$/)
      }
      expect(organisation.status).not.toBe('honorary')
    }
  })

  it('links people to an earlier organisation and sponsors to earlier-joined people', () => {
    const club = members(3000, 5)
    const byId = new Map(club.map((member) => [member.id, member]))
    const linked = club.filter((member) => member.organisation_id !== null)
    expect(linked.length).toBeGreaterThan(200)
    for (const person of linked) {
      const organisation = byId.get(person.organisation_id ?? 0)
      expect(organisation?.kind).toBe('organisation')
      expect(organisation?.id).toBeLessThan(person.id)
      expect(person.company).toBe(organisation?.organisation_name)
      expect(person.business_street).toBe(organisation?.business_street)
      expect(['employee', 'contact']).toContain(person.organisation_role)
    }
    const sponsored = club.filter((member) => member.sponsor_id !== null)
    expect(sponsored.length / club.length).toBeGreaterThan(0.62)
    expect(sponsored.length / club.length).toBeLessThan(0.78)
    for (const member of sponsored) {
      const sponsor = byId.get(member.sponsor_id ?? 0)
      expect(sponsor?.kind).toBe('person')
      // A prospect has not joined yet: anyone who has may sponsor them.
      expect((sponsor?.join_date ?? '9999') < (member.join_date ?? '9999')).toBe(true)
    }
  })

  it('keeps dates and leave reasons consistent with each status', () => {
    for (const member of members(2000, 3)) {
      const birthday = member.birthday ?? ''
      const joined = member.join_date
      if (member.status === 'prospect') {
        expect(joined).toBeNull()
        continue
      }
      if (!isIsoDate(joined)) throw new Error(`${member.member_number}: no join date`)
      expect(joined >= '1985-01-01' && joined <= today).toBe(true)
      if (member.status === 'former') {
        const left = member.leave_date ?? ''
        expect(isIsoDate(left) && left > joined && left <= today).toBe(true)
        expect(['resigned', 'deceased', 'transferred']).toContain(member.leave_reason)
      } else {
        expect(member.leave_date).toBeNull()
        expect(member.leave_reason).toBeNull()
      }
      if (member.kind === 'organisation') continue
      // 28th birthday as a string: ISO dates compare correctly as text.
      expect(joined >= `${Number(birthday.slice(0, 4)) + 28}${birthday.slice(4)}`).toBe(true)
      if (member.status === 'honorary') expect(Number(birthday.slice(0, 4))).toBeLessThan(1957)
    }
  })

  it('has a realistic mix of women, titles, ages and private details', () => {
    const people = members(5000, 11).filter((member) => member.kind === 'person')
    const of = (test: (member: DemoMember) => boolean) => share(people, test)
    expect(of((member) => member.salutation === 'Frau')).toBeGreaterThan(0.3)
    expect(of((member) => member.salutation === 'Frau')).toBeLessThan(0.4)
    expect(of((member) => member.title != null)).toBeGreaterThan(0.2)
    expect(of((member) => member.title != null)).toBeLessThan(0.32)
    const age = (member: DemoMember) => 2026 - Number(member.birthday?.slice(0, 4))
    expect(of((member) => age(member) >= 35 && age(member) <= 80)).toBeGreaterThan(0.88)
    expect(of((member) => member.email_private !== null)).toBeCloseTo(0.4, 1)
    expect(of((member) => member.phone_private !== null)).toBeCloseTo(0.5, 1)
    expect(of((member) => member.partner_name !== null)).toBeCloseTo(0.6, 1)
    expect(of((member) => member.name_affix !== null)).toBeLessThan(0.04)
    expect(of((member) => member.notes !== null)).toBeLessThan(0.08)
  })

  it('files every business under a profession of the list, told apart by its classification', async () => {
    const professions = new Set((await readTaxonomy('professions')).map((entry) => entry.code))
    const all = [...businesses, ...associations]
    expect(new Set(all.map((business) => business.classification)).size).toBe(all.length)
    for (const business of all) {
      expect(professions.has(business.profession), business.classification).toBe(true)
    }
  })

  it('gives every admitted member a fitting membership type', () => {
    for (const member of members(2000, 6)) {
      const type = member.membership_type_id
      if (member.status === 'prospect') expect(type).toBeNull()
      else if (member.kind === 'organisation') expect(type).toBe(membershipTypeIds.corporate)
      else if (member.status === 'honorary') expect(type).toBe(membershipTypeIds.honorary)
      else if ((member.birthday ?? '') > '1991-11-21') expect(type).toBe(membershipTypeIds.young)
      else expect([membershipTypeIds.active, membershipTypeIds.supporting]).toContain(type)
    }
  })
})

describe('fillDemoClub', () => {
  let dir = ''
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kreis-'))
  })
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  async function create(
    count: number,
    locale: 'de' | 'en',
    taxonomy?: BundledTaxonomy,
    seed = 1,
  ): Promise<ClubFile> {
    const path = join(dir, `demo-${count}-${locale}-${taxonomy ?? 'default'}-${seed}.kreis`)
    await createClubFile(path, (db) =>
      fillDemoClub(db, { members: count, seed, locale, clock, taxonomy }),
    )
    return openClubFile(path, { clock })
  }

  it.each([
    [60, 'de'],
    [2000, 'en'],
  ] as const)('creates a club file with %i members (%s)', async (count, locale) => {
    const file = await create(count, locale)
    try {
      const profile = await getProfile(file.db)
      expect(profile.name).toBe(demoClubName)
      expect(profile.kind).toBe('rotary')
      expect(profile.yearStartMonth).toBe(7)
      expect(profile.meetingPlace).toContain(locale === 'de' ? 'dienstags' : 'Tuesdays')
      expect((await countMembers(file.db)).members).toBe(count)
      const first = await file.db
        .selectFrom('member')
        .selectAll()
        .where('member_number', '=', '0001')
        .executeTakeFirstOrThrow()
      expect(first).toMatchObject({
        ...members(count)[0],
        photo: null,
        sector_id: expect.any(Number),
      })
      // Sort keys are left to the search index rebuild, which ran when the file was created.
      expect(first.sort_key_de).not.toBe('')
      const types = await file.db.selectFrom('membership_type').select('name').execute()
      expect(types.map((type) => type.name)).toContain(
        locale === 'de' ? 'Ehrenmitglied' : 'Honorary member',
      )
    } finally {
      await file.db.destroy()
    }
  })

  describe('a club of 2,000', () => {
    let file: ClubFile
    beforeAll(async () => {
      file = await create(2000, 'de')
    })
    afterAll(async () => {
      await file.db.destroy()
    })

    it('has organisations with the people linked to them', async () => {
      const links = await file.db
        .selectFrom('member as person')
        .innerJoin('member as organisation', 'organisation.id', 'person.organisation_id')
        .select(['organisation.kind', 'person.kind as personKind', 'person.organisation_role'])
        .execute()
      expect(links.length).toBeGreaterThan(150)
      for (const link of links) {
        expect(link).toMatchObject({ kind: 'organisation', personKind: 'person' })
        expect(['employee', 'contact']).toContain(link.organisation_role)
      }
    })

    it('has sponsors that are members who joined before', async () => {
      const sponsored = await file.db
        .selectFrom('member')
        .leftJoin('member as sponsor', 'sponsor.id', 'member.sponsor_id')
        .select(['sponsor.id', 'sponsor.join_date as sponsorJoined', 'member.join_date'])
        .where('member.sponsor_id', 'is not', null)
        .execute()
      expect(sponsored.length).toBeGreaterThan(1200)
      for (const row of sponsored) {
        expect(row.id).not.toBeNull()
        expect((row.sponsorJoined ?? '9999') < (row.join_date ?? '9999')).toBe(true)
      }
    })

    it('has a full board this club year and the boards of the three before', async () => {
      const offices = await file.db
        .selectFrom('office')
        .innerJoin('role', 'role.id', 'office.role_id')
        .innerJoin('member', 'member.id', 'office.member_id')
        .select(['role.key', 'office.start_date', 'office.end_date', 'member.id', 'member.status'])
        .execute()
      const current = offices.filter((office) => office.start_date === '2026-07-01')
      expect(current.map((office) => office.key).sort()).toEqual(
        (await file.db.selectFrom('role').select('key').execute()).map((r) => r.key).sort(),
      )
      expect(current.every((office) => office.status === 'active')).toBe(true)
      expect(current.every((office) => office.end_date === '2027-06-30')).toBe(true)
      expect(new Set(current.map((office) => office.id)).size).toBe(current.length)
      const presidents = offices.filter((office) => office.key === 'president')
      expect(presidents.map((office) => office.start_date).sort()).toEqual([
        '2023-07-01',
        '2024-07-01',
        '2025-07-01',
        '2026-07-01',
      ])
      const last = presidents.find((office) => office.start_date === '2025-07-01')
      const past = current.find((office) => office.key === 'past_president')
      expect(past?.id).toBe(last?.id)
    })

    it('records consent, and a missing row publishes nothing private', async () => {
      const consent = await file.db.selectFrom('consent').selectAll().execute()
      expect(consent.length).toBeGreaterThan(1500 * 5)
      const decided = new Set(consent.map((row) => row.member_id))
      const rows = await file.db
        .selectFrom('member')
        .select(['id', 'status', 'join_date', 'email_private'])
        .execute()
      const undecided = rows.filter((m) => m.status === 'active' && !decided.has(m.id))
      expect(undecided.length).toBeGreaterThan(50)
      // What the roster publishes: a granted row, never the mere absence of one.
      const published = await file.db
        .selectFrom('member')
        .leftJoin('consent', (join) =>
          join
            .onRef('consent.member_id', '=', 'member.id')
            .on('consent.kind', '=', 'private_email'),
        )
        .select(['member.id', sql<number>`coalesce(consent.granted, 0)`.as('granted')])
        .execute()
      const granted = new Map(published.map((row) => [row.id, row.granted]))
      for (const member of undecided) expect(granted.get(member.id)).toBe(0)
      for (const member of rows) {
        if (member.email_private === null) expect(granted.get(member.id)).toBe(0)
      }
      const joined = new Map(rows.map((member) => [member.id, member.join_date ?? '9999']))
      for (const row of consent)
        expect(row.decided_on >= (joined.get(row.member_id) ?? '')).toBe(true)
    })

    it('starts every member’s history with its creation', async () => {
      const history = await file.db.selectFrom('member_history').selectAll().execute()
      const created = history.filter((entry) => entry.action === 'created')
      expect(created.length).toBe(2000)
      expect(new Set(created.map((entry) => entry.member_id)).size).toBe(2000)
      const left = history.filter((entry) => entry.new_value === 'former')
      expect(left.length).toBe(160)
      for (const entry of left) {
        expect(entry).toMatchObject({ field: 'status', old_value: 'active' })
        expect(['resign', 'decease', 'transfer']).toContain(entry.action)
      }
    })

    it('files every member under the profession of its business', async () => {
      const rows = await file.db
        .selectFrom('member')
        .leftJoin('sector', 'sector.id', 'member.sector_id')
        .select(['member.classification', 'sector.code'])
        .execute()
      expect(rows).toHaveLength(2000)
      for (const row of rows) expect(row.code).toBe(professionOf.get(row.classification ?? ''))
    })

    it('gives about one member in twenty a second sector of the same section', async () => {
      const rows = await file.db
        .selectFrom('member_sector')
        .innerJoin('member', 'member.id', 'member_sector.member_id')
        .innerJoin('sector as second', 'second.id', 'member_sector.sector_id')
        .innerJoin('sector as first', 'first.id', 'member.sector_id')
        .select(['member.id', 'first.code', 'first.parent_id', 'second.code as secondCode'])
        .select('second.parent_id as secondParent')
        .execute()
      expect(rows.length).toBeGreaterThan(60)
      expect(rows.length).toBeLessThan(140)
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length)
      for (const row of rows) {
        expect(row.secondCode).not.toBe(row.code)
        expect(row.secondParent).toBe(row.parent_id)
      }
    })

    it('wants a dozen professions represented, some of them with no active member yet', async () => {
      const targets = await file.db
        .selectFrom('sector')
        .select(['id', 'code'])
        .where('target', '=', 1)
        .execute()
      expect(targets).toHaveLength(12)
      for (const target of targets) expect(target.code).toMatch(/^\d{2}\.\d{2}(\.\d)?-\d{2}$/)
      const vacant = await vacantTargets(file)
      expect(vacant.length).toBeGreaterThanOrEqual(3)
      expect(vacant.length).toBeLessThan(targets.length)
    })

    it('assigns membership types', async () => {
      const counts = await file.db
        .selectFrom('member')
        .innerJoin('membership_type', 'membership_type.id', 'member.membership_type_id')
        .select(['membership_type.name', (eb) => eb.fn.countAll<number>().as('count')])
        .groupBy('membership_type.name')
        .execute()
      expect(counts.map((row) => row.name).sort()).toEqual([
        'Aktives Mitglied',
        'Ehrenmitglied',
        'Firmenmitglied',
        'Fördermitglied',
        'Junges Mitglied',
      ])
    })

    it('is searchable as soon as it is created, umlauts folded', async () => {
      const hits = await file.db
        .selectFrom('member_search')
        .select('rowid')
        .where(sql`member_search`, 'match', '"muller"*')
        .execute()
      expect(hits.length).toBeGreaterThan(10)
      const found = await file.db
        .selectFrom('member')
        .select(['last_name', 'partner_name', 'organisation_name', 'company'])
        .where(
          'id',
          'in',
          hits.map((hit) => hit.rowid),
        )
        .execute()
      for (const member of found) expect(JSON.stringify(member)).toMatch(/Müller|Mueller/)
    })
  })

  it('files members under WZ 2008 when asked, by the class their profession falls in', async () => {
    const file = await create(300, 'de', 'wz2008')
    try {
      const sectors = await file.db.selectFrom('sector').select(['id', 'code', 'target']).execute()
      expect(sectors).toHaveLength(1835)
      const rows = await file.db
        .selectFrom('member')
        .leftJoin('sector', 'sector.id', 'member.sector_id')
        .select(['member.classification', 'sector.code'])
        .execute()
      for (const row of rows) {
        expect(row.code).toBe(professionOf.get(row.classification ?? '')?.split('-')[0])
      }
      const wz = new Set(sectors.map((sector) => sector.id))
      const secondary = await file.db.selectFrom('member_sector').selectAll().execute()
      expect(secondary.length).toBeGreaterThan(0)
      for (const row of secondary) expect(wz.has(row.sector_id)).toBe(true)
      const targets = sectors.filter((sector) => sector.target === 1)
      expect(targets).toHaveLength(12)
      expect((await vacantTargets(file)).length).toBeGreaterThan(0)
    } finally {
      await file.db.destroy()
    }
  })

  it('files the same members under the same sectors for the same seed, professions by default', async () => {
    const sectorsOf = async (file: ClubFile) => {
      try {
        return {
          members: await file.db.selectFrom('member').select(['id', 'sector_id']).execute(),
          secondary: await file.db.selectFrom('member_sector').selectAll().execute(),
          targets: await file.db
            .selectFrom('sector')
            .select('code')
            .where('target', '=', 1)
            .execute(),
        }
      } finally {
        await file.db.destroy()
      }
    }
    const first = await sectorsOf(await create(300, 'en', undefined, 5))
    expect(await sectorsOf(await create(300, 'en', 'professions', 5))).toEqual(first)
    expect(await sectorsOf(await create(300, 'en', 'professions', 6))).not.toEqual(first)
  })

  it('keeps consent and history to the first 5,000 members of a large club', async () => {
    const file = await create(5100, 'en')
    try {
      const most = (table: 'consent' | 'member_history') =>
        file.db
          .selectFrom(table)
          .select((eb) => eb.fn.max('member_id').as('id'))
          .executeTakeFirstOrThrow()
      expect((await most('consent')).id).toBeLessThanOrEqual(5000)
      expect((await most('member_history')).id).toBe(5000)
      expect((await countMembers(file.db)).members).toBe(5100)
      // Photos are for club-sized demos only.
      const photos = file.db.selectFrom('member').select('id').where('photo', 'is not', null)
      expect(await photos.execute()).toEqual([])
      expect(await file.db.selectFrom('print_photo').select('member_id').execute()).toEqual([])
    } finally {
      await file.db.destroy()
    }
  })
})
