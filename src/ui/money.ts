import type { Locale } from '../api/club.ts'
import { formatCents, maxCents } from '../api/money.ts'

/** `12050` → `120,50 €` in German, `€120.50` in English. */
export function formatMoney(cents: number, locale: Locale): string {
  return formatCents(cents, locale, 'EUR')
}

/** `12050` → `120,50` (de) or `120.50` (en): what an amount field shows for editing. */
export function formatAmount(cents: number, locale: Locale): string {
  const whole = String(Math.trunc(Math.abs(cents) / 100))
  const part = String(Math.abs(cents) % 100).padStart(2, '0')
  return `${cents < 0 ? '-' : ''}${whole}${locale === 'de' ? ',' : '.'}${part}`
}

const separators: Record<Locale, { decimal: string; group: string }> = {
  de: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
}

/**
 * A typed amount as integer cents, or null when it is not one. German takes `120,50` and
 * `1.200,50`, English `120.50` and `1,200.50`; a lone other separator before one or two digits
 * (`120.50` typed in German) is read as the decimal point, as pasted amounts often are. The
 * text is split as digits, never through a float, so no cent is ever lost.
 */
export function parseMoney(text: string, locale: Locale): number | null {
  const compact = text.replace(/\s|€|EUR/gi, '')
  if (compact === '') return null
  let { decimal, group } = separators[locale]
  if (!compact.includes(decimal) && new RegExp(`^\\d+\\${group}\\d{1,2}$`).test(compact)) {
    ;[decimal, group] = [group, decimal]
  }
  const parts = compact.split(decimal)
  if (parts.length > 2) return null
  const [whole = '', fraction = ''] = parts
  const grouped = new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`)
  if (!/^\d+$/.test(whole) && !grouped.test(whole)) return null
  if (parts.length === 2 && !/^\d{1,2}$/.test(fraction)) return null
  const cents = Number(whole.split(group).join('')) * 100 + Number(fraction.padEnd(2, '0'))
  return cents <= maxCents ? cents : null
}
