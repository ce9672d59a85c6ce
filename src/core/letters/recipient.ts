import type { Locale } from '../../api/club.ts'
import type { MemberRow } from '../db/schema.ts'
import { displayName } from '../members/displayName.ts'
import { fill } from '../pdf/fill.ts'
import { letterText } from './letterText.ts'
import { addressColumns } from '../members/memberDataColumns.ts'

/** What a letter needs to know of its member: name, salutation and both addresses. */
export const recipientColumns = [
  'id',
  'member_number',
  'kind',
  'salutation',
  'title',
  'first_name',
  'last_name',
  'name_affix',
  'organisation_name',
  'company',
  ...addressColumns,
] as const satisfies readonly (keyof MemberRow)[]

export type RecipientRow = Pick<MemberRow, (typeof recipientColumns)[number]>

export interface Recipient {
  /** The lines of the window-envelope field, at most six. */
  readonly address: readonly string[]
  /** `Sehr geehrte Frau Dr. Müller,` */
  readonly greeting: string
  /** A street and a town to send the letter to. */
  readonly hasAddress: boolean
}

/** A window line holds about this many characters; longer ones are cut, visibly. */
export const addressLineMax = 44

/** One line of text from the database: line breaks and control characters become spaces. */
export function oneLine(text: string, max = 160): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim()
  const characters = Array.from(flat)
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : flat
}

const given = (value: string | null): value is string => value !== null && value.trim() !== ''

const countryNames = {
  de: new Intl.DisplayNames(['de-DE'], { type: 'region' }),
  en: new Intl.DisplayNames(['en-GB'], { type: 'region' }),
}

/** The destination country as the post wants it: written out, in capitals, on the last line. */
function countryLine(code: string, locale: Locale): string {
  let name = code
  try {
    name = countryNames[locale].of(code.toUpperCase()) ?? code
  } catch {
    // Free text from an import rather than a region code: printed as it was entered.
  }
  return name.toLocaleUpperCase(locale === 'de' ? 'de-DE' : 'en-GB')
}

type Parts = readonly [string | null, string | null, string | null, string | null, string | null]

function postal(parts: Parts, homeCountry: string, locale: Locale): string[] | null {
  const [street, houseNumber, postcode, town, country] = parts
  if (!given(street) || (!given(postcode) && !given(town))) return null
  const lines = [
    [street, houseNumber].filter(given).join(' '),
    [postcode, town].filter(given).join(' '),
  ]
  if (given(country) && country.trim().toUpperCase() !== homeCountry.toUpperCase()) {
    lines.push(countryLine(country.trim(), locale))
  }
  return lines
}

/** `Herrn` in a German address, `Mr` in an English one; other salutations as entered. */
function addressSalutation(salutation: string, locale: Locale): string {
  const word = salutation.trim()
  const lower = word.toLowerCase()
  if (lower === 'herr' || lower === 'herrn' || lower === 'mr' || lower === 'mr.') {
    return locale === 'de' ? 'Herrn' : 'Mr'
  }
  if (
    lower === 'frau' ||
    lower === 'ms' ||
    lower === 'ms.' ||
    lower === 'mrs' ||
    lower === 'mrs.'
  ) {
    return locale === 'de' ? 'Frau' : lower.startsWith('mrs') ? 'Mrs' : 'Ms'
  }
  return word
}

/** `Prof. Dr.` reads `Prof Dr` in English, which drops the full stops of abbreviations. */
function englishTitleOf(title: string): string {
  return title.replace(/\.(?=\s|$)/g, '')
}

/**
 * The part of a title a salutation uses: only professor and doctor, each doctorate as `Dr.`
 * (`Prof. Dr.-Ing. habil.` → `Prof. Dr.`); a diploma such as `Dipl.-Ing.` belongs on the
 * envelope, never in `Sehr geehrter Herr …`.
 */
export function salutationTitle(title: string): string {
  const words: string[] = []
  // `Prof.Dr.` is written without a space as often as with one.
  for (const word of title.trim().split(/\s+|(?<=\.)(?=\p{Lu})/u)) {
    if (/^prof(\.|essor\b|$)/i.test(word)) words.push('Prof.')
    else if (/^dr(\.|-|$)/i.test(word)) words.push('Dr.')
  }
  return words.join(' ')
}

function greetingOf(row: RecipientRow, locale: Locale): string {
  const t = letterText[locale]
  if (row.kind === 'organisation') return t.greetingOrganisation
  const lower = (row.salutation ?? '').trim().toLowerCase().replace(/\.$/, '')
  const spoken = salutationTitle(row.title ?? '')
  const title = locale === 'en' ? englishTitleOf(spoken) : spoken
  const surname = [title, row.last_name].filter(given).join(' ')
  if (given(row.last_name)) {
    // English puts a title in place of Mr or Ms: `Dear Dr Muster`.
    if (locale === 'en' && title !== '') {
      return fill(t.greetingPerson, { name: oneLine(surname, 80) })
    }
    if (lower === 'herr' || lower === 'herrn' || lower === 'mr') {
      return fill(t.greetingMr, { name: oneLine(surname, 80) })
    }
    if (lower === 'frau' || lower === 'ms' || lower === 'mrs') {
      return fill(t.greetingMs, { name: oneLine(surname, 80) })
    }
  }
  return fill(t.greetingPerson, { name: oneLine(displayName({ ...row, title }), 80) })
}

/**
 * The member as a letter addresses them: a person at home (at work when no private address
 * is known, then with the firm's name), an organisation at its business address.
 */
export function recipientOf(row: RecipientRow, homeCountry: string, locale: Locale): Recipient {
  const line = (text: string) => oneLine(text, addressLineMax)
  const business = postal(
    [
      row.business_street,
      row.business_house_number,
      row.business_postcode,
      row.business_town,
      row.business_country,
    ],
    homeCountry,
    locale,
  )
  const names: string[] = []
  let postalLines: string[] | null
  if (row.kind === 'organisation') {
    names.push(line(row.organisation_name ?? ''))
    postalLines = business
  } else {
    const home = postal(
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
    postalLines = home ?? business
    // English writes `Dr Max Muster` without Mr or Ms, and without the full stop.
    const englishTitle = locale === 'en' && given(row.title) ? englishTitleOf(row.title) : null
    const salutation =
      given(row.salutation) && englishTitle === null
        ? addressSalutation(row.salutation, locale)
        : ''
    const name = displayName(englishTitle === null ? row : { ...row, title: englishTitle })
    // German letters set `Herrn` on a line of its own; English ones write `Mr Max Muster`.
    if (salutation !== '' && locale === 'de') names.push(line(salutation), line(name))
    else names.push(line([salutation, name].filter((part) => part !== '').join(' ')))
    if (home === null && business !== null && given(row.company)) names.push(line(row.company))
  }
  // At most three name lines and three postal lines: the six the window holds.
  const lines = [...names, ...(postalLines ?? []).map(line)]
  return {
    address: lines.filter((text) => text !== ''),
    greeting: greetingOf(row, locale),
    hasAddress: postalLines !== null,
  }
}
