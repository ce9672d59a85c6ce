import type { Kysely } from 'kysely'
import type { Currency, Locale } from '../../api/club.ts'
import type { Database } from '../db/schema.ts'

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
