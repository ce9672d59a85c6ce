import type { MemberListRow, MemberSortField } from '../../../api/members.ts'

export const columnKeys = [
  'memberNumber',
  'name',
  'organisation',
  'position',
  'classification',
  'postcode',
  'town',
  'email',
  'phone',
  'mobile',
  'status',
  'kind',
  'joinDate',
  'leaveDate',
] as const
export type ColumnKey = (typeof columnKeys)[number]

export interface ColumnDef {
  readonly key: ColumnKey
  /** CSS grid track: fixed for short values, flexible for names. */
  readonly width: string
  readonly minWidth: number
  readonly sort?: MemberSortField
  /** Plain text of the cell; status and dates are rendered by the table itself. */
  readonly text: (row: MemberListRow) => string
}

const orEmpty = (value: string | null) => value ?? ''

export const columns: Readonly<Record<ColumnKey, ColumnDef>> = {
  memberNumber: {
    key: 'memberNumber',
    width: '80px',
    minWidth: 80,
    sort: 'memberNumber',
    text: (r) => r.memberNumber,
  },
  name: {
    key: 'name',
    width: 'minmax(150px, 2fr)',
    minWidth: 150,
    sort: 'name',
    text: (r) => r.displayName,
  },
  organisation: {
    key: 'organisation',
    width: 'minmax(120px, 1.4fr)',
    minWidth: 120,
    text: (r) => orEmpty(r.company),
  },
  position: {
    key: 'position',
    width: 'minmax(120px, 1fr)',
    minWidth: 120,
    text: (r) => orEmpty(r.position),
  },
  classification: {
    key: 'classification',
    width: 'minmax(120px, 1.4fr)',
    minWidth: 120,
    text: (r) => orEmpty(r.classification),
  },
  postcode: { key: 'postcode', width: '70px', minWidth: 70, text: (r) => orEmpty(r.postcode) },
  town: {
    key: 'town',
    width: 'minmax(100px, 1fr)',
    minWidth: 100,
    sort: 'town',
    text: (r) => orEmpty(r.town),
  },
  email: {
    key: 'email',
    width: 'minmax(140px, 1.4fr)',
    minWidth: 140,
    text: (r) => orEmpty(r.emailBusiness),
  },
  phone: {
    key: 'phone',
    width: 'minmax(120px, 1fr)',
    minWidth: 120,
    text: (r) => orEmpty(r.phoneBusiness),
  },
  mobile: {
    key: 'mobile',
    width: 'minmax(120px, 1fr)',
    minWidth: 120,
    text: (r) => orEmpty(r.phoneMobile),
  },
  status: { key: 'status', width: '120px', minWidth: 120, sort: 'status', text: (r) => r.status },
  kind: { key: 'kind', width: '110px', minWidth: 110, text: (r) => r.kind },
  joinDate: {
    key: 'joinDate',
    width: '100px',
    minWidth: 100,
    sort: 'joinDate',
    text: (r) => orEmpty(r.joinDate),
  },
  leaveDate: { key: 'leaveDate', width: '100px', minWidth: 100, text: (r) => orEmpty(r.leaveDate) },
}

export const defaultColumns: readonly ColumnKey[] = [
  'memberNumber',
  'name',
  'organisation',
  'classification',
  'town',
  'email',
  'status',
]

export function isColumnKey(value: unknown): value is ColumnKey {
  return typeof value === 'string' && (columnKeys as readonly string[]).includes(value)
}
