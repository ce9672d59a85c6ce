import { describe, expect, it } from 'vitest'
import { attendanceReport } from '../../../src/core/meetings/attendanceReport.ts'
import { useClub } from '../../support/session.ts'
import { fixedClock } from '../../support/temp.ts'
import { addMeeting, addMember, mark } from './attendanceSupport.ts'

const { session } = useClub({ name: 'BNI Chapter Teststadt', kind: 'bni' })
const db = () => session().requireClub().db

describe('BNI absences over the rolling six months', () => {
  it('counts absences from the day six months before the end on, and warns at the limit', async () => {
    const paul = await addMember(db(), { firstName: 'Paul', lastName: 'Palm' })
    const dayBefore = await addMeeting(db(), '2026-05-21')
    const firstDay = await addMeeting(db(), '2026-05-22')
    const august = await addMeeting(db(), '2026-08-05')
    const substitute = await addMeeting(db(), '2026-09-02')
    const medical = await addMeeting(db(), '2026-09-09')
    const late = await addMeeting(db(), '2026-10-07')
    const present = await addMeeting(db(), '2026-11-18')
    await mark(db(), dayBefore, paul, 'absent')
    await mark(db(), firstDay, paul, 'absent')
    // Another member's mark takes the roll call; Paul, unmarked, was absent.
    const other = await addMember(db(), { firstName: 'Olga', lastName: 'Ort' })
    await mark(db(), august, other, 'present')
    await mark(db(), substitute, paul, 'substitute', { substituteName: 'Sabine Vertreterin' })
    await mark(db(), medical, paul, 'medical')
    await mark(db(), late, paul, 'late')
    await mark(db(), present, paul, 'present')

    const range = { from: '2026-09-01', to: '2026-11-21' }
    const report = await attendanceReport(db(), range, fixedClock)
    const row = report.members.find((r) => r.member.id === paul)
    expect(row).toMatchObject({
      counts: { present: 1, late: 1, medical: 1, substitute: 1, absent: 0 },
      expected: 2,
      attended: 2,
      percent: 100,
      absencesRolling: 2,
      overAbsenceLimit: false,
    })

    const november = await addMeeting(db(), '2026-11-04')
    await mark(db(), november, paul, 'absent')
    const warned = await attendanceReport(db(), range, fixedClock)
    expect(warned.members.find((r) => r.member.id === paul)).toMatchObject({
      absencesRolling: 3,
      overAbsenceLimit: true,
    })
    // A period not over yet counts the six months up to today, not up to its end.
    const clubYear = await attendanceReport(db(), { ...range, to: '2027-06-30' }, fixedClock)
    expect(clubYear.members.find((r) => r.member.id === paul)?.absencesRolling).toBe(3)
    // A day later the window has moved past 22 May.
    const tomorrow = { now: () => new Date('2026-11-22T10:00:00Z') }
    const later = await attendanceReport(db(), { ...range, to: '2026-11-22' }, tomorrow)
    expect(later.members.find((r) => r.member.id === paul)?.absencesRolling).toBe(2)
  })
})
