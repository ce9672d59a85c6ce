import { todayIso } from '../../format.ts'

const pad = (n: number) => String(n).padStart(2, '0')

/** The key of the club year that starts in `first`: `2026/27` across New Year, else `2026`. */
function clubYearKey(first: number, startMonth: number): string {
  return startMonth === 1 ? String(first) : `${first}/${String(first + 1).slice(2)}`
}

/**
 * The periods a treasurer bills most: this club year and the next, this month and the next.
 * The first is the one to preselect.
 */
export function suggestedPeriods(startMonth: number, today: string = todayIso()): string[] {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  const first = month >= startMonth ? year : year - 1
  const nextMonth = month === 12 ? `${year + 1}-01` : `${year}-${pad(month + 1)}`
  return [
    clubYearKey(first, startMonth),
    clubYearKey(first + 1, startMonth),
    `${year}-${pad(month)}`,
    nextMonth,
  ]
}
