export interface ClubYear {
  /** First and last day, ISO. */
  readonly start: string
  readonly end: string
  /** `2026/27` for a year across New Year (Rotary: 1 July – 30 June), else `2026`. */
  readonly label: string
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The ISO day `days` after `iso`. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** `iso` plus whole months; the day is held to the month's last (31 January + 1 → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const year = Number(iso.slice(0, 4))
  const month = Number(iso.slice(5, 7)) - 1 + months
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const day = Math.min(Number(iso.slice(8, 10)), lastDay)
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10)
}

/** The club year that begins in `startMonth` of `startYear`. */
export function clubYearFrom(startYear: number, startMonth: number): ClubYear {
  if (startMonth === 1) {
    return { start: `${startYear}-01-01`, end: `${startYear}-12-31`, label: `${startYear}` }
  }
  const endMonth = startMonth - 1
  const endDay = new Date(Date.UTC(startYear + 1, endMonth, 0)).getUTCDate()
  return {
    start: `${startYear}-${pad(startMonth)}-01`,
    end: `${startYear + 1}-${pad(endMonth)}-${pad(endDay)}`,
    label: `${startYear}/${String(startYear + 1).slice(2)}`,
  }
}

/** The club year `today` (ISO day) falls in, for a club whose year starts in `startMonth`. */
export function clubYearOf(today: string, startMonth: number): ClubYear {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  return clubYearFrom(month >= startMonth ? year : year - 1, startMonth)
}
