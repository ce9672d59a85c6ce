import { describe, expect, it } from 'vitest'
import type { MemberRecord } from '../../../src/api/members.ts'
import type { CustomField, MembershipType, Role } from '../../../src/api/roster.ts'
import { person } from '../../support/members.ts'
import { useClub, value } from '../../support/session.ts'

const { dispatch } = useClub({ name: 'BNI Rhein', kind: 'bni' })

describe('custom fields', () => {
  it('are defined per club, typed, and stored with the member', async () => {
    const fields = value<CustomField[]>(
      await dispatch('customFields/save', {
        id: null,
        label: 'Lieblingsgericht',
        type: 'choice',
        options: ['Fisch', 'Fleisch'],
        active: true,
      }),
    )
    await dispatch('customFields/save', {
      id: null,
      label: 'Mitglied im Golfclub',
      type: 'boolean',
      options: [],
      active: true,
    })
    expect(fields[0]).toMatchObject({
      key: 'lieblingsgericht',
      type: 'choice',
      options: ['Fisch', 'Fleisch'],
    })

    const member = value<MemberRecord>(
      await dispatch('members/create', {
        member: person({ customValues: { lieblingsgericht: 'Fisch', mitglied_im_golfclub: true } }),
        status: 'active',
      }),
    )
    expect(member.customValues).toEqual({ lieblingsgericht: 'Fisch', mitglied_im_golfclub: true })

    const refused = await dispatch('members/update', {
      id: member.id,
      member: person({ customValues: { lieblingsgericht: 'Tofu' } }),
    })
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'member.customField',
        params: { field: 'lieblingsgericht', reason: 'notAllowed' },
      },
    })
    const updated = value<MemberRecord>(
      await dispatch('members/update', {
        id: member.id,
        member: person({ customValues: { lieblingsgericht: 'Fleisch' } }),
      }),
    )
    expect(updated.customValues).toEqual({ lieblingsgericht: 'Fleisch' })
    expect(updated.history.map((h) => h.field)).toEqual(
      expect.arrayContaining(['custom.lieblingsgericht', 'custom.mitglied_im_golfclub']),
    )
  })
})

describe('membership types and roles', () => {
  it('are edited as lists and used by members', async () => {
    const types = value<MembershipType[]>(
      await dispatch('membershipTypes/save', { id: null, name: 'Aktiv', active: true }),
    )
    const aktiv = types.find((t) => t.name === 'Aktiv')
    expect(aktiv).toBeDefined()
    expect(
      (await dispatch('membershipTypes/save', { id: null, name: 'Aktiv', active: true })).ok,
    ).toBe(false)
    const member = value<MemberRecord>(
      await dispatch('members/create', {
        member: person({ membershipTypeId: aktiv?.id ?? null }),
        status: 'active',
      }),
    )
    expect(member.membershipTypeId).toBe(aktiv?.id)

    const roles = value<Role[]>(
      await dispatch('roles/save', {
        id: null,
        nameDe: 'Mentor',
        nameEn: 'Mentor',
        kind: 'committee',
        active: true,
      }),
    )
    expect(roles.at(-1)).toMatchObject({ nameDe: 'Mentor', key: null, active: true })
    expect(roles.find((r) => r.key === 'president')).toMatchObject({ kind: 'board' })
  })

  it('keeps offices with their terms, and the board is one query away', async () => {
    const roles = value<Role[]>(await dispatch('roles/list', {}))
    const president = roles.find((r) => r.key === 'president')?.id ?? 0
    const a = value<MemberRecord>(
      await dispatch('members/create', { member: person({ lastName: 'Alt' }), status: 'active' }),
    )
    const b = value<MemberRecord>(
      await dispatch('members/create', { member: person({ lastName: 'Neu' }), status: 'active' }),
    )
    await dispatch('offices/assign', {
      memberId: a.id,
      roleId: president,
      startDate: '2025-07-01',
      endDate: '2026-06-30',
    })
    const withOffice = value<MemberRecord>(
      await dispatch('offices/assign', {
        memberId: b.id,
        roleId: president,
        startDate: '2026-07-01',
        endDate: '',
      }),
    )
    expect(withOffice.offices).toEqual([
      expect.objectContaining({ roleName: 'Präsident/in', startDate: '2026-07-01', endDate: null }),
    ])
    expect(
      value<{ displayName: string }[]>(await dispatch('board/current', { date: '2026-01-15' })).map(
        (e) => e.displayName,
      ),
    ).toEqual(['Alt'])
    expect(
      value<{ displayName: string }[]>(await dispatch('board/current', {})).map(
        (e) => e.displayName,
      ),
    ).toEqual(['Neu'])
    const bad = await dispatch('offices/assign', {
      memberId: b.id,
      roleId: president,
      startDate: '2026-07-01',
      endDate: '2026-01-01',
    })
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', params: { field: 'endDate' } },
    })
    const office = withOffice.offices[0]?.id ?? 0
    const ended = value<MemberRecord>(
      await dispatch('offices/end', { officeId: office, endDate: '2027-06-30' }),
    )
    expect(ended.offices[0]?.endDate).toBe('2027-06-30')
    const removed = value<MemberRecord>(await dispatch('offices/remove', { officeId: office }))
    expect(removed.offices).toEqual([])
    expect(removed.history[0]).toMatchObject({ action: 'office', newValue: null })
  })
})

describe('photos', () => {
  it('are stored only when they are real images', async () => {
    const m = value<MemberRecord>(
      await dispatch('members/create', { member: person(), status: 'active' }),
    )
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
    expect(
      value<MemberRecord>(await dispatch('members/setPhoto', { id: m.id, dataUrl: png })).photo,
    ).toBe(png)
    expect(
      await dispatch('members/setPhoto', { id: m.id, dataUrl: 'data:image/png;base64,AAAA' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'photo.invalid' },
    })
  })
})
