import { sql, type Kysely } from 'kysely'
import type { ClubKind, Locale } from '../../api/club.ts'
import type { ClubYearChoice } from '../../api/directory.ts'
import type { ConsentKind, MemberStatus } from '../../api/members.ts'
import { idList } from '../db/idList.ts'
import type { Database } from '../db/schema.ts'
import { displayName } from '../members/displayName.ts'
import { currentBoard } from '../members/offices.ts'
import { loadSectorIndex, type SectorIndex } from '../sectors/sectorIndex.ts'
import { addDays, clubYearOf, type ClubYear } from '../../api/clubYear.ts'
import {
  entryColumns,
  publishedEntry,
  type DirectoryEntry,
  type EntryRow,
} from './directoryEntry.ts'

export interface ClubPage {
  readonly name: string
  readonly kind: ClubKind
  readonly address: readonly string[]
  readonly meetingPlace: string
  readonly logo: { readonly mime: string; readonly bytes: Uint8Array } | null
  readonly bankName: string
  readonly iban: string
  readonly bic: string
}

export interface BoardLine {
  readonly role: string
  readonly memberId: number
  readonly name: string
}

export interface SectorGroup {
  readonly id: number
  readonly code: string
  readonly name: string
  readonly depth: number
  /** Listed members with this sector, first or further; empty for a heading above them. */
  readonly memberIds: readonly number[]
}

export interface DirectoryData {
  readonly club: ClubPage
  readonly locale: Locale
  readonly editionDate: string
  readonly clubYear: ClubYear
  /** Office holders of the book's club year who agreed to be listed. */
  readonly board: readonly BoardLine[]
  readonly offices: ReadonlyMap<number, readonly string[]>
  /** Everyone listed, in A–Z order (the first few only in a preview). */
  readonly entries: readonly DirectoryEntry[]
  /** How many members the book lists, also when a preview holds only the first few. */
  readonly listed: number
  /** The sectors of listed members in tree order, with their ancestors as headings. */
  readonly sectors: readonly SectorGroup[]
  readonly honoraryNames: readonly string[]
  readonly formerNames: readonly string[]
}

export interface DirectoryQuery {
  readonly statuses: readonly MemberStatus[]
  readonly locale: Locale
  /** The first this many entries only: a preview needs a few pages, not the whole book. */
  readonly limit?: number
  /** The club year the book is for; the running one unless the next is asked for. */
  readonly clubYear?: ClubYearChoice
}

/**
 * Granted consent of those of `ids` who agreed to the directory, by member. Only the members
 * the book may print are read: a preview of twelve entries does not read a chamber's consent.
 */
async function listedConsent(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<Map<number, Set<ConsentKind>>> {
  const rows = await db
    .selectFrom('consent')
    .select(['member_id', 'kind'])
    .where('granted', '=', 1)
    .where('member_id', 'in', idList(ids))
    .execute()
  const granted = new Map<number, Set<ConsentKind>>()
  for (const row of rows) {
    const kinds = granted.get(row.member_id) ?? new Set<ConsentKind>()
    granted.set(row.member_id, kinds.add(row.kind))
  }
  for (const [id, kinds] of granted) if (!kinds.has('directory')) granted.delete(id)
  return granted
}

/**
 * Everything the directory book prints, with consent applied: a member who did not agree to
 * the directory is in no part of it except the names-only list of honorary and former members.
 */
export async function loadDirectoryData(
  db: Kysely<Database>,
  query: DirectoryQuery,
  today: string,
): Promise<DirectoryData> {
  const { locale } = query
  const club = await db.selectFrom('club').selectAll().executeTakeFirstOrThrow()
  const sortColumn = locale === 'de' ? 'sort_key_de' : 'sort_key_en'
  const listedMembers = db
    .selectFrom('member')
    .where('status', 'in', [...query.statuses])
    .where(
      'id',
      'in',
      sql<number>`(select member_id from consent where kind = 'directory' and granted = 1)`,
    )
  let members = listedMembers
    .select(entryColumns)
    .select(sql<number>`photo is not null`.as('has_photo'))
    .orderBy(sortColumn)
    .orderBy('id')
  if (query.limit !== undefined) members = members.limit(query.limit)
  const rows: EntryRow[] = await members.execute()

  const running = clubYearOf(today, club.year_start_month)
  // A book for the next year shows the board that takes office on its first day.
  const next = addDays(running.end, 1)
  const clubYear = query.clubYear === 'next' ? clubYearOf(next, club.year_start_month) : running
  const officeHolders = await currentBoard(db, query.clubYear === 'next' ? next : today)
  const granted = await listedConsent(db, [
    ...rows.map((row) => row.id),
    ...officeHolders.map((line) => line.memberId),
  ])

  const sectors = await loadSectorIndex(db)
  const sectorName = (id: number) => {
    const node = sectors.byId.get(id)
    return node === undefined ? null : locale === 'de' ? node.nameDe : node.nameEn
  }
  const entries = rows.map((row) =>
    publishedEntry(row, granted.get(row.id) ?? new Set(), locale, club.country, sectorName),
  )
  const listed =
    query.limit === undefined
      ? entries.length
      : Number(
          (
            await listedMembers
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        )
  const board = officeHolders
    .filter((line) => granted.has(line.memberId))
    .map((line) => ({
      role: locale === 'de' ? line.roleNameDe : line.roleNameEn,
      memberId: line.memberId,
      name: line.displayName,
    }))
  const offices = new Map<number, string[]>()
  for (const line of board)
    offices.set(line.memberId, [...(offices.get(line.memberId) ?? []), line.role])

  return {
    club: {
      name: club.name,
      kind: club.kind,
      address: [
        [club.street, club.house_number].filter(Boolean).join(' '),
        [club.postcode, club.town].filter(Boolean).join(' '),
      ].filter((line) => line !== ''),
      meetingPlace: club.meeting_place,
      logo:
        club.logo === null || club.logo_mime === null
          ? null
          : { mime: club.logo_mime, bytes: club.logo },
      bankName: club.bank_name,
      iban: club.iban,
      bic: club.bic,
    },
    locale,
    editionDate: today,
    clubYear,
    board,
    offices,
    entries,
    listed,
    sectors: await sectorGroups(db, sectors, entries, locale),
    ...(await namesOnly(db, locale)),
  }
}

/** Sectors in tree order with the listed members under them, first sector or further ones. */
async function sectorGroups(
  db: Kysely<Database>,
  index: SectorIndex,
  entries: readonly DirectoryEntry[],
  locale: Locale,
): Promise<SectorGroup[]> {
  const order = new Map(entries.map((entry, index) => [entry.id, index]))
  const bySector = new Map<number, number[]>()
  const add = (sectorId: number, memberId: number) => {
    const list = bySector.get(sectorId) ?? []
    if (!list.includes(memberId)) list.push(memberId)
    bySector.set(sectorId, list)
  }
  for (const entry of entries) if (entry.sectorId !== null) add(entry.sectorId, entry.id)
  const further = await db
    .selectFrom('member_sector')
    .select(['member_id', 'sector_id'])
    .where('member_id', 'in', idList(entries.map((entry) => entry.id)))
    .execute()
  for (const row of further) add(row.sector_id, row.member_id)
  if (bySector.size === 0) return []
  const shown = new Set<number>()
  for (const sectorId of bySector.keys()) {
    let node = index.byId.get(sectorId)
    while (node !== undefined && !shown.has(node.id)) {
      shown.add(node.id)
      node = node.parentId === null ? undefined : index.byId.get(node.parentId)
    }
  }
  return index.nodes
    .filter((node) => shown.has(node.id))
    .map((node) => ({
      id: node.id,
      code: node.code,
      name: locale === 'de' ? node.nameDe : node.nameEn,
      depth: node.depth,
      memberIds: (bySector.get(node.id) ?? []).sort(
        (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0),
      ),
    }))
}

/**
 * Honorary and former members by name alone, whatever their consent: a name is no contact.
 * Members the club excluded are left out; a directory honours those who were part of it.
 */
async function namesOnly(
  db: Kysely<Database>,
  locale: Locale,
): Promise<{ honoraryNames: string[]; formerNames: string[] }> {
  const rows = await db
    .selectFrom('member')
    .select([
      'kind',
      'status',
      'title',
      'first_name',
      'last_name',
      'name_affix',
      'organisation_name',
    ])
    .where('status', 'in', ['honorary', 'former'])
    .where((eb) => eb.or([eb('leave_reason', 'is', null), eb('leave_reason', '!=', 'excluded')]))
    .orderBy(locale === 'de' ? 'sort_key_de' : 'sort_key_en')
    .orderBy('id')
    .execute()
  return {
    honoraryNames: rows.filter((r) => r.status === 'honorary').map(displayName),
    formerNames: rows.filter((r) => r.status === 'former').map(displayName),
  }
}
