/**
 * What the fixture club files in test/fixtures/schema hold, shared by the script that makes
 * them (make.ts there) and the test that upgrades them (schemaUpgrade.test.ts). Every file of
 * a version from 2 on holds the same club; version 1 had no sectors and kept one address per
 * member, which migration 2 made the business address.
 */

/**
 * The newest schema version Kreis has released: there is a `v1.kreis` … `v<this>.kreis`.
 * Raised when a migration ships (see make.ts), never for one still being written.
 */
export const releasedVersion = 8

/** Every timestamp in the files: the fixtures come out the same each time they are made. */
export const madeAt = '2024-03-01T09:00:00.000Z'

export const fixtureClub = {
  name: 'Rotary Club Fixturstadt',
  kind: 'rotary',
  locale: 'de',
  town: 'Fixturstadt',
  yearStartMonth: 7,
} as const

export interface FixtureSector {
  readonly code: string
  readonly nameDe: string
  readonly nameEn: string
  readonly parent: string | null
}

/** From version 2 on: a small tree of the club's own. */
export const fixtureSectors: readonly FixtureSector[] = [
  {
    code: 'M',
    nameDe: 'Freiberufliche Dienstleistungen',
    nameEn: 'Professional services',
    parent: null,
  },
  { code: '69.20', nameDe: 'Steuerberatung', nameEn: 'Tax consultancy', parent: 'M' },
  { code: '71.11', nameDe: 'Architekturbüros', nameEn: 'Architects', parent: 'M' },
  { code: 'C', nameDe: 'Verarbeitendes Gewerbe', nameEn: 'Manufacturing', parent: null },
  { code: '10.71', nameDe: 'Bäckereien', nameEn: 'Bakeries', parent: 'C' },
]

export interface FixtureMember {
  readonly id: number
  readonly number: string
  readonly kind: 'person' | 'organisation'
  readonly status: 'active' | 'honorary' | 'former'
  readonly firstName: string | null
  readonly lastName: string | null
  readonly organisationName: string | null
  readonly email: string
  readonly street: string
  readonly town: string
  readonly joinDate: string
  readonly leaveDate: string | null
  readonly classification: string
  /** From version 2 on. */
  readonly sector: string
  /** From version 3 on. */
  readonly furtherSectors: readonly string[]
}

export const fixtureMembers: readonly FixtureMember[] = [
  {
    id: 1,
    number: '0001',
    kind: 'person',
    status: 'active',
    firstName: 'Anna',
    lastName: 'Müller',
    organisationName: null,
    email: 'anna.mueller@example.org',
    street: 'Hauptstraße',
    town: 'Fixturstadt',
    joinDate: '2015-03-01',
    leaveDate: null,
    classification: 'Steuerberatung',
    sector: '69.20',
    furtherSectors: ['71.11'],
  },
  {
    id: 2,
    number: '0002',
    kind: 'person',
    status: 'active',
    firstName: 'Jörg',
    lastName: 'Weiß',
    organisationName: null,
    email: 'joerg.weiss@example.org',
    street: 'Marktplatz',
    town: 'Überlingen',
    joinDate: '2019-09-15',
    leaveDate: null,
    classification: 'Architektur',
    sector: '71.11',
    furtherSectors: [],
  },
  {
    id: 3,
    number: '0003',
    kind: 'organisation',
    status: 'active',
    firstName: null,
    lastName: null,
    organisationName: 'Bäckerei Schmidt GmbH',
    email: 'info@baeckerei-schmidt.example',
    street: 'Mühlweg',
    town: 'Fixturstadt',
    joinDate: '2020-01-01',
    leaveDate: null,
    classification: 'Bäckerei',
    sector: '10.71',
    furtherSectors: [],
  },
  {
    id: 4,
    number: '0004',
    kind: 'person',
    status: 'former',
    firstName: 'Zoë',
    lastName: 'Ørsted',
    organisationName: null,
    email: 'zoe@example.org',
    street: 'Am Hang',
    town: 'Fixturstadt',
    joinDate: '2010-07-01',
    leaveDate: '2022-06-30',
    classification: 'Steuerberatung',
    sector: '69.20',
    furtherSectors: [],
  },
  {
    id: 5,
    number: '0005',
    kind: 'person',
    status: 'honorary',
    firstName: 'Ludwig',
    lastName: 'Straßburger',
    organisationName: null,
    email: 'ludwig@example.org',
    street: 'Lindenallee',
    town: 'Fixturstadt',
    joinDate: '1985-07-01',
    leaveDate: null,
    classification: 'Architektur',
    sector: '71.11',
    furtherSectors: ['69.20'],
  },
]

/** From version 4 on: the club's account. */
export const fixtureBank = {
  bankName: 'Fixturbank',
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
}

/** From version 5 on: dues for 2023/24, paid by Anna, partly paid by Jörg, who has a mandate. */
export const fixtureDues = {
  creditorId: 'DE98ZZZ09999999999',
  type: 'Aktiv',
  yearlyCents: 24_000,
  validFrom: '2020-07-01',
  period: { key: '2023/24', start: '2023-07-01', end: '2024-06-30' },
  charges: [
    { member: 1, number: '2023-000001', amountCents: 24_000 },
    { member: 2, number: '2023-000002', amountCents: 24_000 },
  ],
  payments: [
    { member: 1, paidOn: '2023-07-20', amountCents: 24_000, method: 'transfer' },
    { member: 2, paidOn: '2023-08-01', amountCents: 10_000, method: 'transfer' },
  ],
  mandate: {
    member: 2,
    reference: 'M-0002-1',
    signedOn: '2023-06-01',
    debtorName: 'Jörg Weiß',
    iban: 'DE02120300000000202051',
  },
} as const

/**
 * From version 6 on: a weekly series in September 2023 with three meetings, the second
 * cancelled. Anna comes, then is excused; Jörg makes up the first meeting at another club and
 * is on leave for the third, where Ludwig (honorary, not expected) comes and Anna brings a
 * guest. Jörg passes Anna a referral that she closes. The ids are the rows' ids.
 */
export const fixtureMeetings = {
  settings: { thresholdPercent: 70, absenceLimit: 3, showReferrals: true, expectHonorary: false },
  series: { name: 'Clubabend', weekday: 2, startTime: '19:00', place: 'Hotel Post' },
  meetings: [
    { id: 1, date: '2023-09-05', status: 'scheduled', cancelReason: '', speaker: 'Eva Lang' },
    { id: 2, date: '2023-09-12', status: 'cancelled', cancelReason: 'Saal belegt', speaker: '' },
    { id: 3, date: '2023-09-19', status: 'scheduled', cancelReason: '', speaker: '' },
  ],
  /** The default codes of a Rotary club, in their order: ids 1 … 5. */
  codes: ['present', 'absent', 'excused', 'make_up', 'leave'],
  /** [meeting, member, code id, make-up date, make-up club] */
  attendance: [
    [1, 1, 1, '', ''],
    [1, 2, 4, '2023-09-07', 'RC Überlingen'],
    [3, 1, 3, '', ''],
    [3, 5, 1, '', ''],
  ],
  leave: { memberId: 2, from: '2023-09-15', to: '2023-09-30', note: 'Urlaub' },
  guest: {
    firstName: 'Greta',
    lastName: 'Gärtner',
    company: 'Gärtnerei Grün',
    meeting: 3,
    invitedBy: 1,
  },
  referral: { from: 2, to: 1, date: '2023-09-19', contactName: 'Familie Becker', interest: 4 },
  tyfcb: { date: '2023-10-02', amountCents: 150_000 },
  oneToOne: { a: 1, b: 2, date: '2023-09-26', note: 'Kennenlernen' },
} as const
