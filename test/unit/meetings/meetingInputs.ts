import type { MeetingInput, SeriesInput } from '../../../src/api/meetings.ts'

/** A weekly Tuesday lunch over the Rotary year 2026/27, with the given fields changed. */
export function seriesInput(fields: Partial<SeriesInput> = {}): SeriesInput {
  return {
    id: null,
    name: 'Clubabend',
    weekday: 2,
    interval: 'weekly',
    nth: null,
    startTime: '12:30',
    endTime: '14:00',
    place: 'Hotel Post',
    type: 'regular',
    startDate: '2026-07-01',
    endDate: '',
    skipDates: [],
    ...fields,
  }
}

/** A single meeting on the given day, nothing else filled in. */
export function meetingInput(fields: Partial<MeetingInput> = {}): MeetingInput {
  return {
    id: null,
    date: '2026-12-01',
    startTime: '19:00',
    endTime: '',
    place: '',
    type: 'regular',
    partnerClub: '',
    speaker: '',
    topic: '',
    minutes: '',
    attachments: [],
    ...fields,
  }
}

/** The value a test relies on being there; a missing one fails the test right here. */
export function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value, got undefined')
  return value
}
