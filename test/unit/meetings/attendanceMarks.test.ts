import { describe, expect, it } from 'vitest'
import { attendanceReport } from '../../../src/core/meetings/attendanceReport.ts'
import { markAttendance } from '../../../src/core/meetings/marks.ts'
import { refusal } from '../../support/refusal.ts'
import { useClub } from '../../support/session.ts'
import { fixedClock } from '../../support/temp.ts'
import { addMeeting, addMember, codeOf, markOf } from './attendanceSupport.ts'

const { session } = useClub({ name: 'Rotary Club Teststadt', kind: 'rotary' })
const db = () => session().requireClub().db

async function club() {
  const anna = await addMember(db(), { firstName: 'Anna', lastName: 'Adler' })
  const bernd = await addMember(db(), { firstName: 'Bernd', lastName: 'Becker' })
  const meeting = await addMeeting(db(), '2026-11-17')
  return { anna, bernd, meeting, present: await codeOf(db(), 'present') }
}

const rowsOf = (meetingId: number) =>
  db()
    .selectFrom('attendance')
    .select(['member_id', 'code_id', 'make_up_date', 'make_up_club'])
    .where('meeting_id', '=', meetingId)
    .orderBy('member_id')
    .execute()

const rollCallAt = async (meetingId: number) =>
  (
    await db()
      .selectFrom('meeting')
      .select('roll_call_at')
      .where('id', '=', meetingId)
      .executeTakeFirstOrThrow()
  ).roll_call_at

describe('marking attendance', () => {
  it('saves, changes and takes back marks; the first mark takes the roll call', async () => {
    const { anna, bernd, meeting, present } = await club()
    expect(await rollCallAt(meeting)).toBeNull()
    const absent = await codeOf(db(), 'absent')
    expect(
      await markAttendance(
        db(),
        meeting,
        [markOf(anna, present), markOf(bernd, absent)],
        fixedClock,
      ),
    ).toEqual([anna, bernd])
    expect(await rollCallAt(meeting)).toBe('2026-11-21T10:00:00.000Z')
    const later = { now: () => new Date('2026-11-21T12:00:00.000Z') }
    await markAttendance(db(), meeting, [markOf(bernd, present)], later)
    expect(await rollCallAt(meeting)).toBe('2026-11-21T10:00:00.000Z')
    expect((await rowsOf(meeting)).map((r) => [r.member_id, r.code_id])).toEqual([
      [anna, present],
      [bernd, present],
    ])
    await markAttendance(db(), meeting, [markOf(anna, null)], fixedClock)
    expect((await rowsOf(meeting)).map((r) => r.member_id)).toEqual([bernd])
    expect(await rollCallAt(meeting)).toBe('2026-11-21T10:00:00.000Z')
  })

  it('takes the roll call back with the last mark, so a meeting marked by mistake counts not', async () => {
    const { anna, bernd, meeting, present } = await club()
    await markAttendance(db(), meeting, [markOf(anna, present)], fixedClock)
    await markAttendance(db(), meeting, [markOf(anna, null), markOf(bernd, null)], fixedClock)
    expect(await rowsOf(meeting)).toEqual([])
    expect(await rollCallAt(meeting)).toBeNull()
    const report = await attendanceReport(
      db(),
      { from: '2026-11-01', to: '2026-11-21' },
      fixedClock,
    )
    expect(report).toMatchObject({ meetings: 0, members: [] })
    const later = { now: () => new Date('2026-11-21T12:00:00.000Z') }
    await markAttendance(db(), meeting, [markOf(bernd, present)], later)
    expect(await rollCallAt(meeting)).toBe('2026-11-21T12:00:00.000Z')
  })

  it('records a make-up with its date and club', async () => {
    const { anna, meeting } = await club()
    const makeUp = await codeOf(db(), 'make_up')
    const details = { makeUpDate: '2026-11-12', makeUpClub: 'RC Nachbarort' }
    await markAttendance(db(), meeting, [markOf(anna, makeUp, details)], fixedClock)
    expect(await rowsOf(meeting)).toEqual([
      {
        member_id: anna,
        code_id: makeUp,
        make_up_date: '2026-11-12',
        make_up_club: 'RC Nachbarort',
      },
    ])
  })

  it('takes a meeting held today but refuses one in the future or cancelled', async () => {
    const { anna, present } = await club()
    const today = await addMeeting(db(), '2026-11-21')
    await markAttendance(db(), today, [markOf(anna, present)], fixedClock)
    const tomorrow = await addMeeting(db(), '2026-11-22')
    const future = await refusal(
      markAttendance(db(), tomorrow, [markOf(anna, present)], fixedClock),
    )
    expect([future.code, future.params]).toEqual(['attendance.notHeldYet', { date: '22.11.2026' }])
    const cancelled = await addMeeting(db(), '2026-11-10', { status: 'cancelled' })
    const refused = await refusal(
      markAttendance(db(), cancelled, [markOf(anna, present)], fixedClock),
    )
    expect([refused.code, refused.params]).toEqual(['meeting.cancelled', { date: '10.11.2026' }])
    expect(
      (await refusal(markAttendance(db(), 999, [markOf(anna, present)], fixedClock))).code,
    ).toBe('meeting.notFound')
  })

  it('names what is wrong with a mark and keeps none of the batch', async () => {
    const { anna, bernd, meeting, present } = await club()
    const refuse = async (marks: Parameters<typeof markAttendance>[2]) => {
      const error = await refusal(markAttendance(db(), meeting, marks, fixedClock))
      return [error.code, error.params]
    }
    expect(await refuse([markOf(anna, present), markOf(999, present)])).toEqual([
      'attendance.memberNotFound',
      { id: 999 },
    ])
    expect(await refuse([markOf(anna, present), markOf(bernd, 999)])).toEqual([
      'attendance.codeNotFound',
      { id: 999 },
    ])
    const makeUp = await codeOf(db(), 'make_up')
    expect(await refuse([markOf(bernd, makeUp, { makeUpDate: '2026-11-12' })])).toEqual([
      'attendance.makeUpDetails',
      { member: 'Bernd Becker' },
    ])
    expect(await refuse([markOf(bernd, makeUp, { makeUpClub: 'RC Nachbarort' })])).toEqual([
      'attendance.makeUpDetails',
      { member: 'Bernd Becker' },
    ])
    expect(
      await refuse([markOf(bernd, makeUp, { makeUpDate: 'gestern', makeUpClub: 'RC Nachbarort' })]),
    ).toEqual(['input.invalid', { field: 'makeUpDate', reason: 'date' }])
    const { id: substitute } = await db()
      .insertInto('attendance_code')
      .values({ meaning: 'substitute', key: 's', label_de: 'V', label_en: 'S', sort_order: 9 })
      .returning('id')
      .executeTakeFirstOrThrow()
    expect(await refuse([markOf(anna, substitute)])).toEqual([
      'attendance.substituteName',
      { member: 'Anna Adler' },
    ])
    expect(await rowsOf(meeting)).toEqual([])
    expect(await rollCallAt(meeting)).toBeNull()
  })
})
