import { sql, type Kysely } from 'kysely'
import * as v from 'valibot'
import type { Locale } from '../../api/club.ts'
import {
  MemberListQuerySchema,
  type MemberListPage,
  type MemberListQuery,
  type MemberSortField,
} from '../../api/members.ts'
import { isoTimestamp, systemClock, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { displayName } from './displayName.ts'
import { searchQuery } from './fold.ts'

/** Above this many matches, walking the name index beats sorting the matches. */
const broadSearch = 2000

const sortColumns = (locale: Locale): Record<MemberSortField, string> => ({
  name: locale === 'de' ? 'sort_key_de' : 'sort_key_en',
  memberNumber: 'member_number',
  joinDate: 'join_date',
  town: 'business_town',
  status: 'status',
})

/**
 * One page of the roster with filters, search and sort, plus the total. Sorting by name uses
 * the stored DIN 5007-2 key in German, so paging through 100,000 rows stays an index walk.
 */
export async function listMembers(
  db: Kysely<Database>,
  input: MemberListQuery,
  locale: Locale,
  clock: Clock = systemClock,
): Promise<MemberListPage> {
  const query = v.parse(MemberListQuerySchema, input)
  const today = isoTimestamp(clock).slice(0, 10)
  const match = searchQuery(query.search)

  let base = db.selectFrom('member')
  if (query.statuses.length > 0) base = base.where('status', 'in', query.statuses)
  else if (!query.includeFormer) base = base.where('status', '!=', 'former')
  if (query.kinds.length > 0) base = base.where('kind', 'in', query.kinds)
  if (query.sectorIds.length > 0) base = base.where('sector_id', 'in', query.sectorIds)
  if (query.membershipTypeIds.length > 0) {
    base = base.where('membership_type_id', 'in', query.membershipTypeIds)
  }
  if (query.joinYears.length > 0) {
    base = base.where(
      sql<string>`substr(join_date, 1, 4)`,
      'in',
      query.joinYears.map((y) => String(y)),
    )
  }
  if (query.roleIds.length > 0) {
    // Holders of the role today, not everyone who ever held it.
    base = base.where('id', 'in', (eb) =>
      eb
        .selectFrom('office')
        .select('member_id')
        .where('role_id', 'in', query.roleIds)
        .where('start_date', '<=', today)
        .where((w) => w.or([w('end_date', 'is', null), w('end_date', '>=', today)])),
    )
  }
  // Only the search and the "former" switch: the full-text index can count on its own.
  const searchOnly =
    match !== null &&
    query.statuses.length === 0 &&
    query.kinds.length === 0 &&
    query.sectorIds.length === 0 &&
    query.membershipTypeIds.length === 0 &&
    query.joinYears.length === 0 &&
    query.roleIds.length === 0
  const fullText = match === null || query.includeFormer ? match : `(${match}) NOT state:former`
  const searchTotal = searchOnly
    ? Number(
        (
          await db
            .selectFrom('member_search')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where(sql<boolean>`member_search match ${fullText}`)
            .executeTakeFirstOrThrow()
        ).n,
      )
    : null
  if (fullText !== null) {
    const matches = db
      .selectFrom('member_search')
      .select('rowid')
      .where(sql<boolean>`member_search match ${fullText}`)
    // A broad search (the first letter typed) is answered fastest by walking the name index
    // and testing each member against the matches (`+id` keeps SQLite from starting with the
    // matches); a narrow one by starting from the matches.
    const broad = searchTotal !== null && searchTotal > broadSearch && query.sort === 'name'
    base = broad ? base.where(sql<number>`+id`, 'in', matches) : base.where('id', 'in', matches)
  }
  const total =
    searchTotal ??
    Number(
      (await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
    )
  const direction = query.descending ? 'desc' : 'asc'
  const rows = await base
    .select([
      'id',
      'member_number',
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
      'email_business',
      'phone_business',
      'phone_mobile',
      'business_town',
      'business_postcode',
      'join_date',
      'leave_date',
    ])
    .orderBy(sql.ref(sortColumns(locale)[query.sort]), direction)
    .orderBy('id', direction)
    .limit(query.limit)
    .offset(query.offset)
    .execute()

  return {
    total,
    offset: query.offset,
    rows: rows.map((r) => ({
      id: r.id,
      memberNumber: r.member_number,
      kind: r.kind,
      status: r.status,
      displayName: displayName(r),
      title: r.title,
      firstName: r.first_name,
      lastName: r.last_name,
      organisationName: r.organisation_name,
      company: r.company,
      position: r.position,
      classification: r.classification,
      emailBusiness: r.email_business,
      phoneBusiness: r.phone_business,
      phoneMobile: r.phone_mobile,
      town: r.business_town,
      postcode: r.business_postcode,
      joinDate: r.join_date,
      leaveDate: r.leave_date,
    })),
  }
}
