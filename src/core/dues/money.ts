import type { Kysely } from 'kysely'
import type { Currency, Locale } from '../../api/club.ts'
import type { Database } from '../db/schema.ts'

const formats = new Map<string, Intl.NumberFormat>()

/** `1.234,50 €` in German, `€1,234.50` in English. */
export function formatCents(cents: number, locale: Locale, currency: Currency): string {
  const key = `${locale}|${currency}`
  let format = formats.get(key)
  if (format === undefined) {
    format = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
      style: 'currency',
      currency,
    })
    formats.set(key, format)
  }
  return format.format(cents / 100)
}

export interface ClubMoney {
  readonly locale: Locale
  readonly currency: Currency
}

/** The club's language and currency, for amounts in messages and documents. */
export async function clubMoney(db: Kysely<Database>): Promise<ClubMoney> {
  const club = await db
    .selectFrom('club')
    .select(['locale', 'currency'])
    .where('id', '=', 1)
    .executeTakeFirst()
  return { locale: club?.locale ?? 'de', currency: club?.currency ?? 'EUR' }
}

/**
 * An amount as typed, `120`, `120,50` or `120.50`, in cents; null when it is not one. Thousands
 * separators are refused: `1.234` could be either, and a wrong payment is worse than a retry.
 */
export function parseAmount(text: string): number | null {
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(text.trim())
  if (match === null) return null
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
}
