import { describe, expect, it } from 'vitest'
import type { Envelope } from '../../../src/api/bridge.ts'
import type { Guest, GuestVisit } from '../../../src/api/attendance.ts'
import type { MemberRecord } from '../../../src/api/members.ts'
import { useClub, value } from '../../support/session.ts'
import { addMeeting, addMember } from '../meetings/attendanceSupport.ts'
import { guestInput } from './guestSupport.ts'

const { dispatch, session } = useClub({ name: 'Rotary Club Teststadt', kind: 'rotary' })
const db = () => session().requireClub().db
const refused = (envelope: Envelope<unknown>) => (envelope.ok ? null : envelope.error)

async function guestWithVisits(fields: Parameters<typeof guestInput>[0]) {
  const anna = await addMember(db(), { firstName: 'Anna', lastName: 'Adler' })
  const bernd = await addMember(db(), { firstName: 'Bernd', lastName: 'Becker' })
  const second = await addMeeting(db(), '2026-11-03')
  const first = await addMeeting(db(), '2026-10-06')
  const visit = value<GuestVisit>(
    await dispatch('guests/recordVisit', {
      meetingId: second,
      guestId: null,
      guest: guestInput(fields),
      invitedById: bernd,
    }),
  )
  await dispatch('guests/recordVisit', {
    meetingId: first,
    guestId: visit.guest.id,
    guest: null,
    invitedById: anna,
  })
  return { anna, guestId: visit.guest.id }
}

describe('guest conversion', () => {
  it('makes a prospect member of the guest, the first visit’s inviter as sponsor', async () => {
    const { anna, guestId } = await guestWithVisits({
      firstName: 'Greta',
      lastName: 'Gast',
      company: 'Gast & Söhne GmbH',
      sector: 'Bäckerhandwerk',
      email: 'greta@gast.example',
      phone: '+49 711 12345',
      note: 'Über Anna gekommen',
    })
    const member = value<MemberRecord>(await dispatch('guests/convert', { id: guestId }))
    expect(member).toMatchObject({
      status: 'prospect',
      kind: 'person',
      firstName: 'Greta',
      lastName: 'Gast',
      company: 'Gast & Söhne GmbH',
      classification: 'Bäckerhandwerk',
      emailBusiness: 'greta@gast.example',
      phoneBusiness: '+49 711 12345',
      notes: 'Über Anna gekommen',
      sponsor: { id: anna, displayName: 'Anna Adler' },
    })
    expect(member.memberNumber).not.toBe('')
    expect(member.history.length).toBeGreaterThan(0)
    const [guest] = value<Guest[]>(await dispatch('guests/list', { search: 'greta' }))
    expect(guest?.memberId).toBe(member.id)
    expect(refused(await dispatch('guests/convert', { id: guestId }))).toEqual({
      code: 'guest.converted',
      params: { name: 'Greta Gast' },
    })
  })

  it('refuses data a member may not have and leaves the guest as it was', async () => {
    const { guestId } = await guestWithVisits({ email: 'keine Adresse' })
    expect(refused(await dispatch('guests/convert', { id: guestId }))).toMatchObject({
      code: 'input.invalid',
      params: { field: 'emailBusiness', reason: 'email' },
    })
    const [guest] = value<Guest[]>(await dispatch('guests/list', { search: '' }))
    expect(guest?.memberId).toBeNull()
    expect(refused(await dispatch('guests/convert', { id: 999 }))).toMatchObject({
      code: 'guest.notFound',
    })
  })
})
