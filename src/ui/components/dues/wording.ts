import type { Locale } from '../../../api/club.ts'
import type { BillingLine, FeeSchedule } from '../../../api/dues.ts'
import { formatDate } from '../../format.ts'
import { formatMoney } from '../../money.ts'

export type Translate = (key: string, params?: Record<string, unknown>) => string

/** A fee schedule in one line, as a treasurer would say it: `120,00 € jährlich · …`. */
export function scheduleText(schedule: FeeSchedule, locale: Locale, t: Translate): string {
  if (schedule.exempt) return t('dues.fees.exemptSummary')
  const parts = [
    t('dues.fees.amountPer', {
      amount: formatMoney(schedule.amountCents, locale),
      interval: t(`dues.intervals.${schedule.interval}`),
    }),
    t(`dues.prorate.${schedule.prorate}`),
  ]
  if (schedule.admissionFeeCents > 0)
    parts.push(
      t('dues.fees.admissionSummary', { amount: formatMoney(schedule.admissionFeeCents, locale) }),
    )
  parts.push(t('dues.fees.dueSummary', { days: schedule.dueDays }))
  return parts.join(' · ')
}

/**
 * How a billed amount came about, in words: `anteilig 4 von 12 Monaten (ab 05.09.2026) von
 * 120,00 €`. The part of the slice is named by the end that was cut off.
 */
export function computationText(line: BillingLine, locale: Locale, t: Translate): string {
  const c = line.computation
  if (c.rule === 'full') return t('dues.computation.full')
  if (c.rule === 'individual') return t('dues.computation.individual')
  if (c.rule === 'admission') return t('dues.computation.admission')
  const from = formatDate(c.from, locale)
  const to = formatDate(c.to, locale)
  const cutStart = c.from > line.periodStart
  const cutEnd = c.to < line.periodEnd
  const range =
    cutStart && cutEnd
      ? t('dues.computation.between', { from, to })
      : cutEnd
        ? t('dues.computation.until', { to })
        : t('dues.computation.from', { from })
  return t(`dues.computation.${c.rule}`, {
    units: c.units.toLocaleString(locale),
    of: c.ofUnits.toLocaleString(locale),
    range,
    full: formatMoney(c.fullCents, locale),
  })
}

/** `01.07.2026 – 30.06.2027` */
export function rangeText(from: string, to: string, locale: Locale): string {
  return `${formatDate(from, locale)} – ${formatDate(to, locale)}`
}
