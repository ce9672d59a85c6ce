import type { ConsentKind, MemberKind, MemberStatus } from '../../api/members.ts'
import type { MemberRow } from '../db/schema.ts'
import { displayName } from '../members/displayName.ts'
import { addressColumns } from '../members/memberDataColumns.ts'

/** A postal address as printed: street and town lines, the country only when it is abroad. */
export interface PrintedAddress {
  readonly lines: readonly string[]
  /** The country's name in the document's language; null at home (the club's country). */
  readonly country: string | null
}

const noAddress: PrintedAddress = { lines: [], country: null }

/** `Hauptstr. 5, 10115 Berlin, Österreich`: the address on one line. */
export function addressText(address: PrintedAddress): string {
  return [...address.lines, ...(address.country === null ? [] : [address.country])].join(', ')
}

/**
 * One member as the directory may print them: every field here is publishable. This is the
 * only way member data reaches a printed document, so consent is applied in one place.
 */
export interface DirectoryEntry {
  readonly id: number
  readonly kind: MemberKind
  readonly status: MemberStatus
  /** `Dr. Anna Müller`; the firm's name for an organisation. */
  readonly name: string
  /** The key the A–Z part sorts by: DIN 5007-2 in German, plain in English. */
  readonly sortKey: string
  /** The A–Z part's letter: `Ä` files under A, digits and the rest under `#`. */
  readonly letter: string
  readonly classification: string | null
  /** The name of the member's first sector in the book's language. */
  readonly sector: string | null
  readonly company: string | null
  readonly position: string | null
  readonly businessAddress: PrintedAddress
  readonly phoneBusiness: string | null
  readonly phoneMobile: string | null
  readonly emailBusiness: string | null
  readonly website: string | null
  readonly privateAddress: PrintedAddress
  readonly phonePrivate: string | null
  readonly emailPrivate: string | null
  readonly birthday: string | null
  readonly partner: string | null
  /** Whether the member's photo may be printed (and there is one). */
  readonly photo: boolean
  readonly memberSince: string | null
  readonly sectorId: number | null
}

/** The member columns an entry is made from; nothing else is read. */
export const entryColumns = [
  'id',
  'kind',
  'status',
  'title',
  'first_name',
  'last_name',
  'name_affix',
  'organisation_name',
  'company',
  'position',
  'classification',
  'sector_id',
  'email_business',
  'email_private',
  'phone_business',
  'phone_mobile',
  'phone_private',
  'website',
  ...addressColumns,
  'birthday',
  'partner_name',
  'join_date',
  'sort_key_de',
  'sort_key_en',
] as const satisfies readonly (keyof MemberRow)[]

export type EntryRow = Pick<MemberRow, (typeof entryColumns)[number]> & {
  readonly has_photo: number
}

const countryNames = {
  de: new Intl.DisplayNames(['de-DE'], { type: 'region' }),
  en: new Intl.DisplayNames(['en-GB'], { type: 'region' }),
}

function countryName(code: string, locale: 'de' | 'en'): string {
  try {
    return countryNames[locale].of(code) ?? code
  } catch {
    // Not a region code (free text from an import): printed as it was entered.
    return code
  }
}

function printedAddress(
  parts: readonly [string | null, string | null, string | null, string | null, string | null],
  homeCountry: string,
  locale: 'de' | 'en',
): PrintedAddress {
  const [street, houseNumber, postcode, town, country] = parts
  const lines = [
    [street, houseNumber].filter(Boolean).join(' '),
    [postcode, town].filter(Boolean).join(' '),
  ].filter((line) => line !== '')
  if (lines.length === 0) return noAddress
  const abroad = country !== null && country !== '' && country !== homeCountry
  return { lines, country: abroad ? countryName(country, locale) : null }
}

function letterOf(sortKey: string): string {
  const first = sortKey.charAt(0).toUpperCase()
  return /^[A-Z]$/.test(first) ? first : '#'
}

/**
 * The entry of a member who agreed to be listed: business data always, private data only
 * with the consent for its kind. Whether the member is listed at all is the caller's check.
 */
export function publishedEntry(
  row: EntryRow,
  granted: ReadonlySet<ConsentKind>,
  locale: 'de' | 'en',
  homeCountry: string,
  sectorName: (id: number) => string | null,
): DirectoryEntry {
  const may = (kind: ConsentKind) => granted.has(kind)
  const person = row.kind === 'person'
  const sortKey = locale === 'de' ? row.sort_key_de : row.sort_key_en
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    name: displayName(row),
    sortKey,
    letter: letterOf(sortKey),
    classification: row.classification,
    sector: row.sector_id === null ? null : sectorName(row.sector_id),
    company: person ? row.company : null,
    position: row.position,
    businessAddress: printedAddress(
      [
        row.business_street,
        row.business_house_number,
        row.business_postcode,
        row.business_town,
        row.business_country,
      ],
      homeCountry,
      locale,
    ),
    phoneBusiness: row.phone_business,
    phoneMobile: row.phone_mobile,
    emailBusiness: row.email_business,
    website: row.website,
    privateAddress:
      person && may('private_address')
        ? printedAddress(
            [
              row.private_street,
              row.private_house_number,
              row.private_postcode,
              row.private_town,
              row.private_country,
            ],
            homeCountry,
            locale,
          )
        : noAddress,
    phonePrivate: person && may('private_phone') ? row.phone_private : null,
    emailPrivate: person && may('private_email') ? row.email_private : null,
    birthday: person && may('birthday') ? row.birthday : null,
    partner: person && may('partner') ? row.partner_name : null,
    photo: row.has_photo === 1 && may('photo'),
    memberSince: row.join_date,
    sectorId: row.sector_id,
  }
}
