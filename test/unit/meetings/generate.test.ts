import { describe, expect, it } from 'vitest'
import type { GenerateResult, Meeting, MeetingSummary } from '../../../src/api/meetings.ts'
import { clubYearRange } from '../../../src/core/meetings/clubYearRange.ts'
import { refusal } from '../../support/refusal.ts'
import { useClub, value } from '../../support/session.ts'
import { defined, meetingInput, seriesInput } from './meetingInputs.ts'

const christmas = ['2026-12-22', '2026-12-29']

describe('generating a Rotary club year', () => {
  const { dispatch, session } = useClub({ name: 'RC Test', kind: 'rotary' })
  const db = () => session().requireClub().db
  const generate = async (from = '2026-07-01', to = '2027-06-30') =>
    value<GenerateResult>(await dispatch('meetings/generate', { seriesId: 1, from, to }))
  const list = async (from = '2026-07-01', to = '2027-06-30') =>
    value<MeetingSummary[]>(await dispatch('meetings/list', { from, to }))

  it('reads club years as people write them, from the club’s first month', async () => {
    expect(await clubYearRange(db(), '2026/27')).toEqual({ from: '2026-07-01', to: '2027-06-30' })
    expect(await clubYearRange(db(), ' 2026 ')).toEqual({ from: '2026-07-01', to: '2027-06-30' })
    expect(await clubYearRange(db(), '1999/00')).toEqual({ from: '1999-07-01', to: '2000-06-30' })
    for (const label of ['2026/28', '26/27', '2026-27', 'next', '']) {
      const error = await refusal(clubYearRange(db(), label))
      expect([error.code, error.params]).toEqual([
        'input.invalid',
        { field: 'clubYear', reason: 'format' },
      ])
    }
  })

  it('makes the year’s meetings with the series’ time, place and type, skipping holidays', async () => {
    await dispatch('meetings/saveSeries', seriesInput({ skipDates: christmas }))
    expect(await generate()).toEqual({ created: 50, kept: 0, skipped: 2 })
    const meetings = await list()
    expect(meetings).toHaveLength(50)
    expect(meetings[0]).toMatchObject({
      seriesId: 1,
      seriesDate: '2026-07-07',
      date: '2026-07-07',
      startTime: '12:30',
      endTime: '14:00',
      place: 'Hotel Post',
      type: 'regular',
      status: 'scheduled',
    })
    expect(meetings.at(-1)?.date).toBe('2027-06-29')
    expect(meetings.map((m) => m.date)).not.toContain('2026-12-22')
  })

  it('never doubles a meeting nor brings back one that was moved or cancelled', async () => {
    await dispatch('meetings/saveSeries', seriesInput({ skipDates: christmas }))
    await generate()
    const [first, second] = await list('2026-07-01', '2026-07-31')
    const moved = value<Meeting>(
      await dispatch('meetings/save', {
        ...meetingInput({ id: defined(first).id, date: '2026-07-09', startTime: '12:30' }),
      }),
    )
    expect(moved).toMatchObject({ date: '2026-07-09', seriesDate: '2026-07-07', seriesId: 1 })
    await dispatch('meetings/setStatus', {
      id: defined(second).id,
      status: 'cancelled',
      reason: 'Sommer',
    })
    expect(await generate()).toEqual({ created: 0, kept: 50, skipped: 2 })
    const july = await list('2026-07-01', '2026-07-31')
    expect(july.map((m) => [m.date, m.status])).toEqual([
      ['2026-07-09', 'scheduled'],
      ['2026-07-14', 'cancelled'],
      ['2026-07-21', 'scheduled'],
      ['2026-07-28', 'scheduled'],
    ])
  })

  it('fills only the slots still open and brings a deleted meeting back', async () => {
    await dispatch('meetings/saveSeries', seriesInput())
    expect(await generate('2026-07-01', '2026-07-31')).toEqual({
      created: 4,
      kept: 0,
      skipped: 0,
    })
    const [first] = await list('2026-07-01', '2026-07-31')
    await dispatch('meetings/delete', { id: defined(first).id })
    await dispatch('meetings/saveSeries', seriesInput({ id: 1, startTime: '13:00', endTime: '' }))
    expect(await generate('2026-07-01', '2026-08-31')).toEqual({
      created: 5,
      kept: 3,
      skipped: 0,
    })
    const summer = await list('2026-07-01', '2026-08-31')
    expect(summer.map((m) => `${m.date} ${m.startTime}`)).toEqual([
      '2026-07-07 13:00',
      '2026-07-14 12:30',
      '2026-07-21 12:30',
      '2026-07-28 12:30',
      '2026-08-04 13:00',
      '2026-08-11 13:00',
      '2026-08-18 13:00',
      '2026-08-25 13:00',
    ])
  })

  it('stays within the series’ own start and end', async () => {
    await dispatch(
      'meetings/saveSeries',
      seriesInput({ startDate: '2026-09-01', endDate: '2026-09-30' }),
    )
    expect(await generate()).toEqual({ created: 5, kept: 0, skipped: 0 })
  })

  it('refuses more than two years at once, a reversed range and an unknown series', async () => {
    await dispatch('meetings/saveSeries', seriesInput())
    const tooLong = await dispatch('meetings/generate', {
      seriesId: 1,
      from: '2026-07-01',
      to: '2028-07-01',
    })
    expect(tooLong).toMatchObject({
      ok: false,
      error: { code: 'meeting.range', params: { from: '2026-07-01', to: '2028-07-01', years: 2 } },
    })
    expect(await generate('2026-07-01', '2028-06-30')).toMatchObject({ created: 104 })
    const reversed = await dispatch('meetings/generate', {
      seriesId: 1,
      from: '2026-07-02',
      to: '2026-07-01',
    })
    expect(reversed).toMatchObject({ ok: false, error: { code: 'meeting.range' } })
    const unknown = await dispatch('meetings/generate', {
      seriesId: 7,
      from: '2026-07-01',
      to: '2026-07-31',
    })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'meeting.seriesNotFound' } })
  })
})

describe('generating a BNI chapter’s year', () => {
  const { dispatch, session } = useClub({ name: 'BNI Taunus', kind: 'bni' })

  it('takes the calendar year and a monthly series on the last weekday', async () => {
    const db = session().requireClub().db
    const year = await clubYearRange(db, '2027')
    expect(year).toEqual({ from: '2027-01-01', to: '2027-12-31' })
    expect((await refusal(clubYearRange(db, '2026/27'))).code).toBe('input.invalid')
    await dispatch(
      'meetings/saveSeries',
      seriesInput({
        name: 'Frühstück',
        weekday: 3,
        interval: 'monthly',
        nth: -1,
        startTime: '07:00',
        endTime: '08:30',
      }),
    )
    const result = value<GenerateResult>(
      await dispatch('meetings/generate', { seriesId: 1, ...year }),
    )
    expect(result).toEqual({ created: 12, kept: 0, skipped: 0 })
    const meetings = value<MeetingSummary[]>(await dispatch('meetings/list', year))
    expect(meetings.slice(0, 3).map((m) => m.date)).toEqual([
      '2027-01-27',
      '2027-02-24',
      '2027-03-31',
    ])
  })
})
