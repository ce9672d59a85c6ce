import type { Kysely } from 'kysely'
import { isIsoDate, type CustomValue, type MemberInput } from '../../api/members.ts'
import { KreisError } from '../../api/errors.ts'
import type { CustomFieldType } from '../../api/roster.ts'
import type { Database } from '../db/schema.ts'

export interface FieldDefinition {
  readonly id: number
  readonly key: string
  readonly type: CustomFieldType
  readonly options: readonly string[]
}

export async function fieldDefinitions(
  db: Kysely<Database>,
): Promise<Map<string, FieldDefinition>> {
  const rows = await db
    .selectFrom('custom_field')
    .select(['id', 'key', 'type', 'options'])
    .execute()
  return new Map(
    rows.map((r) => [
      r.key,
      { id: r.id, key: r.key, type: r.type, options: JSON.parse(r.options) as string[] },
    ]),
  )
}

/** A value as stored (text), or null for "no value"; refuses what does not fit the field's type. */
export function storedValue(field: FieldDefinition, value: CustomValue): string | null {
  if (value === null || value === '') return null
  const refuse = (reason: string) =>
    new KreisError('member.customField', { field: field.key, reason })
  switch (field.type) {
    case 'text':
      if (typeof value !== 'string' || value.length > 2000) throw refuse('tooLong')
      return value
    case 'number': {
      const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'))
      if (!Number.isFinite(n)) throw refuse('format')
      return String(n)
    }
    case 'date':
      if (typeof value !== 'string' || !isIsoDate(value)) throw refuse('date')
      return value
    case 'boolean':
      if (typeof value !== 'boolean') throw refuse('wrongType')
      return value ? 'true' : 'false'
    case 'choice':
      if (typeof value !== 'string' || !field.options.includes(value)) throw refuse('notAllowed')
      return value
  }
}

export function valueFromStored(type: CustomFieldType, stored: string): CustomValue {
  if (type === 'number') return Number(stored)
  if (type === 'boolean') return stored === 'true'
  return stored
}

/** The rows to store for one member: unknown keys are refused, empty values dropped. */
export function customRows(
  fields: ReadonlyMap<string, FieldDefinition>,
  memberId: number,
  values: MemberInput['customValues'],
): { member_id: number; field_id: number; value: string }[] {
  const rows = []
  for (const [key, value] of Object.entries(values)) {
    const field = fields.get(key)
    if (field === undefined)
      throw new KreisError('member.customField', { field: key, reason: 'unexpected' })
    const stored = storedValue(field, value)
    if (stored !== null) rows.push({ member_id: memberId, field_id: field.id, value: stored })
  }
  return rows
}

export async function customValuesOf(
  db: Kysely<Database>,
  memberId: number,
): Promise<MemberInput['customValues']> {
  const rows = await db
    .selectFrom('member_custom_value as v')
    .innerJoin('custom_field as f', 'f.id', 'v.field_id')
    .select(['f.key', 'f.type', 'v.value'])
    .where('v.member_id', '=', memberId)
    .execute()
  return Object.fromEntries(rows.map((r) => [r.key, valueFromStored(r.type, r.value)]))
}
