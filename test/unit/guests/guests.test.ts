import { describe, expect, it } from 'vitest'
import type { Envelope } from '../../../src/api/bridge.ts'
import type { Guest, GuestVisit } from '../../../src/api/attendance.ts'
import { useClub, value } from '../../support/session.ts'
import { addMeeting, addMember } from '../meetings/attendanceSupport.ts'
import { guestInput } from './guestSupport.ts'

const { dispatch, session } = useClub({ name: 'Rotary Club Teststadt', kind: 'rotary' })
const db = () => session().requireClub().db
const refused = (envelope: Envelope<unknown>) => (envelope.ok ? null : envelope.error)

const visit = async (meetingId: number, guestId: number, invitedById: number | null = null) =>
  value<GuestVisit>(
    await dispatch('guests/recordVisit', { meetingId, guestId, guest: null, invitedById }),
  )

describe('guests', () => {
  it('saves guests and finds them by name or company in any case', async () => {
    const saved = value<Guest>(
      await dispatch('guests/save', guestInput({ lastName: 'Özdemir', company: 'Bäckerei Korn' })),
    )
    expect(saved).toMatchObject({
      lastName: 'Özdemir',
      visits: 0,
      lastVisit: null,
      invitedBy: null,
    })
    value(await dispatch('guests/save', guestInput({ firstName: 'Anna', lastName: 'Zander' })))
    const changed = value<Guest>(
      await dispatch('guests/save', {
        ...guestInput({ lastName: 'Özdemir' }),
        id: saved.id,
        phone: '0711 123',
      }),
    )
    expect(changed).toMatchObject({ id: saved.id, phone: '0711 123', company: '' })
    const search = async (text: string) =>
      value<Guest[]>(await dispatch('guests/list', { search: text })).map((g) => g.lastName)
    expect(await search('')).toEqual(['Özdemir', 'Zander'])
    expect(await search('özd')).toEqual(['Özdemir'])
    expect(await search('ÖZDEMIR gustav')).toEqual(['Özdemir'])
    expect(await search('anna zan')).toEqual(['Zander'])
    expect(await search('bäckerei')).toEqual([])
    const withCompany = guestInput({ id: saved.id, lastName: 'Özdemir', company: 'Bäckerei Korn' })
    value(await dispatch('guests/save', withCompany))
    expect(await search('bäckerei')).toEqual(['Özdemir'])
    expect(refused(await dispatch('guests/save', { ...guestInput(), id: 999 }))).toMatchObject({
      code: 'guest.notFound',
    })
  })

  it('records visits of new and known guests, numbered by meeting date', async () => {
    const anna = await addMember(db(), { firstName: 'Anna', lastName: 'Adler' })
    const bernd = await addMember(db(), { firstName: 'Bernd', lastName: 'Becker' })
    const october = await addMeeting(db(), '2026-10-06')
    const november = await addMeeting(db(), '2026-11-03')
    const december = await addMeeting(db(), '2026-12-01')
    const first = value<GuestVisit>(
      await dispatch('guests/recordVisit', {
        meetingId: november,
        guestId: null,
        guest: guestInput({ company: 'Gast AG' }),
        invitedById: null,
      }),
    )
    expect(first).toMatchObject({ meetingId: november, visitNumber: 1, invitedBy: null })
    const guestId = first.guest.id
    // Recorded later, but held earlier: this is the first visit, November's the second.
    const earlier = await visit(october, guestId, anna)
    expect(earlier.visitNumber).toBe(1)
    expect(earlier.invitedBy?.displayName).toBe('Anna Adler')
    const third = await visit(december, guestId, bernd)
    expect([third.visitNumber, third.guest.visits, third.guest.lastVisit]).toEqual([
      3,
      3,
      '2026-12-01',
    ])
    expect(third.guest.invitedBy?.id).toBe(anna)

    expect(
      refused(
        await dispatch('guests/recordVisit', {
          meetingId: december,
          guestId,
          guest: null,
          invitedById: null,
        }),
      ),
    ).toEqual({ code: 'guest.visitTwice', params: { name: 'Gustav Gast' } })
    expect(
      refused(
        await dispatch('guests/recordVisit', {
          meetingId: december,
          guestId: null,
          guest: null,
          invitedById: null,
        }),
      ),
    ).toMatchObject({ code: 'guest.visitNeedsGuest' })
    expect(
      refused(
        await dispatch('guests/recordVisit', {
          meetingId: december,
          guestId: null,
          guest: guestInput({ lastName: 'Neu' }),
          invitedById: 999,
        }),
      ),
    ).toEqual({ code: 'attendance.memberNotFound', params: { id: 999 } })
    // The refused visit left no new guest behind.
    expect(value<Guest[]>(await dispatch('guests/list', { search: '' }))).toHaveLength(1)

    expect(await dispatch('guests/removeVisit', { id: earlier.id })).toEqual({
      ok: true,
      value: { removed: true },
    })
    const [guest] = value<Guest[]>(await dispatch('guests/list', { search: 'gast' }))
    expect(guest).toMatchObject({ visits: 2, lastVisit: '2026-12-01', invitedBy: { id: bernd } })
    expect(refused(await dispatch('guests/removeVisit', { id: earlier.id }))).toMatchObject({
      code: 'guest.visitNotFound',
    })
  })

  it('refuses a visit to a cancelled meeting', async () => {
    const cancelled = await addMeeting(db(), '2026-10-13', { status: 'cancelled' })
    expect(
      refused(
        await dispatch('guests/recordVisit', {
          meetingId: cancelled,
          guestId: null,
          guest: guestInput(),
          invitedById: null,
        }),
      ),
    ).toEqual({ code: 'meeting.cancelled', params: { date: '13.10.2026' } })
  })
})
