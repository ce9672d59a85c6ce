import { describe, expect, it } from 'vitest'
import { defined } from './meetingInputs.ts'
import { clubYearOf } from '../../../src/api/clubYear.ts'
import {
  seriesDates,
  seriesSlots,
  type SeriesPattern,
} from '../../../src/core/meetings/seriesDates.ts'

const weekly = (weekday: number, startDate = '2026-01-01'): SeriesPattern => ({
  weekday,
  interval: 'weekly',
  nth: null,
  startDate,
  endDate: '',
  skipDates: [],
})
const monthly = (weekday: number, nth: number): SeriesPattern => ({
  ...weekly(weekday),
  interval: 'monthly',
  nth,
})
const fortnightly = (weekday: number, startDate: string): SeriesPattern => ({
  ...weekly(weekday, startDate),
  interval: 'fortnightly',
})

const dayGap = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000

describe('weekly series', () => {
  it('meets on its weekday within the range and the series’ own start and end', () => {
    const series = { ...weekly(2, '2026-09-08'), endDate: '2026-10-06' }
    expect(seriesDates(series, '2026-09-01', '2026-12-31')).toEqual([
      '2026-09-08',
      '2026-09-15',
      '2026-09-22',
      '2026-09-29',
      '2026-10-06',
    ])
    expect(seriesDates(series, '2026-09-09', '2026-09-21')).toEqual(['2026-09-15'])
    expect(seriesDates(series, '2026-11-01', '2026-12-31')).toEqual([])
    expect(seriesDates(series, '2026-09-16', '2026-09-14')).toEqual([])
  })

  it('leaves out the holidays of its skip dates, which the slots still list', () => {
    const series = { ...weekly(2), skipDates: ['2026-12-22', '2026-12-29', '2026-12-30'] }
    expect(seriesDates(series, '2026-12-14', '2027-01-10')).toEqual(['2026-12-15', '2027-01-05'])
    expect(seriesSlots(series, '2026-12-14', '2027-01-10')).toEqual([
      '2026-12-15',
      '2026-12-22',
      '2026-12-29',
      '2027-01-05',
    ])
  })

  it('fills a Rotary year from 1 July to 30 June, both ends included', () => {
    const year = clubYearOf('2026-11-21', 7)
    expect(year).toMatchObject({ start: '2026-07-01', end: '2027-06-30' })
    const wednesdays = seriesDates(weekly(3), year.start, year.end)
    expect(wednesdays).toHaveLength(53)
    expect([wednesdays[0], wednesdays.at(-1)]).toEqual(['2026-07-01', '2027-06-30'])
    const tuesdays = seriesDates(weekly(2), year.start, year.end)
    expect(tuesdays).toHaveLength(52)
    expect([tuesdays[0], tuesdays.at(-1)]).toEqual(['2026-07-07', '2027-06-29'])
    const next = clubYearOf('2027-07-01', 7)
    expect(seriesDates(weekly(3), next.start, next.end)[0]).toBe('2027-07-07')
  })

  it('meets on 29 February in a leap year, seven days apart across it', () => {
    const dates = seriesDates(weekly(2), '2028-02-20', '2028-03-10')
    expect(dates).toEqual(['2028-02-22', '2028-02-29', '2028-03-07'])
    expect(seriesDates(weekly(2), '2027-02-20', '2027-03-05')).toEqual(['2027-02-23', '2027-03-02'])
  })

  it('is not moved by daylight saving time, whatever zone the computer is in', () => {
    const saved = process.env['TZ']
    try {
      for (const zone of ['Europe/Berlin', 'America/Sao_Paulo', 'Pacific/Auckland', 'UTC']) {
        process.env['TZ'] = zone
        const dates = seriesDates(weekly(7), '2026-03-20', '2026-11-05')
        expect(dates).toContain('2026-03-29')
        expect(dates).toContain('2026-10-25')
        dates.slice(1).forEach((date, i) => expect(dayGap(defined(dates[i]), date)).toBe(7))
      }
    } finally {
      if (saved === undefined) delete process.env['TZ']
      else process.env['TZ'] = saved
    }
  })
})

describe('fortnightly series', () => {
  it('keeps the phase of its start date, whatever range is asked for', () => {
    const series = fortnightly(2, '2026-07-07')
    expect(seriesDates(series, '2026-07-01', '2026-08-10')).toEqual([
      '2026-07-07',
      '2026-07-21',
      '2026-08-04',
    ])
    expect(seriesDates(series, '2026-07-08', '2026-08-10')).toEqual(['2026-07-21', '2026-08-04'])
    expect(seriesDates(series, '2026-07-22', '2026-08-04')).toEqual(['2026-08-04'])
    // Far away, across a year end and a leap day, the phase still holds.
    const later = seriesDates(series, '2028-02-01', '2028-03-31')
    expect(later.every((date) => dayGap('2026-07-07', date) % 14 === 0)).toBe(true)
    expect(later).toContain('2028-02-29')
  })

  it('starts on the first of its weekdays on or after a start date that is another day', () => {
    expect(seriesDates(fortnightly(2, '2026-07-01'), '2026-06-01', '2026-07-31')).toEqual([
      '2026-07-07',
      '2026-07-21',
    ])
  })
})

describe('monthly series', () => {
  it('meets on the n-th weekday of each month', () => {
    expect(seriesDates(monthly(2, 2), '2026-01-01', '2026-06-30')).toEqual([
      '2026-01-13',
      '2026-02-10',
      '2026-03-10',
      '2026-04-14',
      '2026-05-12',
      '2026-06-09',
    ])
    expect(seriesDates(monthly(1, 1), '2026-09-01', '2026-12-31')).toEqual([
      '2026-09-07',
      '2026-10-05',
      '2026-11-02',
      '2026-12-07',
    ])
  })

  it('meets on the last weekday, the fifth where a month has one and the fourth where not', () => {
    expect(seriesDates(monthly(5, -1), '2026-01-01', '2026-06-30')).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
      '2026-04-24',
      '2026-05-29',
      '2026-06-26',
    ])
    expect(seriesDates(monthly(2, -1), '2028-02-01', '2028-02-29')).toEqual(['2028-02-29'])
    expect(seriesDates(monthly(4, -1), '2028-02-01', '2028-02-29')).toEqual(['2028-02-24'])
  })

  it('has the fourth weekday in every month, February of a common year included', () => {
    const dates = seriesDates(monthly(7, 4), '2027-01-01', '2027-12-31')
    expect(dates).toHaveLength(12)
    expect(dates[1]).toBe('2027-02-28')
  })

  it('counts a slot only inside the range and after the series’ start', () => {
    const series = { ...monthly(2, 2), startDate: '2026-03-11' }
    expect(seriesDates(series, '2026-01-14', '2026-05-11')).toEqual(['2026-04-14'])
    expect(seriesDates(series, '2026-01-01', '2026-05-12')).toEqual(['2026-04-14', '2026-05-12'])
  })

  it('refuses a monthly series that does not say which weekday of the month', () => {
    expect(() => seriesDates(monthly(2, 2), '2026-01-01', '2026-01-31')).not.toThrow()
    expect(() => seriesDates({ ...monthly(2, 2), nth: null }, '2026-01-01', '2026-01-31')).toThrow(
      expect.objectContaining({ code: 'meeting.nthNeeded' }),
    )
  })
})
