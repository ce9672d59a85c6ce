import { describe, expect, it } from 'vitest'
import type { Meeting, MeetingSummary } from '../../../src/api/meetings.ts'
import type { MemberRecord } from '../../../src/api/members.ts'
import { attendanceCodes } from '../../../src/core/meetings/codes.ts'
import { listMeetings } from '../../../src/core/meetings/meetings.ts'
import { person } from '../../support/members.ts'
import { refusal } from '../../support/refusal.ts'
import { useClub, value } from '../../support/session.ts'
import { addVisit } from '../referrals/referralSupport.ts'
import { defined, meetingInput } from './meetingInputs.ts'

const { dispatch, session } = useClub({ name: 'RC Test', kind: 'rotary' })
const db = () => session().requireClub().db
const now = '2026-11-21T10:00:00.000Z'

const add = async (fields: Parameters<typeof meetingInput>[0] = {}) =>
  value<Meeting>(await dispatch('meetings/save', meetingInput(fields)))
const list = async (from: string, to: string, includeCancelled?: boolean) =>
  value<MeetingSummary[]>(
    await dispatch('meetings/list', {
      from,
      to,
      ...(includeCancelled === undefined ? {} : { includeCancelled }),
    }),
  )
const member = async (lastName: string) =>
  value<MemberRecord>(
    await dispatch('members/create', { member: person({ lastName }), status: 'active' }),
  ).id

describe('single meetings', () => {
  it('adds meetings outside any series and lists them by day and start time', async () => {
    const evening = await add({ date: '2026-12-01', startTime: '19:00', topic: 'Weihnachten' })
    expect(evening).toMatchObject({
      seriesId: null,
      seriesDate: null,
      date: '2026-12-01',
      status: 'scheduled',
      topic: 'Weihnachten',
      attachments: [],
    })
    await add({ date: '2026-12-01', startTime: '07:30', type: 'board', endTime: '08:30' })
    await add({ date: '2026-11-24', startTime: '12:30', attachments: ['/tmp/programm.pdf'] })
    await add({ date: '2027-01-12', startTime: '12:30' })
    const december = await list('2026-11-01', '2026-12-31')
    expect(december.map((m) => `${m.date} ${m.startTime} ${m.type}`)).toEqual([
      '2026-11-24 12:30 regular',
      '2026-12-01 07:30 board',
      '2026-12-01 19:00 regular',
    ])
    expect(december[0]?.attachments).toEqual(['/tmp/programm.pdf'])
    expect(value<Meeting>(await dispatch('meetings/get', { id: evening.id }))).toEqual(evening)
  })

  it('counts the expected members, attendance and guests of each meeting', async () => {
    const anna = await member('Albers')
    await member('Bauer')
    const held = await add({ date: '2026-11-17' })
    const coming = await add({ date: '2026-11-24' })
    const codes = await attendanceCodes(db())
    const present = defined(codes.find((code) => code.meaning === 'present'))
    await db()
      .insertInto('attendance')
      .values({ meeting_id: held.id, member_id: anna, code_id: present.id, recorded_at: now })
      .execute()
    await db().updateTable('meeting').set({ roll_call_at: now }).where('id', '=', held.id).execute()
    await addVisit(db(), held.id, 'Gast', anna)
    const [first, second] = await list('2026-11-01', '2026-11-30')
    expect(first).toMatchObject({
      id: held.id,
      rollCallTaken: true,
      attended: 1,
      expected: 2,
      guests: 1,
    })
    expect(second).toMatchObject({
      id: coming.id,
      rollCallTaken: false,
      attended: 0,
      expected: 2,
      guests: 0,
    })
  })

  it('changes a meeting, moving it to another day included', async () => {
    const meeting = await add({ date: '2026-12-01' })
    const moved = value<Meeting>(
      await dispatch(
        'meetings/save',
        meetingInput({
          id: meeting.id,
          date: '2026-12-03',
          startTime: '18:00',
          endTime: '21:00',
          type: 'joint',
          partnerClub: 'RC Bad Homburg',
          speaker: 'Dr. Lange',
          minutes: 'Protokoll …',
        }),
      ),
    )
    expect(moved).toMatchObject({
      id: meeting.id,
      date: '2026-12-03',
      endTime: '21:00',
      partnerClub: 'RC Bad Homburg',
      minutes: 'Protokoll …',
    })
    const missing = await dispatch('meetings/save', meetingInput({ id: 999 }))
    expect(missing).toMatchObject({ ok: false, error: { code: 'meeting.notFound' } })
  })

  it('refuses an end before the start', async () => {
    const refused = await dispatch(
      'meetings/save',
      meetingInput({ startTime: '19:00', endTime: '18:30' }),
    )
    expect(refused).toEqual({
      ok: false,
      error: { code: 'meeting.endBeforeStart', params: { start: '19:00', end: '18:30' } },
    })
    const badTime = await dispatch('meetings/save', meetingInput({ startTime: '25:00' }))
    expect(badTime).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', params: { field: 'startTime' } },
    })
  })
})

describe('cancelling and deleting', () => {
  it('cancels with a reason, lists or hides cancelled meetings and restores them', async () => {
    const meeting = await add({ date: '2026-12-29' })
    const cancelled = value<Meeting>(
      await dispatch('meetings/setStatus', {
        id: meeting.id,
        status: 'cancelled',
        reason: 'Weihnachtsferien',
      }),
    )
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Weihnachtsferien' })
    expect(await list('2026-12-01', '2026-12-31')).toHaveLength(1)
    expect(await list('2026-12-01', '2026-12-31', false)).toHaveLength(0)
    const restored = value<Meeting>(
      await dispatch('meetings/setStatus', { id: meeting.id, status: 'scheduled', reason: 'x' }),
    )
    expect(restored).toMatchObject({ status: 'scheduled', cancelReason: '' })
    const missing = await dispatch('meetings/setStatus', { id: 5, status: 'cancelled', reason: '' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'meeting.notFound' } })
  })

  it('deletes only a meeting without attendance or guests', async () => {
    const empty = await add({ date: '2026-12-01' })
    expect(value(await dispatch('meetings/delete', { id: empty.id }))).toEqual({ deleted: true })
    expect(await list('2026-12-01', '2026-12-01')).toEqual([])

    const anna = await member('Albers')
    const marked = await add({ date: '2026-11-03' })
    const [code] = await attendanceCodes(db())
    await db()
      .insertInto('attendance')
      .values({
        meeting_id: marked.id,
        member_id: anna,
        code_id: defined(code).id,
        recorded_at: now,
      })
      .execute()
    expect(await dispatch('meetings/delete', { id: marked.id })).toEqual({
      ok: false,
      error: { code: 'meeting.hasRecords', params: { date: '03.11.2026' } },
    })

    const visited = await add({ date: '2026-11-10' })
    await addVisit(db(), visited.id, 'Gast', null)
    expect(await dispatch('meetings/delete', { id: visited.id })).toMatchObject({
      ok: false,
      error: { code: 'meeting.hasRecords', params: { date: '10.11.2026' } },
    })
    expect(await list('2026-11-01', '2026-11-30')).toHaveLength(2)
    expect(await dispatch('meetings/delete', { id: 77 })).toMatchObject({
      ok: false,
      error: { code: 'meeting.notFound', params: { id: 77 } },
    })
  })
})

describe('meeting lists', () => {
  it('refuses a reversed range and one of more than ten years', async () => {
    const error = await refusal(listMeetings(db(), { from: '2020-01-01', to: '2030-01-01' }))
    expect([error.code, error.params]).toEqual([
      'meeting.range',
      { from: '2020-01-01', to: '2030-01-01', years: 10 },
    ])
    expect(await listMeetings(db(), { from: '2020-01-01', to: '2029-12-31' })).toEqual([])
    const reversed = await dispatch('meetings/list', { from: '2026-02-01', to: '2026-01-31' })
    expect(reversed).toMatchObject({ ok: false, error: { code: 'meeting.range' } })
  })
})
