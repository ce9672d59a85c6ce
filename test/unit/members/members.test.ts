import { beforeEach, describe, expect, it } from 'vitest'
import type { Envelope } from '../../../src/api/bridge.ts'
import type { MemberListPage, MemberRecord } from '../../../src/api/members.ts'
import { organisation, person } from '../../support/members.ts'
import { useClub, value } from '../../support/session.ts'

const { dispatch, session: currentSession } = useClub({ name: 'Rotary Club Test', kind: 'rotary' })
function error(envelope: Envelope<unknown>) {
  if (envelope.ok) throw new Error('expected a refusal')
  return envelope.error
}
const create = async (member = person(), status: 'prospect' | 'active' = 'active') =>
  value<MemberRecord>(await dispatch('members/create', { member, status }))
const list = async (query: Record<string, unknown> = {}) =>
  value<MemberListPage>(await dispatch('members/list', query))
const names = (page: MemberListPage) => page.rows.map((r) => r.displayName)

describe('member records', () => {
  it('numbers members from the club pattern, never twice, and keeps typed-in numbers unique', async () => {
    const a = await create(person({ lastName: 'A' }))
    const b = await create(person({ lastName: 'B', memberNumber: '0003' }))
    const c = await create(person({ lastName: 'C' }))
    const d = await create(person({ lastName: 'D' }))
    expect([a.memberNumber, b.memberNumber, c.memberNumber, d.memberNumber]).toEqual([
      '0001',
      '0003',
      '0002',
      '0004',
    ])
    expect(
      error(
        await dispatch('members/create', {
          member: person({ memberNumber: '0002' }),
          status: 'active',
        }),
      ),
    ).toEqual({
      code: 'member.numberTaken',
      params: { number: '0002' },
    })
    const { db } = currentSession().requireClub()
    await db.deleteFrom('member').where('id', '=', d.id).execute()
    expect((await create(person({ lastName: 'E' }))).memberNumber).toBe('0005')
  })

  it('validates the form with field names and reasons', async () => {
    const bad = async (fields: Parameters<typeof person>[0]) =>
      error(await dispatch('members/create', { member: person(fields), status: 'active' })).params
    expect(await bad({ lastName: '' })).toEqual({ field: 'member.lastName', reason: 'required' })
    expect(await bad({ emailBusiness: 'anna@' })).toEqual({
      field: 'member.emailBusiness',
      reason: 'email',
    })
    expect(await bad({ birthday: '1970-02-30' })).toEqual({
      field: 'member.birthday',
      reason: 'date',
    })
    expect(await bad({ phoneMobile: 'call me' })).toEqual({
      field: 'member.phoneMobile',
      reason: 'phone',
    })
    expect(
      await bad({
        businessAddress: { street: '', houseNumber: '', postcode: '6031', town: '', country: 'DE' },
      }),
    ).toEqual({ field: 'member.businessAddress.postcode', reason: 'postcode' })
    expect(
      (
        await create(
          person({
            businessAddress: {
              street: '',
              houseNumber: '',
              postcode: '8001',
              town: 'Zürich',
              country: 'CH',
            },
          }),
        )
      ).businessAddress.postcode,
    ).toBe('8001')
    const org = error(
      await dispatch('members/create', { member: organisation(''), status: 'active' }),
    )
    expect(org.params).toEqual({ field: 'member.organisationName', reason: 'required' })
  })

  it('records every change in the history, old → new', async () => {
    const anna = await create(
      person({ firstName: 'Anna', lastName: 'Schmidt', emailBusiness: 'a@schmidt.de' }),
    )
    expect(anna.history).toEqual([
      expect.objectContaining({ action: 'created', field: 'status', newValue: 'active' }),
    ])
    const updated = value<MemberRecord>(
      await dispatch('members/update', {
        id: anna.id,
        member: person({
          firstName: 'Anna',
          lastName: 'Schmidt-Weber',
          emailBusiness: 'anna@weber.de',
        }),
      }),
    )
    expect(
      updated.history
        .slice(0, 2)
        .map((h) => [h.field, h.oldValue, h.newValue])
        .sort(),
    ).toEqual([
      ['email_business', 'a@schmidt.de', 'anna@weber.de'],
      ['last_name', 'Schmidt', 'Schmidt-Weber'],
    ])
    expect(updated.memberNumber).toBe(anna.memberNumber)
  })

  it('publishes nothing private by default and records each consent with its date', async () => {
    const m = await create()
    expect(Object.values(m.consent).every((c) => !c.granted && c.decidedOn === null)).toBe(true)
    const after = value<MemberRecord>(
      await dispatch('members/setConsent', {
        id: m.id,
        kind: 'photo',
        granted: true,
        date: '2026-10-01',
      }),
    )
    expect(after.consent.photo).toEqual({ granted: true, decidedOn: '2026-10-01' })
    expect(after.consent.birthday.granted).toBe(false)
    expect(after.history[0]).toMatchObject({
      action: 'consent',
      field: 'consent.photo',
      newValue: 'true',
    })
  })

  it('links people to organisations and refuses links that do not fit', async () => {
    const firm = await create(organisation('Müller Haustechnik GmbH', { legalForm: 'GmbH' }))
    const jan = await create(
      person({
        firstName: 'Jan',
        lastName: 'Müller',
        organisationId: firm.id,
        organisationRole: 'contact',
      }),
    )
    expect(jan.organisation).toMatchObject({ id: firm.id, displayName: 'Müller Haustechnik GmbH' })
    const reloaded = value<MemberRecord>(await dispatch('members/get', { id: firm.id }))
    expect(reloaded.people).toEqual([
      expect.objectContaining({ id: jan.id, role: 'contact', displayName: 'Jan Müller' }),
    ])
    expect(
      error(
        await dispatch('members/create', {
          member: person({ organisationId: jan.id }),
          status: 'active',
        }),
      ).code,
    ).toBe('member.notOrganisation')
    expect(
      error(await dispatch('members/update', { id: jan.id, member: person({ sponsorId: jan.id }) }))
        .code,
    ).toBe('member.selfReference')
  })
})

describe('status changes', () => {
  it('are actions with dates that end offices and hide former members from default lists', async () => {
    const prospect = await create(person({ lastName: 'Neu' }), 'prospect')
    const admitted = value<MemberRecord>(
      await dispatch('members/changeStatus', {
        id: prospect.id,
        action: 'admit',
        date: '2026-09-01',
        note: '',
      }),
    )
    expect(admitted).toMatchObject({ status: 'active', joinDate: '2026-09-01' })
    const [president] = value<{ id: number; key: string | null }[]>(
      await dispatch('roles/list', {}),
    )
    expect(president).toBeDefined()
    await dispatch('offices/assign', {
      memberId: admitted.id,
      roleId: president?.id ?? 0,
      startDate: '2026-07-01',
      endDate: '',
    })
    expect(value<unknown[]>(await dispatch('board/current', { date: '2026-11-21' }))).toHaveLength(
      1,
    )

    const left = value<MemberRecord>(
      await dispatch('members/changeStatus', {
        id: admitted.id,
        action: 'decease',
        date: '2026-11-01',
        note: 'Nachruf folgt',
      }),
    )
    expect(left).toMatchObject({
      status: 'former',
      leaveDate: '2026-11-01',
      leaveReason: 'deceased',
    })
    expect(left.offices[0]?.endDate).toBe('2026-11-01')
    expect(value<unknown[]>(await dispatch('board/current', { date: '2026-11-21' }))).toHaveLength(
      0,
    )
    expect((await list()).total).toBe(0)
    expect((await list({ includeFormer: true })).total).toBe(1)
    expect((await list({ search: 'Neu' })).total).toBe(0)
    expect((await list({ search: 'Neu', includeFormer: true })).total).toBe(1)

    expect(
      error(
        await dispatch('members/changeStatus', {
          id: admitted.id,
          action: 'grantLeave',
          date: '2026-11-02',
          note: '',
        }),
      ),
    ).toEqual({ code: 'member.statusAction', params: { action: 'grantLeave', status: 'former' } })
  })
})

describe('finding members', () => {
  beforeEach(async () => {
    for (const [firstName, lastName, town] of [
      ['Jürgen', 'Müller', 'Frankfurt am Main'],
      ['Hans', 'Mueller', 'Offenbach'],
      ['Petra', 'Muller', 'Bad Homburg'],
      ['Erika', 'Maier', 'Frankfurt am Main'],
      ['Ömer', 'Öztürk', 'Eschborn'],
      ['Otto', 'Ohm', 'Oberursel'],
      ['Anna', 'Ott', 'Kronberg'],
    ]) {
      await create(
        person({
          firstName,
          lastName,
          businessAddress: {
            street: 'Hauptstraße',
            houseNumber: '1',
            postcode: '60311',
            town: town ?? '',
            country: 'DE',
          },
        }),
      )
    }
  })

  it('matches every spelling of an umlaut, accent-insensitive and by prefix', async () => {
    for (const query of ['Müller', 'mueller', 'MULLER', 'mül']) {
      expect(names(await list({ search: query })).sort(), query).toEqual([
        'Hans Mueller',
        'Jürgen Müller',
        'Petra Muller',
      ])
    }
    expect(names(await list({ search: 'oztu' }))).toEqual(['Ömer Öztürk'])
    expect(names(await list({ search: 'Hauptstrasse' }))).toEqual([])
    expect((await list({ search: 'frankfurt' })).total).toBe(2)
    expect((await list({ search: 'jürgen frankf' })).total).toBe(1)
  })

  it('never breaks on what people type', async () => {
    for (const query of [
      '"',
      "O'Brien",
      'a.b',
      '*',
      '-',
      'NEAR(',
      'müller OR',
      '^',
      '((',
      'AND',
      '   ',
    ]) {
      expect((await dispatch('members/list', { search: query })).ok, query).toBe(true)
    }
  })

  it('sorts by DIN 5007 variant 2 in German and plainly in English', async () => {
    // Phone-book order: Ö is read as OE, so Öztürk comes before Ohm.
    expect(names(await list())).toEqual([
      'Erika Maier',
      'Hans Mueller',
      'Jürgen Müller',
      'Petra Muller',
      'Ömer Öztürk',
      'Otto Ohm',
      'Anna Ott',
    ])
    const { logo, createdAt, updatedAt, ...profile } = value<Record<string, unknown>>(
      await dispatch('club/profile', {}),
    )
    expect([logo, createdAt, updatedAt]).toHaveLength(3)
    expect((await dispatch('club/update', { ...profile, locale: 'en' })).ok).toBe(true)
    expect(names(await list())).toEqual([
      'Erika Maier',
      'Hans Mueller',
      'Jürgen Müller',
      'Petra Muller',
      'Otto Ohm',
      'Anna Ott',
      'Ömer Öztürk',
    ])
  })

  it('pages, filters and sorts by other columns', async () => {
    const page = await list({ limit: 3, offset: 3 })
    expect(page).toMatchObject({ total: 7, offset: 3 })
    expect(page.rows).toHaveLength(3)
    expect(names(await list({ sort: 'town', limit: 1 }))).toEqual(['Petra Muller'])
    expect(names(await list({ sort: 'name', descending: true, limit: 1 }))).toEqual(['Anna Ott'])
    expect((await list({ kinds: ['organisation'] })).total).toBe(0)
  })
})
