import { sql, type Kysely, type SelectQueryBuilder } from 'kysely'
import * as v from 'valibot'
import type { Locale } from '../../api/club.ts'
import {
  MemberListQuerySchema,
  type MemberListPage,
  type MemberListQuery,
  type MemberSortField,
} from '../../api/members.ts'
import { isoTimestamp, systemClock, type Clock } from '../clock.ts'
import type { Database, MemberRow } from '../db/schema.ts'
import { displayName } from './displayName.ts'
import { searchQuery } from './fold.ts'
import { keptSet, searchMatches, selectedMembers, type MemberSet } from './memberSets.ts'
import { pageOfSet, type SortColumn } from './setPage.ts'
import { withoutFormer } from './searchIndex.ts'

type Query = v.InferOutput<typeof MemberListQuerySchema>
type Members = SelectQueryBuilder<Database, 'member', object>

/**
 * Up to this many matches, a search joins a filter inside SQLite; above, the filter's members
 * are met with the matches in memory, where testing one costs nothing.
 */
const narrowSearch = 5000

const listColumns = [
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
] as const
type ListRow = Pick<MemberRow, (typeof listColumns)[number]>

const sortColumns = (locale: Locale): Record<MemberSortField, SortColumn> => ({
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
  const column = sortColumns(locale)[query.sort]
  const match = searchQuery(query.search)
  // Former members drop out inside the index, which then counts a plain search on its own.
  const hideFormer = query.statuses.length === 0 && !query.includeFormer
  const fullText = match === null || !hideFormer ? match : withoutFormer(match)
  const matches =
    fullText === null
      ? null
      : await keptSet(db, `search ${fullText}`, () => searchMatches(db, fullText))
  if (matches?.size === 0) return { total: 0, offset: query.offset, rows: [] }
  if (filtered(query)) {
    const key = JSON.stringify([filterKey(query, clock), fullText])
    const selection = await keptSet(db, `filter ${key}`, () =>
      filteredMembers(db, query, clock, matches),
    )
    return setPage(db, selection, column, query)
  }
  if (matches !== null) return setPage(db, matches, column, query)

  // The plain roster: SQLite counts from an index and walks the sort index to the page.
  const base = db.selectFrom('member').$if(hideFormer, (qb) => qb.where('status', '!=', 'former'))
  const { total } = await base
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow()
  const direction = query.descending ? 'desc' : 'asc'
  const rows = await base
    .select(listColumns)
    .orderBy(sql.ref(column), direction)
    .orderBy('id', direction)
    .limit(query.limit)
    .offset(query.offset)
    .execute()
  return listPage(Number(total), query.offset, rows)
}

async function setPage(
  db: Kysely<Database>,
  set: MemberSet,
  column: SortColumn,
  query: Query,
): Promise<MemberListPage> {
  const ids = await pageOfSet(db, set, column, query)
  return listPage(set.size, query.offset, await rowsInOrder(db, ids))
}

function filtered(query: Query): boolean {
  return (
    query.statuses.length > 0 ||
    query.kinds.length > 0 ||
    query.sectorIds.length > 0 ||
    query.membershipTypeIds.length > 0 ||
    query.joinYears.length > 0 ||
    query.roleIds.length > 0
  )
}

/** Everything the filters depend on besides the database. */
function filterKey(query: Query, clock: Clock): unknown[] {
  const { statuses, includeFormer, kinds, sectorIds, membershipTypeIds, joinYears, roleIds } = query
  const today = roleIds.length > 0 ? isoTimestamp(clock).slice(0, 10) : null
  return [statuses, includeFormer, kinds, sectorIds, membershipTypeIds, joinYears, roleIds, today]
}

async function filteredMembers(
  db: Kysely<Database>,
  query: Query,
  clock: Clock,
  matches: MemberSet | null,
): Promise<MemberSet> {
  let members = await applyFilters(db, query, clock)
  if (matches === null) return selectedMembers(db, members)
  if (matches.size <= narrowSearch) {
    members = members.where(
      'id',
      'in',
      sql<number>`(select value from json_each(${matches.json()}))`,
    )
    return selectedMembers(db, members)
  }
  return (await selectedMembers(db, members)).intersect(matches)
}

async function applyFilters(db: Kysely<Database>, query: Query, clock: Clock): Promise<Members> {
  let base: Members = db.selectFrom('member')
  if (query.statuses.length > 0) base = base.where('status', 'in', query.statuses)
  else if (!query.includeFormer) base = base.where('status', '!=', 'former')
  if (query.kinds.length > 0) base = base.where('kind', 'in', query.kinds)
  if (query.sectorIds.length > 0) {
    const tree = await sectorSubtree(db, query.sectorIds)
    // A union of two index-only look-ups: faster than an OR, which reads every member row.
    base =
      tree.length === 0
        ? base.where(sql<boolean>`false`)
        : base.where('id', 'in', (eb) =>
            eb
              .selectFrom('member')
              .select('id')
              .where('sector_id', 'in', tree)
              .union(
                eb
                  .selectFrom('member_sector')
                  .select('member_id as id')
                  .where('sector_id', 'in', tree),
              ),
          )
  }
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
    const today = isoTimestamp(clock).slice(0, 10)
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
  return base
}

/** The given sectors and every sector below them; a few hundred rows at most. */
async function sectorSubtree(db: Kysely<Database>, ids: readonly number[]): Promise<number[]> {
  // `union` rather than `union all`: a sector reached twice, or a cycle, ends the recursion.
  const { rows } = await sql<{ id: number }>`with recursive tree(id) as (
      select id from sector where id in (${sql.join(ids)})
      union
      select sector.id from sector join tree on sector.parent_id = tree.id)
    select id from tree`.execute(db)
  return rows.map((r) => r.id)
}

async function rowsInOrder(db: Kysely<Database>, ids: readonly number[]): Promise<ListRow[]> {
  if (ids.length === 0) return []
  const rows = await db.selectFrom('member').select(listColumns).where('id', 'in', ids).execute()
  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

function listPage(total: number, offset: number, rows: readonly ListRow[]): MemberListPage {
  return {
    total,
    offset,
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
