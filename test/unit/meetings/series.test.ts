import { describe, expect, it } from 'vitest'
import type { GenerateResult, MeetingSeries } from '../../../src/api/meetings.ts'
import { useClub, value } from '../../support/session.ts'
import { seriesInput } from './meetingInputs.ts'

const { dispatch } = useClub({ name: 'RC Test', kind: 'rotary' })

const save = async (fields: Parameters<typeof seriesInput>[0] = {}) =>
  value<MeetingSeries[]>(await dispatch('meetings/saveSeries', seriesInput(fields)))
const refusal = async (fields: Parameters<typeof seriesInput>[0]) => {
  const result = await dispatch('meetings/saveSeries', seriesInput(fields))
  if (result.ok) throw new Error('expected a refusal')
  return result.error
}

describe('meeting series', () => {
  it('saves a series and lists it by name with the meetings it made', async () => {
    const [lunch] = await save({ skipDates: ['2026-12-29', '2026-12-22', '2026-12-29'] })
    expect(lunch).toMatchObject({
      id: 1,
      name: 'Clubabend',
      weekday: 2,
      interval: 'weekly',
      nth: null,
      startTime: '12:30',
      endTime: '14:00',
      endDate: '',
      skipDates: ['2026-12-22', '2026-12-29'],
      meetingCount: 0,
    })
    await save({ name: 'Board', weekday: 1, interval: 'monthly', nth: -1, type: 'board' })
    const generated = value<GenerateResult>(
      await dispatch('meetings/generate', { seriesId: 1, from: '2026-07-01', to: '2026-07-31' }),
    )
    expect(generated.created).toBe(4)
    const list = value<MeetingSeries[]>(await dispatch('meetings/series', {}))
    expect(list.map((s) => [s.name, s.meetingCount, s.nth])).toEqual([
      ['Board', 0, -1],
      ['Clubabend', 4, null],
    ])
  })

  it('changes a series in place and drops an n-th weekday that only a monthly series has', async () => {
    await save()
    const [changed] = await save({ id: 1, startTime: '13:00', nth: 2, endDate: '2027-06-30' })
    expect(changed).toMatchObject({ id: 1, startTime: '13:00', nth: null, endDate: '2027-06-30' })
    expect(value<MeetingSeries[]>(await dispatch('meetings/series', {}))).toHaveLength(1)
  })

  it('refuses an end before the start, a monthly series without its weekday and a reversed range', async () => {
    expect(await refusal({ startTime: '12:30', endTime: '12:00' })).toEqual({
      code: 'meeting.endBeforeStart',
      params: { start: '12:30', end: '12:00' },
    })
    expect(await refusal({ interval: 'monthly', nth: null })).toEqual({
      code: 'meeting.nthNeeded',
      params: {},
    })
    expect(await refusal({ startDate: '2026-07-01', endDate: '2026-06-30' })).toEqual({
      code: 'meeting.range',
      params: { from: '2026-07-01', to: '2026-06-30', years: 10 },
    })
    expect(await refusal({ id: 99 })).toMatchObject({ code: 'meeting.seriesNotFound' })
    expect(await refusal({ weekday: 8 })).toMatchObject({
      code: 'input.invalid',
      params: { field: 'weekday' },
    })
    expect(await refusal({ nth: 5 as -1 })).toMatchObject({
      code: 'input.invalid',
      params: { field: 'nth' },
    })
    expect(value<MeetingSeries[]>(await dispatch('meetings/series', {}))).toEqual([])
  })

  it('accepts a series without an end time', async () => {
    const [open] = await save({ endTime: '' })
    expect(open?.endTime).toBe('')
  })
})
