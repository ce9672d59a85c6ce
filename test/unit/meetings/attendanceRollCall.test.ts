import { describe, expect, it } from 'vitest'
import type { GuestVisit, RollCall, RollCallRow } from '../../../src/api/attendance.ts'
import { organisation } from '../../support/members.ts'
import { useClub, value } from '../../support/session.ts'
import { createMember } from '../../../src/core/members/memberWrite.ts'
import { fixedClock } from '../../support/temp.ts'
import { guestInput } from '../guests/guestSupport.ts'
import { addLeave, addMeeting, addMember, codeOf, markOf } from './attendanceSupport.ts'

const { dispatch, session } = useClub({ name: 'Rotary Club Teststadt', kind: 'rotary' })
const db = () => session().requireClub().db

async function club() {
  for (const lastName of ['Muff', 'Müller', 'Abel', 'Ahrens', 'Ärmel']) {
    await addMember(db(), { firstName: 'Test', lastName })
  }
  const hugo = await addMember(db(), {
    firstName: 'Hugo',
    lastName: 'Hoch',
    action: 'makeHonorary',
  })
  await addMember(db(), { firstName: 'Petra', lastName: 'Probe', prospect: true })
  await addMember(db(), { firstName: 'Otto', lastName: 'Oben', action: 'grantLeave' })
  await addMember(db(), {
    firstName: 'Frieda',
    lastName: 'Fort',
    action: 'resign',
    actionDate: '2026-10-01',
  })
  await addMember(db(), { firstName: 'Nina', lastName: 'Neu', joinDate: '2026-11-15' })
  await createMember(db(), organisation('Firma GmbH'), 'active', fixedClock)
  const meeting = await addMeeting(db(), '2026-11-10')
  return { hugo, meeting }
}

const names = (call: RollCall) => call.rows.map((row) => row.member.displayName)

describe('roll call', () => {
  it('lists the expected members in DIN 5007-2 order, the others on request', async () => {
    const { meeting } = await club()
    const call = value<RollCall>(
      await dispatch('attendance/rollCall', { meetingId: meeting, includeOthers: false }),
    )
    expect(names(call)).toEqual([
      'Test Abel',
      'Test Ärmel',
      'Test Ahrens',
      'Test Müller',
      'Test Muff',
    ])
    expect(call.rows.every((row) => row.expected && row.codeId === null)).toBe(true)
    expect(call.codes.map((code) => code.meaning)).toEqual([
      'present',
      'absent',
      'excused',
      'make_up',
      'leave',
    ])
    expect(call.meeting.date).toBe('2026-11-10')
    const all = value<RollCall>(
      await dispatch('attendance/rollCall', { meetingId: meeting, includeOthers: true }),
    )
    expect(all.rows.map((row) => [row.member.displayName, row.status, row.expected])).toEqual([
      ['Test Abel', 'active', true],
      ['Test Ärmel', 'active', true],
      ['Test Ahrens', 'active', true],
      ['Hugo Hoch', 'honorary', false],
      ['Test Müller', 'active', true],
      ['Test Muff', 'active', true],
      ['Otto Oben', 'on_leave', false],
      ['Petra Probe', 'prospect', false],
    ])
  })

  it('shows a member marked although not expected, and who is on leave', async () => {
    const { hugo, meeting } = await club()
    const abel = await dispatch('attendance/rollCall', { meetingId: meeting, includeOthers: false })
    const abelId = value<RollCall>(abel).rows[0]?.memberId ?? 0
    await addLeave(db(), abelId, '2026-11-01', '2026-11-10')
    const present = await codeOf(db(), 'present')
    const row = value<RollCallRow>(
      await dispatch('attendance/mark', {
        meetingId: meeting,
        mark: { ...markOf(hugo, present), note: 'kam später' },
      }),
    )
    expect(row).toMatchObject({
      memberId: hugo,
      codeId: present,
      note: 'kam später',
      expected: false,
      onLeave: false,
      status: 'honorary',
      member: { displayName: 'Hugo Hoch' },
    })
    const call = value<RollCall>(
      await dispatch('attendance/markMany', {
        meetingId: meeting,
        marks: [markOf(abelId, await codeOf(db(), 'leave'))],
      }),
    )
    expect(names(call)).toEqual([
      'Test Abel',
      'Test Ärmel',
      'Test Ahrens',
      'Hugo Hoch',
      'Test Müller',
      'Test Muff',
    ])
    expect(call.rows[0]).toMatchObject({ onLeave: true, expected: true })
    const removed = value<RollCallRow>(
      await dispatch('attendance/mark', { meetingId: meeting, mark: markOf(hugo, null) }),
    )
    expect(removed).toMatchObject({ memberId: hugo, codeId: null, expected: false })
  })

  it('lists the guests of the meeting with their visit numbers', async () => {
    const { meeting } = await club()
    const earlier = await addMeeting(db(), '2026-11-03')
    const guest = guestInput()
    const first = value<GuestVisit>(
      await dispatch('guests/recordVisit', {
        meetingId: meeting,
        guestId: null,
        guest,
        invitedById: null,
      }),
    )
    expect(first.visitNumber).toBe(1)
    await dispatch('guests/recordVisit', {
      meetingId: earlier,
      guestId: first.guest.id,
      guest: null,
      invitedById: null,
    })
    const call = value<RollCall>(
      await dispatch('attendance/rollCall', { meetingId: meeting, includeOthers: false }),
    )
    expect(call.visits.map((v) => [v.guest.lastName, v.visitNumber, v.guest.visits])).toEqual([
      ['Gast', 2, 2],
    ])
  })
})
