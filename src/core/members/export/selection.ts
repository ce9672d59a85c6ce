import { sql, type Kysely } from 'kysely'
import type { Locale } from '../../../api/club.ts'
import type { ConsentKind } from '../../../api/members.ts'
import { idList } from '../../db/idList.ts'
import type { Database, MemberRow } from '../../db/schema.ts'
import { memberDataColumns } from '../memberDataColumns.ts'

export type ExportRow = Omit<MemberRow, 'photo'> & { readonly photo: Uint8Array | null }

export interface ExportSelection {
  readonly publication: boolean
  /** Empty: every member the default list shows, i.e. all but former members. */
  readonly ids: readonly number[]
  readonly withPhotos: boolean
}

export interface ExportData {
  readonly members: readonly ExportRow[]
  /** Granted consent per member; empty for a full export, where it does not matter. */
  readonly consent: ReadonlyMap<number, ReadonlySet<ConsentKind>>
  readonly customValues: ReadonlyMap<number, ReadonlyMap<string, string>>
  readonly customFields: readonly { key: string; label: string; type: string }[]
  readonly membershipTypes: ReadonlyMap<number, string>
}

const columns = [
  'id',
  ...memberDataColumns,
  'photo_mime',
  'sort_key_de',
  'sort_key_en',
  'created_at',
  'updated_at',
] as const satisfies readonly Exclude<keyof MemberRow, 'photo'>[]

/**
 * Loads the members to export with a handful of queries whatever their number, sorted as the
 * list shows them: DIN 5007-2 in German, plain alphabetical in English.
 */
export async function loadExportData(
  db: Kysely<Database>,
  selection: ExportSelection,
  locale: Locale,
): Promise<ExportData> {
  let query = db
    .selectFrom('member')
    .select(columns)
    // Photos only where they go out (vCard): 100,000 of them would not fit in memory.
    .select(selection.withPhotos ? 'photo' : sql<null>`null`.as('photo'))
  if (selection.ids.length > 0) {
    query = query.where('id', 'in', idList(selection.ids))
  } else {
    query = query.where('status', '!=', 'former')
  }
  if (selection.publication) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('consent')
          .select('consent.member_id')
          .whereRef('consent.member_id', '=', 'member.id')
          .where('consent.kind', '=', 'directory')
          .where('consent.granted', '=', 1),
      ),
    )
  }
  const members = await query
    .orderBy(locale === 'de' ? 'sort_key_de' : 'sort_key_en')
    .orderBy('id')
    .execute()

  const consent = new Map<number, Set<ConsentKind>>()
  if (selection.publication) {
    const rows = await db
      .selectFrom('consent')
      .select(['member_id', 'kind'])
      .where('granted', '=', 1)
      .execute()
    for (const row of rows) {
      const kinds = consent.get(row.member_id) ?? new Set<ConsentKind>()
      consent.set(row.member_id, kinds.add(row.kind))
    }
  }

  const customFields = await db
    .selectFrom('custom_field')
    .select(['id', 'key', 'label', 'type'])
    .where('active', '=', 1)
    .orderBy('sort_order')
    .orderBy('id')
    .execute()
  const customValues = new Map<number, Map<string, string>>()
  const values = await db
    .selectFrom('member_custom_value as v')
    .innerJoin('custom_field as f', 'f.id', 'v.field_id')
    .select(['v.member_id', 'f.key', 'v.value'])
    .where('f.active', '=', 1)
    .execute()
  for (const row of values) {
    const map = customValues.get(row.member_id) ?? new Map<string, string>()
    customValues.set(row.member_id, map.set(row.key, row.value))
  }
  const types = await db.selectFrom('membership_type').select(['id', 'name']).execute()
  return {
    members: members as ExportRow[],
    consent,
    customValues,
    customFields,
    membershipTypes: new Map(types.map((type) => [type.id, type.name])),
  }
}
