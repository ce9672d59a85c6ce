import type { Kysely } from 'kysely'
import type { Locale } from '../../api/club.ts'
import type { Database } from '../db/schema.ts'
import { displayName } from '../members/displayName.ts'
import type { ExportColumn } from '../members/export/columns.ts'
import { loadExportData, type ExportRow } from '../members/export/selection.ts'
import { targetLabel } from '../members/import/targets.ts'
import { subtreeCounts } from './counts.ts'
import { directoryText } from './directoryLabels.ts'
import { loadSectorIndex, type IndexedSector } from './sectorIndex.ts'

export interface DirectoryEntry {
  readonly sector: IndexedSector
  readonly member: ExportRow
}

export interface TreeLine {
  readonly sector: IndexedSector
  readonly activeMembers: number
  readonly allMembers: number
}

export interface Directory {
  readonly columns: readonly ExportColumn<DirectoryEntry>[]
  readonly entries: readonly DirectoryEntry[]
  readonly tree: readonly TreeLine[]
}

const listed = new Set(['active', 'honorary'])

/**
 * The published directory: members with status active or honorary under their primary sector,
 * in tree order, each sector's members by name. It takes the members export's selection "for
 * publication" (only who agreed to be in the directory) and shows business data only.
 */
export async function loadDirectory(db: Kysely<Database>, locale: Locale): Promise<Directory> {
  const index = await loadSectorIndex(db)
  const data = await loadExportData(db, { publication: true, ids: [], withPhotos: false }, locale)
  const bySector = new Map<number, ExportRow[]>()
  for (const member of data.members) {
    if (!listed.has(member.status) || member.sector_id === null) continue
    const list = bySector.get(member.sector_id)
    if (list === undefined) bySector.set(member.sector_id, [member])
    else list.push(member)
  }
  const entries = index.nodes.flatMap((sector) =>
    (bySector.get(sector.id) ?? []).map((member) => ({ sector, member })),
  )
  const employers = await employerNames(db, entries)
  const counts = await subtreeCounts(db, index)
  const tree = index.nodes
    .map((sector) => ({
      sector,
      activeMembers: counts.active[sector.index] ?? 0,
      allMembers: counts.all[sector.index] ?? 0,
    }))
    .filter((line) => line.sector.active || line.allMembers > 0)
  return { columns: directoryColumns(locale, employers), entries, tree }
}

/** A person's firm: the text on the record, else the organisation the person is linked to. */
async function employerNames(
  db: Kysely<Database>,
  entries: readonly DirectoryEntry[],
): Promise<ReadonlyMap<number, string>> {
  const ids = [
    ...new Set(
      entries.map((e) => e.member.organisation_id).filter((id): id is number => id !== null),
    ),
  ]
  if (ids.length === 0) return new Map()
  const rows = await db
    .selectFrom('member')
    .select(['id', 'organisation_name'])
    .where('id', 'in', ids)
    .execute()
  return new Map(rows.map((r) => [r.id, r.organisation_name ?? '']))
}

function directoryColumns(
  locale: Locale,
  employers: ReadonlyMap<number, string>,
): ExportColumn<DirectoryEntry>[] {
  const t = directoryText[locale]
  const text = (value: string | null) => (value === null || value === '' ? null : value)
  const columns: Omit<ExportColumn<DirectoryEntry>, 'kind'>[] = [
    { header: t.sectorCode, value: (e) => e.sector.code },
    { header: t.sector, value: (e) => (locale === 'de' ? e.sector.nameDe : e.sector.nameEn) },
    { header: targetLabel('memberNumber', locale), value: (e) => e.member.member_number },
    { header: t.name, value: (e) => text(displayName(e.member)) },
    {
      header: t.organisation,
      value: ({ member }) =>
        member.kind === 'organisation'
          ? null
          : (text(member.company) ??
            (member.organisation_id === null
              ? null
              : text(employers.get(member.organisation_id) ?? null))),
    },
    { header: targetLabel('classification', locale), value: (e) => text(e.member.classification) },
    {
      header: targetLabel('businessAddress.town', locale),
      value: (e) => text(e.member.business_town),
    },
    { header: targetLabel('website', locale), value: (e) => text(e.member.website) },
    { header: targetLabel('phoneBusiness', locale), value: (e) => text(e.member.phone_business) },
    { header: targetLabel('emailBusiness', locale), value: (e) => text(e.member.email_business) },
  ]
  return columns.map((column) => ({ ...column, kind: 'text' }))
}
