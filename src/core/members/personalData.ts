import type { Kysely } from 'kysely'
import type { Locale } from '../../api/club.ts'
import { consentKinds } from '../../api/members.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { sectorLabel } from '../sectors/sectorIndex.ts'
import { displayName } from './displayName.ts'
import { refColumns } from './memberRef.ts'
import { requireMemberRow } from './memberWrite.ts'
import { fill } from '../pdf/fill.ts'
import { personalDataText } from './personalDataLabels.ts'
import type { PdfOptions } from '../pdf/pdfmake.ts'
import { renderPersonalDataPdf } from './personalDataPdf.ts'

type Ref = { readonly memberNumber: string; readonly name: string }

export interface PersonalData {
  readonly generatedAt: string
  readonly legalBasis: 'Art. 15 DSGVO'
  readonly notice: string
  readonly club: { readonly name: string; readonly address: string }
  readonly member: Readonly<Record<string, string | number | null>>
  readonly photo: { readonly mime: string; readonly base64: string } | null
  readonly customValues: readonly {
    readonly key: string
    readonly label: string
    readonly value: string
  }[]
  readonly consent: readonly {
    readonly kind: string
    readonly granted: boolean
    readonly decidedOn: string | null
  }[]
  readonly offices: readonly {
    readonly role: string
    readonly startDate: string
    readonly endDate: string | null
    readonly note: string | null
  }[]
  readonly organisation: Ref | null
  readonly people: readonly (Ref & { readonly role: string | null })[]
  readonly sponsor: Ref | null
  readonly history: readonly {
    readonly at: string
    readonly action: string
    readonly field: string | null
    readonly oldValue: string | null
    readonly newValue: string | null
    readonly note: string | null
  }[]
}

// Derived from the name for sorting; the name itself is in the record.
const derived = new Set([
  'sort_key_de',
  'sort_key_en',
  'photo',
  'photo_mime',
  'sector_id',
  'membership_type_id',
])

/** Everything stored about one member (Art. 15 GDPR), gathered straight from the tables. */
export async function collectPersonalData(
  db: Kysely<Database>,
  memberId: number,
  locale: Locale,
  clock: Clock,
): Promise<PersonalData> {
  const row = await requireMemberRow(db, memberId)
  const club = await db.selectFrom('club').selectAll().executeTakeFirstOrThrow()
  const ref = async (id: number | null): Promise<Ref | null> => {
    if (id === null) return null
    const other = await db
      .selectFrom('member')
      .select(refColumns)
      .where('id', '=', id)
      .executeTakeFirst()
    return other === undefined
      ? null
      : { memberNumber: other.member_number, name: displayName(other) }
  }
  const member: Record<string, string | number | null> = {}
  for (const [column, value] of Object.entries(row)) {
    if (derived.has(column)) continue
    member[column.replace(/_([a-z])/g, (_w, c: string) => c.toUpperCase())] = value as
      string | number | null
  }
  if (row.sector_id !== null) {
    const sector = await db
      .selectFrom('sector')
      .select(['code', 'name_de as nameDe', 'name_en as nameEn'])
      .where('id', '=', row.sector_id)
      .executeTakeFirst()
    member['sector'] = sector === undefined ? null : sectorLabel(sector, locale)
  }
  const secondary = await db
    .selectFrom('member_sector as ms')
    .innerJoin('sector as s', 's.id', 'ms.sector_id')
    .select(['s.code', 's.name_de as nameDe', 's.name_en as nameEn'])
    .where('ms.member_id', '=', memberId)
    .orderBy('s.code')
    .execute()
  if (secondary.length > 0) {
    member['secondarySectors'] = secondary.map((s) => sectorLabel(s, locale)).join('; ')
  }
  if (row.membership_type_id !== null) {
    const type = await db
      .selectFrom('membership_type')
      .select('name')
      .where('id', '=', row.membership_type_id)
      .executeTakeFirst()
    member['membershipType'] = type?.name ?? null
  }
  const custom = await db
    .selectFrom('member_custom_value as v')
    .innerJoin('custom_field as f', 'f.id', 'v.field_id')
    .select(['f.key', 'f.label', 'v.value'])
    .where('v.member_id', '=', memberId)
    .orderBy('f.sort_order')
    .execute()
  const consentRows = await db
    .selectFrom('consent')
    .selectAll()
    .where('member_id', '=', memberId)
    .execute()
  const offices = await db
    .selectFrom('office as o')
    .innerJoin('role as r', 'r.id', 'o.role_id')
    .select(['r.name_de', 'r.name_en', 'o.start_date', 'o.end_date', 'o.note'])
    .where('o.member_id', '=', memberId)
    .orderBy('o.start_date')
    .execute()
  const people = await db
    .selectFrom('member')
    .select([...refColumns, 'organisation_role'])
    .where('organisation_id', '=', memberId)
    .orderBy(locale === 'de' ? 'sort_key_de' : 'sort_key_en')
    .execute()
  const history = await db
    .selectFrom('member_history')
    .select(['at', 'action', 'field', 'old_value', 'new_value', 'note'])
    .where('member_id', '=', memberId)
    .orderBy('id')
    .execute()
  return {
    generatedAt: isoTimestamp(clock),
    legalBasis: 'Art. 15 DSGVO',
    notice: fill(personalDataText[locale].intro, { club: club.name }),
    club: {
      name: club.name,
      address: [
        `${club.street} ${club.house_number}`.trim(),
        `${club.postcode} ${club.town}`.trim(),
      ]
        .filter((part) => part !== '')
        .join(', '),
    },
    member,
    photo:
      row.photo === null || row.photo_mime === null
        ? null
        : { mime: row.photo_mime, base64: Buffer.from(row.photo).toString('base64') },
    customValues: custom,
    consent: consentKinds.map((kind) => {
      const given = consentRows.find((c) => c.kind === kind)
      return { kind, granted: given?.granted === 1, decidedOn: given?.decided_on ?? null }
    }),
    offices: offices.map((o) => ({
      role: locale === 'de' ? o.name_de : o.name_en,
      startDate: o.start_date,
      endDate: o.end_date,
      note: o.note,
    })),
    organisation: await ref(row.organisation_id),
    people: people.map((p) => ({
      memberNumber: p.member_number,
      name: displayName(p),
      role: p.organisation_role,
    })),
    sponsor: await ref(row.sponsor_id),
    history: history.map((h) => ({
      at: h.at,
      action: h.action,
      field: h.field,
      oldValue: h.old_value,
      newValue: h.new_value,
      note: h.note,
    })),
  }
}

/** The Art. 15 export: the data as JSON for machines and as a PDF for the member to read. */
export async function personalDataExport(
  db: Kysely<Database>,
  memberId: number,
  locale: Locale,
  clock: Clock,
  options: PdfOptions = {},
): Promise<{ json: string; pdf: Uint8Array; displayName: string }> {
  const data = await collectPersonalData(db, memberId, locale, clock)
  const row = await requireMemberRow(db, memberId)
  const pdf = await renderPersonalDataPdf(data, locale, options)
  return { json: `${JSON.stringify(data, null, 2)}\n`, pdf, displayName: displayName(row) }
}
