import type { Kysely } from 'kysely'
import type { Currency, Locale } from '../../api/club.ts'
import type { Database } from '../db/schema.ts'
import { displayName } from '../members/displayName.ts'

/** The sender of a letter: letterhead, footer and who signs. */
export interface LetterClub {
  readonly name: string
  /** `Hauptstr. 1`, `12345 Teststadt`; empty lines left out. */
  readonly address: readonly string[]
  /** ISO country code of the club's seat: addresses there print no country line. */
  readonly country: string
  readonly locale: Locale
  readonly currency: Currency
  readonly logo: { readonly mime: string; readonly bytes: Uint8Array } | null
  readonly bankName: string
  readonly iban: string
  readonly bic: string
  readonly creditorId: string
  /** The account holder on a transfer; the creditor name when one is set. */
  readonly accountHolder: string
  /** The treasurer in office on the letter's date, who signs. */
  readonly signer: { readonly name: string; readonly role: string } | null
}

/** The club as the sender of letters dated `date`. */
export async function letterClub(db: Kysely<Database>, date: string): Promise<LetterClub> {
  const club = await db.selectFrom('club').selectAll().where('id', '=', 1).executeTakeFirstOrThrow()
  const locale = club.locale
  return {
    name: club.name,
    address: [
      [club.street, club.house_number].filter((part) => part !== '').join(' '),
      [club.postcode, club.town].filter((part) => part !== '').join(' '),
    ].filter((line) => line !== ''),
    country: club.country,
    locale,
    currency: club.currency,
    logo:
      club.logo === null || club.logo_mime === null
        ? null
        : { mime: club.logo_mime, bytes: club.logo },
    bankName: club.bank_name,
    iban: club.iban,
    bic: club.bic,
    creditorId: club.creditor_id,
    accountHolder: club.creditor_name === '' ? club.name : club.creditor_name,
    signer: await treasurer(db, date, locale),
  }
}

async function treasurer(
  db: Kysely<Database>,
  date: string,
  locale: Locale,
): Promise<LetterClub['signer']> {
  const row = await db
    .selectFrom('office as o')
    .innerJoin('role as r', 'r.id', 'o.role_id')
    .innerJoin('member as m', 'm.id', 'o.member_id')
    .select([
      'r.name_de',
      'r.name_en',
      'm.kind',
      'm.salutation',
      'm.title',
      'm.first_name',
      'm.last_name',
      'm.name_affix',
      'm.organisation_name',
    ])
    .where('r.key', '=', 'treasurer')
    .where('o.start_date', '<=', date)
    .where((eb) => eb.or([eb('o.end_date', 'is', null), eb('o.end_date', '>=', date)]))
    .orderBy('o.start_date', 'desc')
    .executeTakeFirst()
  if (row === undefined) return null
  return { name: displayName(row), role: roleWord(row, locale) }
}

/** `Schatzmeister/in` is how the role list reads; a signature names the one person. */
function roleWord(
  row: { name_de: string; name_en: string; salutation: string | null },
  locale: Locale,
): string {
  if (locale === 'en') return row.name_en
  const [male, female] = row.name_de.split('/in')
  if (female === undefined || male === undefined) return row.name_de
  return row.salutation?.trim().toLowerCase() === 'frau' ? `${male}in${female}` : `${male}${female}`
}
