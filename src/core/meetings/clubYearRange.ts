import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { DateRange } from '../../api/meetings.ts'
import { clubYearOf } from '../../api/clubYear.ts'
import type { Database } from '../db/schema.ts'

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The days of a club year named as people write it: `2026/27` for a year across New Year
 * (Rotary: 1 July 2026 – 30 June 2027), `2026` for the year that begins in 2026 — which for a
 * club whose year is the calendar year is the only way to write it.
 */
export async function clubYearRange(db: Kysely<Database>, label: string): Promise<DateRange> {
  const club = await db.selectFrom('club').select('year_start_month').executeTakeFirstOrThrow()
  const startMonth = club.year_start_month
  const match = /^(\d{4})(?:\/(\d{2}))?$/.exec(label.trim())
  const first = Number(match?.[1])
  const second = match?.[2]
  const fits =
    match !== null &&
    first >= 1900 &&
    first < 3000 &&
    (second === undefined || (startMonth !== 1 && second === pad((first + 1) % 100)))
  if (!fits) throw new KreisError('input.invalid', { field: 'clubYear', reason: 'format' })
  const year = clubYearOf(`${first}-${pad(startMonth)}-01`, startMonth)
  return { from: year.start, to: year.end }
}
