import type { KreisErrorData } from './errors.ts'
import * as v from 'valibot'
import { bicProblem, ibanProblem, normaliseBic, normaliseIban } from './iban.ts'

export const clubKinds = [
  'rotary',
  'lions',
  'bni',
  'business_club',
  'chamber',
  'association',
] as const
export type ClubKind = (typeof clubKinds)[number]

export const locales = ['de', 'en'] as const
export type Locale = (typeof locales)[number]

export const currencies = ['EUR', 'CHF', 'GBP', 'USD'] as const
export type Currency = (typeof currencies)[number]

/** Rotary and Lions years start on 1 July; everyone else starts in January unless they say so. */
export function defaultYearStartMonth(kind: ClubKind): number {
  return kind === 'rotary' || kind === 'lions' ? 7 : 1
}

const trimmed = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max))

export const ClubNameSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120))

export const AddressSchema = v.strictObject({
  street: trimmed(120),
  houseNumber: trimmed(20),
  postcode: trimmed(12),
  town: trimmed(80),
  country: v.pipe(v.string(), v.trim(), v.regex(/^[A-Z]{2}$/)),
})
export type Address = v.InferOutput<typeof AddressSchema>

/** Stored without spaces; the raw length allows the grouped form (34 characters + spaces). */
export const IbanSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(50),
  v.transform(normaliseIban),
  v.check((iban) => ibanProblem(iban) === null, 'iban'),
)

export const BicSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(20),
  v.transform(normaliseBic),
  // Format only; whether an empty BIC is enough depends on the IBAN, checked on the whole.
  v.check((bic) => bicProblem(bic, '') === null, 'bic'),
)

export const ClubProfileInputSchema = v.pipe(
  v.strictObject({
    name: ClubNameSchema,
    kind: v.picklist(clubKinds),
    address: AddressSchema,
    meetingPlace: trimmed(200),
    locale: v.picklist(locales),
    currency: v.picklist(currencies),
    yearStartMonth: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)),
    /** The club's own account, e.g. for dues; all three empty means none is on file. */
    bankName: trimmed(120),
    iban: IbanSchema,
    bic: BicSchema,
  }),
  v.forward(
    v.check((profile) => bicProblem(profile.bic, profile.iban) === null, 'bicNeeded'),
    ['bic'],
  ),
)
export type ClubProfileInput = v.InferOutput<typeof ClubProfileInputSchema>

export interface ClubProfile extends ClubProfileInput {
  /** `data:` URL of the downscaled logo, or null. */
  readonly logo: string | null
  readonly createdAt: string
  readonly updatedAt: string
}

export interface ClubCounts {
  readonly members: number
  readonly activeMembers: number
}

export interface ClubSummary {
  readonly path: string
  readonly name: string
  readonly kind: ClubKind
  readonly locale: Locale
  readonly schemaVersion: number
  /** Set when this open migrated the file; the backup sits at `backupPath`. */
  readonly migratedFrom: number | null
  readonly backupPath: string | null
}

export interface RecentClub {
  readonly path: string
  readonly name: string
  readonly openedAt: string
}

export interface AppState {
  readonly version: string
  readonly systemLocale: Locale
  /** The language the UI speaks while no club is open. */
  readonly welcomeLocale: Locale
  readonly club: ClubSummary | null
  readonly recent: readonly RecentClub[]
  /** Why the club open at the last exit could not be reopened at start, if it could not. */
  readonly startupError: KreisErrorData | null
}

/** A logo travels as a data URL the renderer has already downscaled. */
export const maxLogoBytes = 512 * 1024
export const LogoInputSchema = v.strictObject({
  dataUrl: v.nullable(
    v.pipe(v.string(), v.maxLength(Math.ceil((maxLogoBytes * 4) / 3) + 64), v.startsWith('data:')),
  ),
})
