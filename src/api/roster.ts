/** The lists around the roster: offices and roles, custom fields, membership types. */

export interface Role {
  readonly id: number
  readonly key: string | null
  readonly nameDe: string
  readonly nameEn: string
  readonly kind: 'board' | 'committee'
  readonly active: boolean
}

export interface BoardEntry {
  readonly roleId: number
  readonly roleNameDe: string
  readonly roleNameEn: string
  readonly memberId: number
  readonly displayName: string
  readonly startDate: string
  readonly endDate: string | null
}

export const customFieldTypes = ['text', 'number', 'date', 'boolean', 'choice'] as const
export type CustomFieldType = (typeof customFieldTypes)[number]

export interface CustomField {
  readonly id: number
  readonly key: string
  readonly label: string
  readonly type: CustomFieldType
  readonly options: readonly string[]
  readonly active: boolean
}

export interface MembershipType {
  readonly id: number
  readonly name: string
  readonly active: boolean
}
