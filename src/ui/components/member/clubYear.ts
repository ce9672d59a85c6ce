import { todayIso } from '../../format.ts'

/**
 * The club year around `today` (Rotary: 1 July – 30 June): officers usually take office for
 * exactly this term, so it is what a new office proposes.
 */
export function clubYear(
  startMonth: number,
  today: string = todayIso(),
): { start: string; end: string } {
  const [year, month] = today.split('-').map(Number) as [number, number]
  const startYear = month >= startMonth ? year : year - 1
  const pad = (n: number) => String(n).padStart(2, '0')
  const start = `${startYear}-${pad(startMonth)}-01`
  const endDate = new Date(Date.UTC(startYear + 1, startMonth - 1, 0))
  const end = `${endDate.getUTCFullYear()}-${pad(endDate.getUTCMonth() + 1)}-${pad(endDate.getUTCDate())}`
  return { start, end }
}
