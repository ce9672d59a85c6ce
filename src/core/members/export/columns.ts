import type { Locale } from '../../../api/club.ts'
import type { ConsentKind, LeaveReason, MemberStatus } from '../../../api/members.ts'
import { targetLabel, type BuiltInTarget } from '../import/targets.ts'
import type { ExportData, ExportRow } from './selection.ts'

/** What a cell holds; an amount is integer cents, written with two decimals, never via a float. */
export type CellValue =
  string | number | boolean | { readonly date: string } | { readonly cents: number } | null

/** A column of a CSV or XLSX export; the rows are members unless a list says otherwise. */
export interface ExportColumn<R = ExportRow> {
  readonly header: string
  /** Values wider than this are cut for the column width only, never for the data. */
  readonly kind: 'text' | 'date' | 'number' | 'boolean' | 'money'
  readonly value: (row: R) => CellValue
}

const statusWords: Record<Locale, Record<MemberStatus, string>> = {
  de: {
    prospect: 'Interessent',
    active: 'aktiv',
    honorary: 'Ehrenmitglied',
    on_leave: 'ruhend',
    former: 'ausgetreten',
  },
  en: {
    prospect: 'prospect',
    active: 'active',
    honorary: 'honorary',
    on_leave: 'on leave',
    former: 'former',
  },
}
const leaveWords: Record<Locale, Record<LeaveReason, string>> = {
  de: {
    resigned: 'ausgetreten',
    deceased: 'verstorben',
    excluded: 'ausgeschlossen',
    transferred: 'übergetreten',
  },
  en: {
    resigned: 'former',
    deceased: 'deceased',
    excluded: 'excluded',
    transferred: 'transferred',
  },
}
const kindWords: Record<Locale, Record<ExportRow['kind'], string>> = {
  de: { person: 'Person', organisation: 'Organisation' },
  en: { person: 'person', organisation: 'organisation' },
}

/** The status in words the import understands again; a former member's word names the reason. */
export function statusWord(member: ExportRow, locale: Locale): string {
  if (member.status === 'former' && member.leave_reason !== null) {
    return leaveWords[locale][member.leave_reason]
  }
  return statusWords[locale][member.status]
}

type Getter = (m: ExportRow) => string | null
const builtIn: ReadonlyArray<readonly [BuiltInTarget, Getter, ConsentKind | 'never' | null]> = [
  ['memberNumber', (m) => m.member_number, null],
  ['kind', () => null, null],
  ['status', () => null, null],
  ['salutation', (m) => m.salutation, null],
  ['title', (m) => m.title, null],
  ['firstName', (m) => m.first_name, null],
  ['lastName', (m) => m.last_name, null],
  ['nameAffix', (m) => m.name_affix, null],
  ['organisationName', (m) => m.organisation_name, null],
  ['legalForm', (m) => m.legal_form, null],
  ['registerNumber', (m) => m.register_number, null],
  ['company', (m) => m.company, null],
  ['position', (m) => m.position, null],
  ['classification', (m) => m.classification, null],
  ['emailBusiness', (m) => m.email_business, null],
  ['phoneBusiness', (m) => m.phone_business, null],
  ['phoneMobile', (m) => m.phone_mobile, null],
  ['website', (m) => m.website, null],
  ['businessAddress.street', (m) => m.business_street, null],
  ['businessAddress.houseNumber', (m) => m.business_house_number, null],
  ['businessAddress.postcode', (m) => m.business_postcode, null],
  ['businessAddress.town', (m) => m.business_town, null],
  ['businessAddress.country', (m) => m.business_country, null],
  ['emailPrivate', (m) => m.email_private, 'private_email'],
  ['phonePrivate', (m) => m.phone_private, 'private_phone'],
  ['privateAddress.street', (m) => m.private_street, 'private_address'],
  ['privateAddress.houseNumber', (m) => m.private_house_number, 'private_address'],
  ['privateAddress.postcode', (m) => m.private_postcode, 'private_address'],
  ['privateAddress.town', (m) => m.private_town, 'private_address'],
  ['privateAddress.country', (m) => m.private_country, 'private_address'],
  ['birthday', (m) => m.birthday, 'birthday'],
  ['partnerName', (m) => m.partner_name, 'partner'],
  ['joinDate', (m) => m.join_date, null],
  ['leaveDate', (m) => m.leave_date, 'never'],
  ['notes', (m) => m.notes, 'never'],
]
const dateTargets = new Set<BuiltInTarget>(['birthday', 'joinDate', 'leaveDate'])

/**
 * The columns of a CSV or XLSX export, headed with the import's own labels. A publication
 * leaves out what is never published (notes, leave date, custom fields, membership type) and
 * blanks private data the member did not agree to publish; business data is always there.
 */
export function exportColumns(
  data: ExportData,
  locale: Locale,
  publication: boolean,
): ExportColumn[] {
  const allowed = (member: ExportRow, kind: ConsentKind | null) =>
    !publication || kind === null || data.consent.get(member.id)?.has(kind) === true
  const columns: ExportColumn[] = []
  for (const [key, get, consent] of builtIn) {
    if (publication && consent === 'never') continue
    const kind = dateTargets.has(key) ? 'date' : 'text'
    const header = targetLabel(key, locale)
    const gate = consent === 'never' ? null : consent
    const read: Getter =
      key === 'status'
        ? (m) => statusWord(m, locale)
        : key === 'kind'
          ? (m) => kindWords[locale][m.kind]
          : get
    columns.push({
      header,
      kind,
      value: (member) => {
        if (!allowed(member, gate)) return null
        const text = read(member)
        return text === null || text === '' ? null : kind === 'date' ? { date: text } : text
      },
    })
  }
  if (publication) return columns
  columns.push({
    header: locale === 'de' ? 'Mitgliedschaftsart' : 'Membership type',
    kind: 'text',
    value: (m) =>
      m.membership_type_id === null
        ? null
        : (data.membershipTypes.get(m.membership_type_id) ?? null),
  })
  for (const field of data.customFields) {
    const kind =
      field.type === 'date'
        ? 'date'
        : field.type === 'number'
          ? 'number'
          : field.type === 'boolean'
            ? 'boolean'
            : 'text'
    columns.push({
      header: field.label,
      kind,
      value: (m) => {
        const stored = data.customValues.get(m.id)?.get(field.key)
        if (stored === undefined) return null
        if (kind === 'date') return { date: stored }
        if (kind === 'number') return Number(stored)
        if (kind === 'boolean') return stored === 'true'
        return stored
      },
    })
  }
  return columns
}
