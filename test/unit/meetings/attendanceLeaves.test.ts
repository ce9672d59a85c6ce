import { describe, expect, it } from 'vitest'
import type { Envelope } from '../../../src/api/bridge.ts'
import type { Leave } from '../../../src/api/attendance.ts'
import { saveLeave } from '../../../src/core/meetings/leaves.ts'
import { refusal } from '../../support/refusal.ts'
import { useClub, value } from '../../support/session.ts'
import { fixedClock } from '../../support/temp.ts'
import { addMember } from './attendanceSupport.ts'

const { dispatch, session } = useClub({ name: 'Rotary Club Teststadt', kind: 'rotary' })
const db = () => session().requireClub().db
const refused = (envelope: Envelope<unknown>) => (envelope.ok ? null : envelope.error)

describe('leaves of absence', () => {
  it('lists, adds, changes and deletes a member’s leaves', async () => {
    const anna = await addMember(db(), { firstName: 'Anna', lastName: 'Adler' })
    const leave = { id: null, memberId: anna, note: 'Auslandsjahr' }
    value(
      await dispatch('attendance/saveLeave', { ...leave, from: '2027-01-01', to: '2027-06-30' }),
    )
    const saved = value<Leave[]>(
      await dispatch('attendance/saveLeave', { ...leave, from: '2026-08-01', to: '2026-08-31' }),
    )
    expect(saved.map((l) => [l.from, l.to])).toEqual([
      ['2026-08-01', '2026-08-31'],
      ['2027-01-01', '2027-06-30'],
    ])
    const august = saved[0] as Leave
    const changed = value<Leave[]>(
      await dispatch('attendance/saveLeave', { ...august, to: '2026-09-15', note: 'länger' }),
    )
    expect(changed[0]).toEqual({ ...august, to: '2026-09-15', note: 'länger' })
    const left = value<Leave[]>(await dispatch('attendance/deleteLeave', { id: august.id }))
    expect(left.map((l) => l.from)).toEqual(['2027-01-01'])
    expect(value<Leave[]>(await dispatch('attendance/leaves', { memberId: anna }))).toEqual(left)
  })

  it('refuses a leave ending before it starts, of an unknown member, or unknown', async () => {
    const anna = await addMember(db(), { firstName: 'Anna', lastName: 'Adler' })
    const range = await refusal(
      saveLeave(
        db(),
        { id: null, memberId: anna, from: '2026-09-01', to: '2026-08-31', note: '' },
        fixedClock,
      ),
    )
    expect([range.code, range.params]).toEqual([
      'attendance.leaveRange',
      { from: '2026-09-01', to: '2026-08-31' },
    ])
    const leave = { id: null, memberId: 999, from: '2026-09-01', to: '2026-09-30', note: '' }
    expect(refused(await dispatch('attendance/saveLeave', leave))).toEqual({
      code: 'attendance.memberNotFound',
      params: { id: 999 },
    })
    expect(
      refused(await dispatch('attendance/saveLeave', { ...leave, id: 77, memberId: anna })),
    ).toMatchObject({ code: 'attendance.leaveNotFound' })
    expect(refused(await dispatch('attendance/deleteLeave', { id: 77 }))).toMatchObject({
      code: 'attendance.leaveNotFound',
    })
  })
})
