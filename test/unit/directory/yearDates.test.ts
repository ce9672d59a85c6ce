import { describe, expect, it } from 'vitest'
import type { DirectoryEntry } from '../../../src/core/directory/directoryEntry.ts'
import { clubYearOf } from '../../../src/api/clubYear.ts'
import {
  anniversariesOf,
  birthdaysOf,
  calendarYear,
} from '../../../src/core/directory/yearDates.ts'

const nowhere = { lines: [], country: null }

function entry(id: number, birthday: string | null, memberSince: string | null): DirectoryEntry {
  return {
    id,
    kind: 'person',
    status: 'active',
    name: `Mitglied ${id}`,
    sortKey: `mitglied ${id}`,
    letter: 'M',
    classification: null,
    sector: null,
    company: null,
    position: null,
    businessAddress: nowhere,
    phoneBusiness: null,
    phoneMobile: null,
    emailBusiness: null,
    website: null,
    privateAddress: nowhere,
    phonePrivate: null,
    emailPrivate: null,
    birthday,
    partner: null,
    photo: false,
    memberSince,
    sectorId: null,
  }
}

describe('days of a year', () => {
  it('follows the club year across New Year, with the age reached in that year', () => {
    const rotaryYear = clubYearOf('2026-11-21', 7)
    expect(rotaryYear).toEqual({ start: '2026-07-01', end: '2027-06-30', label: '2026/27' })
    const lines = birthdaysOf(
      [entry(1, '1977-03-04', null), entry(2, '1966-09-30', null), entry(3, '1980-06-30', null)],
      rotaryYear,
    )
    expect(lines.map((line) => [line.memberId, line.date, line.count])).toEqual([
      [2, '2026-09-30', 60],
      [1, '2027-03-04', 50],
      [3, '2027-06-30', null],
    ])
  })

  it('puts 29 February on the 28th in other years and skips the not yet born', () => {
    const lines = birthdaysOf(
      [entry(1, '1964-02-29', null), entry(2, '2027-01-01', null)],
      calendarYear(2026),
    )
    expect(lines.map((line) => line.date)).toEqual(['2026-02-28'])
  })

  it('counts membership anniversaries in fives', () => {
    const lines = anniversariesOf(
      [entry(1, null, '2016-05-01'), entry(2, null, '2019-05-01'), entry(3, null, '2001-10-01')],
      calendarYear(2026),
    )
    expect(lines.map((line) => [line.memberId, line.count])).toEqual([
      [1, 10],
      [3, 25],
    ])
  })
})
