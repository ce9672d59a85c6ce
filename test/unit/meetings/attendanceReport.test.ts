import type { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { AttendanceReport } from '../../../src/api/attendance.ts'
import type { Database } from '../../../src/core/db/schema.ts'
import { attendanceReport } from '../../../src/core/meetings/attendanceReport.ts'
import { meetingCounts } from '../../../src/core/meetings/meetingCounts.ts'
import { refusal } from '../../support/refusal.ts'
import { useClub, value } from '../../support/session.ts'
import { fixedClock } from '../../support/temp.ts'
import { addLeave, addMeeting, addMember, mark } from './attendanceSupport.ts'

const { dispatch, session } = useClub({ name: 'Rotary Club Teststadt', kind: 'rotary' })
const db = () => session().requireClub().db

/**
 * Five members over four meetings with a roll call in the Rotary year 2026/27, one meeting
 * without a roll call and one cancelled after its roll call.
 */
async function rotaryYear(db: Kysely<Database>) {
  const anna = await addMember(db, { firstName: 'Anna', lastName: 'Adler' })
  const bernd = await addMember(db, { firstName: 'Bernd', lastName: 'Becker' })
  const carla = await addMember(db, {
    firstName: 'Carla',
    lastName: 'Cramer',
    joinDate: '2026-09-01',
  })
  const dieter = await addMember(db, {
    firstName: 'Dieter',
    lastName: 'Dorn',
    action: 'resign',
    actionDate: '2026-09-15',
  })
  const erika = await addMember(db, {
    firstName: 'Erika',
    lastName: 'Ernst',
    action: 'makeHonorary',
  })
  const m1 = await addMeeting(db, '2026-08-04')
  const m2 = await addMeeting(db, '2026-09-08')
  const m3 = await addMeeting(db, '2026-10-06')
  const m4 = await addMeeting(db, '2026-11-03')
  const unrecorded = await addMeeting(db, '2026-11-17')
  const cancelled = await addMeeting(db, '2026-10-13')

  await mark(db, m1, anna, 'present')
  await mark(db, m1, bernd, 'make_up', { makeUpDate: '2026-07-20', makeUpClub: 'RC Nachbarort' })
  await mark(db, m1, dieter, 'present')
  await mark(db, m2, anna, 'present')
  // A make-up from the Rotary year before does not count.
  await mark(db, m2, bernd, 'make_up', { makeUpDate: '2026-06-25', makeUpClub: 'RC Nachbarort' })
  await mark(db, m2, carla, 'present')
  await mark(db, m2, dieter, 'excused')
  await mark(db, m3, anna, 'present')
  await mark(db, m3, bernd, 'leave')
  // Honorary members are not expected, but count once marked.
  await mark(db, m3, erika, 'present')
  await mark(db, m4, anna, 'absent')
  await mark(db, m4, bernd, 'present')
  await addLeave(db, carla, '2026-10-20', '2026-11-10')
  await mark(db, cancelled, anna, 'present')
  await db.updateTable('meeting').set({ status: 'cancelled' }).where('id', '=', cancelled).execute()
  return { anna, bernd, carla, dieter, erika, m1, m2, m3, m4, unrecorded, cancelled }
}

describe('attendance report', () => {
  it('counts the Rotary rules per member and for the club', async () => {
    const club = await rotaryYear(db())
    const report = value<AttendanceReport>(
      await dispatch('attendance/report', { from: '2026-07-01', to: '2026-11-21' }),
    )
    expect(report.meetings).toBe(4)
    const rows = report.members.map((row) => [
      row.member.displayName,
      row.expected,
      row.attended,
      row.percent,
      row.belowThreshold,
      row.absencesRolling,
    ])
    expect(rows).toEqual([
      ['Anna Adler', 4, 3, 75, false, 1],
      ['Bernd Becker', 3, 2, 66.7, false, 1],
      ['Carla Cramer', 2, 1, 50, true, 1],
      ['Dieter Dorn', 2, 1, 50, true, 0],
      ['Erika Ernst', 1, 1, 100, false, 0],
    ])
    const byName = new Map(report.members.map((row) => [row.member.id, row.counts]))
    expect(byName.get(club.bernd)).toMatchObject({ makeUp: 2, leave: 1, present: 1, absent: 0 })
    expect(byName.get(club.carla)).toMatchObject({ present: 1, absent: 1, leave: 1 })
    expect(byName.get(club.dieter)).toMatchObject({ present: 1, excused: 1 })
    expect(report.points.map((p) => [p.date, p.attended, p.expected, p.percent])).toEqual([
      ['2026-08-04', 3, 3, 100],
      ['2026-09-08', 2, 4, 50],
      ['2026-10-06', 2, 3, 66.7],
      ['2026-11-03', 1, 2, 50],
    ])
    expect(report.clubPercent).toBe(66.7)
    expect(report).toMatchObject({ thresholdPercent: 60, absenceLimit: 3 })
  })

  it('reads only the period; a member on leave throughout has no percentage', async () => {
    await rotaryYear(db())
    const report = await attendanceReport(
      db(),
      { from: '2026-10-01', to: '2026-10-31' },
      fixedClock,
    )
    expect(report.meetings).toBe(1)
    expect(report.members.map((row) => [row.member.displayName, row.expected])).toEqual([
      ['Anna Adler', 1],
      ['Bernd Becker', 0],
      ['Carla Cramer', 1],
      ['Erika Ernst', 1],
    ])
    const bernd = report.members.find((row) => row.member.displayName === 'Bernd Becker')
    expect(bernd?.percent).toBeNull()
    expect(bernd?.belowThreshold).toBe(false)
  })

  it('refuses a period that ends before it starts or spans more than ten years', async () => {
    expect(
      (await refusal(attendanceReport(db(), { from: '2026-11-21', to: '2026-11-20' }, fixedClock)))
        .params,
    ).toEqual({ from: '2026-11-21', to: '2026-11-20', years: 10 })
    // The same limit as the meeting list's: ten years of days, both ends included.
    const tooLong = await refusal(
      attendanceReport(db(), { from: '2016-11-21', to: '2026-11-21' }, fixedClock),
    )
    expect(tooLong.code).toBe('meeting.range')
    const tenYears = await attendanceReport(
      db(),
      { from: '2016-11-22', to: '2026-11-21' },
      fixedClock,
    )
    expect(tenYears).toMatchObject({ meetings: 0, members: [], points: [], clubPercent: null })
  })

  it('counts each meeting for the meeting list', async () => {
    const club = await rotaryYear(db())
    await db()
      .insertInto('guest')
      .values({ last_name: 'Gast', created_at: 'x', updated_at: 'x', member_id: null })
      .execute()
    const guest = await db().selectFrom('guest').select('id').executeTakeFirstOrThrow()
    await db()
      .insertInto('guest_visit')
      .values({
        guest_id: guest.id,
        meeting_id: club.m3,
        invited_by_id: club.anna,
        created_at: 'x',
      })
      .execute()
    const counts = await meetingCounts(db(), [club.m2, club.m3, club.unrecorded, club.cancelled])
    expect(counts.get(club.m2)).toEqual({
      attended: 2,
      expected: 4,
      guests: 0,
      rollCallTaken: true,
    })
    expect(counts.get(club.m3)).toEqual({
      attended: 2,
      expected: 3,
      guests: 1,
      rollCallTaken: true,
    })
    // Without a roll call: the members it expects (Carla's leave ended on 10 November).
    expect(counts.get(club.unrecorded)).toEqual({
      attended: 0,
      expected: 3,
      guests: 0,
      rollCallTaken: false,
    })
    expect(counts.get(club.cancelled)?.rollCallTaken).toBe(true)
    expect(await meetingCounts(db(), [])).toEqual(new Map())
  })
})
