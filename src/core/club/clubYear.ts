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

/** The club year `today` (ISO day) falls in, for a club whose year starts in `startMonth`. */
export function clubYearOf(today: string, startMonth: number): ClubYear {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  const first = month >= startMonth ? year : year - 1
  if (startMonth === 1) return { start: `${first}-01-01`, end: `${first}-12-31`, label: `${first}` }
  const endMonth = startMonth - 1
  const endDay = new Date(Date.UTC(first + 1, endMonth, 0)).getUTCDate()
  return {
    start: `${first}-${pad(startMonth)}-01`,
    end: `${first + 1}-${pad(endMonth)}-${pad(endDay)}`,
    label: `${first}/${String(first + 1).slice(2)}`,
  }
}
