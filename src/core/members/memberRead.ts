import { sql, type Kysely } from 'kysely'
import type { Locale } from '../../api/club.ts'
import {
  consentKinds,
  type ConsentKind,
  type ConsentState,
  type MemberInput,
  type MemberRecord,
  type MemberRef,
} from '../../api/members.ts'
import type { Database } from '../db/schema.ts'
import { encodeImage } from '../images.ts'
import { customValuesOf } from './customValues.ts'
import { displayName } from './displayName.ts'
import { historyOf } from './history.ts'
import { inputOf } from './memberRow.ts'
import { refColumns, toRef } from './memberRef.ts'
import { secondarySectorIdsOf } from './memberSectors.ts'
import { requireMemberRow } from './memberWrite.ts'
import { searchQuery } from './fold.ts'
import { memberLocale } from './locale.ts'

/** Everything the member page shows, in one call. */
export async function getMember(db: Kysely<Database>, id: number): Promise<MemberRecord> {
  const row = await requireMemberRow(db, id)
  const refsOf = async (ids: readonly (number | null)[]) => {
    const wanted = ids.filter((x): x is number => x !== null)
    if (wanted.length === 0) return new Map<number, MemberRef>()
    const rows = await db
      .selectFrom('member')
      .select(refColumns)
      .where('id', 'in', wanted)
      .execute()
    return new Map(rows.map((r) => [r.id, toRef(r)]))
  }
  const refs = await refsOf([row.organisation_id, row.sponsor_id])
  const people = await db
    .selectFrom('member')
    .select([...refColumns, 'organisation_role'])
    .where('organisation_id', '=', id)
    .orderBy('sort_key_de')
    .execute()
  const offices = await db
    .selectFrom('office as o')
    .innerJoin('role as r', 'r.id', 'o.role_id')
    .select(['o.id', 'o.role_id', 'r.name_de', 'r.name_en', 'o.start_date', 'o.end_date'])
    .where('o.member_id', '=', id)
    .orderBy('o.start_date', 'desc')
    .execute()
  const locale = await memberLocale(db)
  return {
    ...inputOf(row, await customValuesOf(db, id), await secondarySectorIdsOf(db, id)),
    id: row.id,
    memberNumber: row.member_number,
    displayName: displayName(row),
    status: row.status,
    leaveDate: row.leave_date,
    leaveReason: row.leave_reason,
    photo: encodeImage(row.photo_mime, row.photo),
    organisation: row.organisation_id === null ? null : (refs.get(row.organisation_id) ?? null),
    people: people.map((p) => ({ ...toRef(p), role: p.organisation_role })),
    sponsor: row.sponsor_id === null ? null : (refs.get(row.sponsor_id) ?? null),
    offices: offices.map((o) => ({
      id: o.id,
      roleId: o.role_id,
      roleName: locale === 'de' ? o.name_de : o.name_en,
      startDate: o.start_date,
      endDate: o.end_date,
    })),
    consent: await consentOf(db, id),
    history: await historyOf(db, id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export async function consentOf(
  db: Kysely<Database>,
  memberId: number,
): Promise<Record<ConsentKind, ConsentState>> {
  const rows = await db
    .selectFrom('consent')
    .selectAll()
    .where('member_id', '=', memberId)
    .execute()
  // Default: nothing is published until the member said yes.
  const consent = Object.fromEntries(
    consentKinds.map((kind) => [kind, { granted: false, decidedOn: null }]),
  ) as Record<ConsentKind, ConsentState>
  for (const row of rows)
    consent[row.kind] = { granted: row.granted === 1, decidedOn: row.decided_on }
  return consent
}

/** For pickers (organisation, sponsor): the best 20 matches, people or organisations. */
export async function lookupMembers(
  db: Kysely<Database>,
  search: string,
  kind: 'person' | 'organisation' | undefined,
  locale: Locale,
): Promise<MemberRef[]> {
  const match = searchQuery(search)
  let query = db.selectFrom('member').select(refColumns).where('status', '!=', 'former')
  if (kind !== undefined) query = query.where('kind', '=', kind)
  if (match !== null) {
    query = query.where('id', 'in', (eb) =>
      eb
        .selectFrom('member_search')
        .select('rowid')
        .where(sql<boolean>`member_search match ${match}`),
    )
  }
  const rows = await query
    .orderBy(locale === 'de' ? 'sort_key_de' : 'sort_key_en')
    .limit(20)
    .execute()
  return rows.map(toRef)
}

export async function findMemberIdByNumber(
  db: Kysely<Database>,
  memberNumber: string,
): Promise<number | null> {
  const row = await db
    .selectFrom('member')
    .select('id')
    .where('member_number', '=', memberNumber)
    .executeTakeFirst()
  return row?.id ?? null
}

/** The form values of a record, for merging an import row into an existing member. */
export function memberInputOf(record: MemberRecord): MemberInput {
  return {
    kind: record.kind,
    memberNumber: record.memberNumber,
    salutation: record.salutation,
    title: record.title,
    firstName: record.firstName,
    lastName: record.lastName,
    nameAffix: record.nameAffix,
    birthday: record.birthday,
    partnerName: record.partnerName,
    organisationName: record.organisationName,
    legalForm: record.legalForm,
    registerNumber: record.registerNumber,
    organisationId: record.organisationId,
    organisationRole: record.organisationRole,
    company: record.company,
    position: record.position,
    classification: record.classification,
    sectorId: record.sectorId,
    secondarySectorIds: [...record.secondarySectorIds],
    emailBusiness: record.emailBusiness,
    emailPrivate: record.emailPrivate,
    phoneBusiness: record.phoneBusiness,
    phoneMobile: record.phoneMobile,
    phonePrivate: record.phonePrivate,
    website: record.website,
    businessAddress: record.businessAddress,
    privateAddress: record.privateAddress,
    notes: record.notes,
    joinDate: record.joinDate,
    sponsorId: record.sponsorId,
    membershipTypeId: record.membershipTypeId,
    customValues: record.customValues,
  }
}
