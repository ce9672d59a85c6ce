import * as v from 'valibot'

export const memberKinds = ['person', 'organisation'] as const
export type MemberKind = (typeof memberKinds)[number]

export const memberStatuses = ['prospect', 'active', 'honorary', 'on_leave', 'former'] as const
export type MemberStatus = (typeof memberStatuses)[number]

export const leaveReasons = ['resigned', 'deceased', 'excluded', 'transferred'] as const
export type LeaveReason = (typeof leaveReasons)[number]

export const organisationRoles = ['employee', 'contact'] as const
export type OrganisationRole = (typeof organisationRoles)[number]

export const consentKinds = [
  'directory',
  'photo',
  'private_address',
  'private_phone',
  'private_email',
  'birthday',
  'partner',
] as const
export type ConsentKind = (typeof consentKinds)[number]

/** Status changes are actions with a date, never a bare dropdown. */
export const statusActions = [
  'admit',
  'grantLeave',
  'endLeave',
  'makeHonorary',
  'resign',
  'decease',
  'exclude',
  'transfer',
  'rejoin',
] as const
export type StatusAction = (typeof statusActions)[number]

const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max))

/** ISO `YYYY-MM-DD` that is a real calendar day, or empty. */
export const OptionalDateSchema = v.pipe(
  v.string(),
  v.trim(),
  v.check((value) => value === '' || isIsoDate(value), 'date'),
)
export const DateSchema = v.pipe(
  v.string(),
  v.trim(),
  v.check((value) => isIsoDate(value), 'date'),
)

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (match === null) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

// Deliberately permissive: one @, no spaces, a dot in the domain. Mail servers decide the rest.
export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const EmailSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(254),
  v.check((value) => value === '' || emailPattern.test(value), 'email'),
)

export const phonePattern = /^\+?[0-9 ()/.-]{3,30}$/
const PhoneSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(40),
  v.check(
    (value) => value === '' || (phonePattern.test(value) && /\d{3}/.test(value.replace(/\D/g, ''))),
    'phone',
  ),
)

/** Postcodes are checked where their shape is fixed: Germany 5 digits, Austria and Switzerland 4. */
export function isValidPostcode(country: string, postcode: string): boolean {
  if (postcode === '') return true
  if (country === 'DE') return /^\d{5}$/.test(postcode)
  if (country === 'AT' || country === 'CH' || country === 'LI') return /^\d{4}$/.test(postcode)
  return postcode.length <= 12
}

export const PostalAddressSchema = v.pipe(
  v.object({
    street: text(120),
    houseNumber: text(20),
    postcode: text(12),
    town: text(80),
    country: v.pipe(v.string(), v.trim(), v.regex(/^([A-Z]{2})?$/)),
  }),
  v.forward(
    v.check((a) => isValidPostcode(a.country, a.postcode), 'postcode'),
    ['postcode'],
  ),
)
export type PostalAddress = v.InferOutput<typeof PostalAddressSchema>

export const emptyAddress: PostalAddress = {
  street: '',
  houseNumber: '',
  postcode: '',
  town: '',
  country: 'DE',
}

export const CustomValueSchema = v.union([v.string(), v.number(), v.boolean(), v.null()])
export type CustomValue = v.InferOutput<typeof CustomValueSchema>

const id = v.pipe(v.number(), v.integer(), v.minValue(1))

export const MemberInputSchema = v.pipe(
  v.object({
    kind: v.picklist(memberKinds),
    /** Empty: the next number from the club's pattern. */
    memberNumber: text(30),
    salutation: text(30),
    title: text(60),
    firstName: text(80),
    lastName: text(80),
    nameAffix: text(40),
    birthday: OptionalDateSchema,
    partnerName: text(120),
    organisationName: text(160),
    legalForm: text(40),
    registerNumber: text(60),
    organisationId: v.nullable(id),
    organisationRole: v.nullable(v.picklist(organisationRoles)),
    company: text(160),
    position: text(120),
    classification: text(160),
    /** The primary sector: the one a classification policy counts. */
    sectorId: v.nullable(id),
    secondarySectorIds: v.pipe(v.array(id), v.maxLength(20)),
    emailBusiness: EmailSchema,
    emailPrivate: EmailSchema,
    phoneBusiness: PhoneSchema,
    phoneMobile: PhoneSchema,
    phonePrivate: PhoneSchema,
    website: text(200),
    businessAddress: PostalAddressSchema,
    privateAddress: PostalAddressSchema,
    notes: text(10_000),
    joinDate: OptionalDateSchema,
    sponsorId: v.nullable(id),
    membershipTypeId: v.nullable(id),
    customValues: v.record(v.pipe(v.string(), v.maxLength(60)), CustomValueSchema),
  }),
  v.forward(
    v.check((m) => m.kind !== 'person' || m.lastName !== '', 'required'),
    ['lastName'],
  ),
  v.forward(
    v.check((m) => m.kind !== 'organisation' || m.organisationName !== '', 'required'),
    ['organisationName'],
  ),
)
export type MemberInput = v.InferOutput<typeof MemberInputSchema>

/** A blank form: what the member page starts from and an import row is filled into. */
export function emptyMemberInput(kind: MemberKind = 'person', country = 'DE'): MemberInput {
  return {
    kind,
    memberNumber: '',
    salutation: '',
    title: '',
    firstName: '',
    lastName: '',
    nameAffix: '',
    birthday: '',
    partnerName: '',
    organisationName: '',
    legalForm: '',
    registerNumber: '',
    organisationId: null,
    organisationRole: null,
    company: '',
    position: '',
    classification: '',
    sectorId: null,
    secondarySectorIds: [],
    emailBusiness: '',
    emailPrivate: '',
    phoneBusiness: '',
    phoneMobile: '',
    phonePrivate: '',
    website: '',
    businessAddress: { ...emptyAddress, country },
    privateAddress: { ...emptyAddress, country },
    notes: '',
    joinDate: '',
    sponsorId: null,
    membershipTypeId: null,
    customValues: {},
  }
}

export interface MemberRef {
  readonly id: number
  readonly memberNumber: string
  readonly displayName: string
}

export interface OfficeHeld {
  readonly id: number
  readonly roleId: number
  readonly roleName: string
  readonly startDate: string
  readonly endDate: string | null
}

export interface ConsentState {
  readonly granted: boolean
  readonly decidedOn: string | null
}

export interface HistoryEntry {
  readonly at: string
  readonly action: string
  readonly field: string | null
  readonly oldValue: string | null
  readonly newValue: string | null
  readonly note: string | null
}

export interface MemberRecord extends Omit<MemberInput, 'memberNumber'> {
  readonly id: number
  readonly memberNumber: string
  readonly displayName: string
  readonly status: MemberStatus
  readonly leaveDate: string | null
  readonly leaveReason: LeaveReason | null
  /** `data:` URL of the downscaled photo or logo, or null. */
  readonly photo: string | null
  readonly organisation: MemberRef | null
  readonly people: readonly (MemberRef & { readonly role: OrganisationRole | null })[]
  readonly sponsor: MemberRef | null
  readonly offices: readonly OfficeHeld[]
  readonly consent: Readonly<Record<ConsentKind, ConsentState>>
  readonly history: readonly HistoryEntry[]
  readonly createdAt: string
  readonly updatedAt: string
}

export const memberSortFields = ['name', 'memberNumber', 'joinDate', 'town', 'status'] as const
export type MemberSortField = (typeof memberSortFields)[number]

export const MemberListQuerySchema = v.object({
  search: v.optional(text(200), ''),
  statuses: v.optional(v.array(v.picklist(memberStatuses)), []),
  /** Former members drop out of default lists but stay findable. */
  includeFormer: v.optional(v.boolean(), false),
  kinds: v.optional(v.array(v.picklist(memberKinds)), []),
  /** Members whose primary or a secondary sector lies in the subtree of one of these. */
  sectorIds: v.optional(v.array(id), []),
  roleIds: v.optional(v.array(id), []),
  membershipTypeIds: v.optional(v.array(id), []),
  joinYears: v.optional(
    v.array(v.pipe(v.number(), v.integer(), v.minValue(1800), v.maxValue(2200))),
    [],
  ),
  sort: v.optional(v.picklist(memberSortFields), 'name'),
  descending: v.optional(v.boolean(), false),
  offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)), 100),
})
export type MemberListQuery = v.InferInput<typeof MemberListQuerySchema>

export interface MemberListRow {
  readonly id: number
  readonly memberNumber: string
  readonly kind: MemberKind
  readonly status: MemberStatus
  readonly displayName: string
  readonly title: string | null
  readonly firstName: string | null
  readonly lastName: string | null
  readonly organisationName: string | null
  readonly company: string | null
  readonly position: string | null
  readonly classification: string | null
  readonly emailBusiness: string | null
  readonly phoneBusiness: string | null
  readonly phoneMobile: string | null
  readonly town: string | null
  readonly postcode: string | null
  readonly joinDate: string | null
  readonly leaveDate: string | null
}

export interface MemberListPage {
  readonly total: number
  readonly offset: number
  readonly rows: readonly MemberListRow[]
}
