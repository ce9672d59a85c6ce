import type { Kysely } from 'kysely'
import type { ClubKind, Currency, Locale } from '../../../api/club.ts'
import type { Database } from '../../db/schema.ts'

/** What a meeting document prints of the club: its name, logo, language and currency. */
export interface DocumentClub {
  readonly name: string
  readonly kind: ClubKind
  readonly locale: Locale
  readonly currency: Currency
  /** A PNG or JPEG logo as a data URL; pdfmake embeds nothing else, so other kinds are left off. */
  readonly logo: string | null
}

export async function documentClub(db: Kysely<Database>): Promise<DocumentClub> {
  const club = await db
    .selectFrom('club')
    .select(['name', 'kind', 'locale', 'currency', 'logo', 'logo_mime'])
    .executeTakeFirstOrThrow()
  const printable = club.logo_mime === 'image/png' || club.logo_mime === 'image/jpeg'
  return {
    name: club.name,
    kind: club.kind,
    locale: club.locale,
    currency: club.currency,
    logo:
      club.logo === null || !printable
        ? null
        : `data:${club.logo_mime};base64,${Buffer.from(club.logo).toString('base64')}`,
  }
}
