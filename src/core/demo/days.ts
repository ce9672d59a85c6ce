/**
 * A calendar day as days since 1970-01-01. Plain integer arithmetic (Howard Hinnant's civil
 * calendar algorithms) because `Date` objects made up most of the time for 100,000 members.
 */
export type Day = number

interface Civil {
  readonly year: number
  readonly month: number
  readonly day: number
}

function fromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

function toCivil(value: Day): Civil {
  const z = value + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  )
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153)
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

export function parseDay(iso: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  const day = match && fromCivil(Number(match[1]), Number(match[2]), Number(match[3]))
  // 2026-02-30 would silently become 2 March; a round trip refuses it.
  if (day === null || formatDay(day) !== iso) throw new RangeError(`not an ISO date: ${iso}`)
  return day
}

export function formatDay(value: Day): string {
  const { year, month, day } = toCivil(value)
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
}

/** 29 February moves to 1 March in a year without it. */
export function addYears(value: Day, years: number): Day {
  const { year, month, day } = toCivil(value)
  return fromCivil(year + years, month, day)
}
