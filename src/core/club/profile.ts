import type { Kysely } from 'kysely'
import {
  defaultYearStartMonth,
  type ClubCounts,
  type ClubKind,
  type ClubProfile,
  type ClubProfileInput,
  type Locale,
} from '../../api/club.ts'
import { KreisError } from '../../api/errors.ts'
import { defaultPolicy } from '../../api/sectors.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { ClubRow, Database } from '../db/schema.ts'
import { decodeLogo, encodeLogo } from './logo.ts'

export interface NewClub {
  readonly name: string
  readonly kind: ClubKind
  readonly locale: Locale
}

export async function insertClub(db: Kysely<Database>, club: NewClub, clock: Clock): Promise<void> {
  const now = isoTimestamp(clock)
  await db
    .insertInto('club')
    .values({
      id: 1,
      name: club.name,
      kind: club.kind,
      street: '',
      house_number: '',
      postcode: '',
      town: '',
      country: 'DE',
      meeting_place: '',
      locale: club.locale,
      currency: 'EUR',
      year_start_month: defaultYearStartMonth(club.kind),
      policy_mode: defaultPolicy(club.kind).mode,
      logo_mime: null,
      logo: null,
      created_at: now,
      updated_at: now,
    })
    .execute()
}

export async function getProfile(db: Kysely<Database>): Promise<ClubProfile> {
  const row = await db.selectFrom('club').selectAll().where('id', '=', 1).executeTakeFirst()
  if (row === undefined) throw new KreisError('file.notKreis', { path: '' })
  return toProfile(row)
}

export async function updateProfile(
  db: Kysely<Database>,
  input: ClubProfileInput,
  clock: Clock,
): Promise<ClubProfile> {
  await db
    .updateTable('club')
    .set({
      name: input.name,
      kind: input.kind,
      street: input.address.street,
      house_number: input.address.houseNumber,
      postcode: input.address.postcode,
      town: input.address.town,
      country: input.address.country,
      meeting_place: input.meetingPlace,
      locale: input.locale,
      currency: input.currency,
      year_start_month: input.yearStartMonth,
      bank_name: input.bankName,
      iban: input.iban,
      bic: input.bic,
      updated_at: isoTimestamp(clock),
    })
    .where('id', '=', 1)
    .execute()
  return getProfile(db)
}

export async function setLogo(
  db: Kysely<Database>,
  dataUrl: string | null,
  clock: Clock,
): Promise<ClubProfile> {
  const logo = dataUrl === null ? null : decodeLogo(dataUrl)
  await db
    .updateTable('club')
    .set({
      logo_mime: logo?.mime ?? null,
      logo: logo?.bytes ?? null,
      updated_at: isoTimestamp(clock),
    })
    .where('id', '=', 1)
    .execute()
  return getProfile(db)
}

export async function countMembers(db: Kysely<Database>): Promise<ClubCounts> {
  const row = await db
    .selectFrom('member')
    .select((eb) => [
      eb.fn.countAll<number>().as('members'),
      eb.fn
        .sum<number | null>(eb.case().when('status', '=', 'active').then(1).else(0).end())
        .as('active'),
    ])
    .executeTakeFirstOrThrow()
  return { members: Number(row.members), activeMembers: Number(row.active ?? 0) }
}

function toProfile(row: ClubRow): ClubProfile {
  return {
    name: row.name,
    kind: row.kind,
    address: {
      street: row.street,
      houseNumber: row.house_number,
      postcode: row.postcode,
      town: row.town,
      country: row.country,
    },
    meetingPlace: row.meeting_place,
    locale: row.locale,
    currency: row.currency,
    yearStartMonth: row.year_start_month,
    bankName: row.bank_name,
    iban: row.iban,
    bic: row.bic,
    logo: encodeLogo(row.logo_mime, row.logo),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}
