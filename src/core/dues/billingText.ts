import type { Locale } from '../../api/club.ts'
import { clubYearOf } from '../../api/clubYear.ts'
import { shortDate } from '../pdf/dates.ts'
import type { Span } from './periods.ts'

const words = {
  de: { dues: 'Mitgliedsbeitrag', admission: 'Aufnahmegebühr' },
  en: { dues: 'Membership dues', admission: 'Admission fee' },
} as const

/**
 * What a dues charge says it is for: `Mitgliedsbeitrag 2026/27` for a whole club year,
 * otherwise the slice's days, `Mitgliedsbeitrag 01.07.2026–30.09.2026`.
 */
export function duesDescription(slice: Span, yearStartMonth: number, locale: Locale): string {
  const year = clubYearOf(slice.start, yearStartMonth)
  const what =
    year.start === slice.start && year.end === slice.end
      ? year.label
      : `${shortDate(slice.start, locale)}–${shortDate(slice.end, locale)}`
  return `${words[locale].dues} ${what}`
}

export function admissionDescription(locale: Locale): string {
  return words[locale].admission
}
