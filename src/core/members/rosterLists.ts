import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { CustomField, CustomFieldType, MembershipType } from '../../api/roster.ts'
import type { Database } from '../db/schema.ts'
import { slugify } from '../session/slug.ts'

export async function listCustomFields(db: Kysely<Database>): Promise<CustomField[]> {
  const rows = await db
    .selectFrom('custom_field')
    .selectAll()
    .orderBy('sort_order')
    .orderBy('id')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    label: r.label,
    type: r.type,
    options: JSON.parse(r.options) as string[],
    active: r.active === 1,
  }))
}

/** The key is made once from the first label and stays, so imports and exports keep matching. */
export async function saveCustomField(
  db: Kysely<Database>,
  field: {
    id: number | null
    label: string
    type: CustomFieldType
    options: string[]
    active: boolean
  },
): Promise<void> {
  const values = {
    label: field.label,
    type: field.type,
    options: JSON.stringify(field.type === 'choice' ? field.options : []),
    active: field.active ? 1 : 0,
  }
  if (field.id !== null) {
    const result = await db
      .updateTable('custom_field')
      .set(values)
      .where('id', '=', field.id)
      .executeTakeFirst()
    if (result.numUpdatedRows === 0n)
      throw new KreisError('input.invalid', { field: 'id', reason: 'notAllowed' })
    return
  }
  const taken = new Set(
    (await db.selectFrom('custom_field').select('key').execute()).map((r) => r.key),
  )
  const base = slugify(field.label).replace(/-/g, '_')
  let key = base
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`
  await db
    .insertInto('custom_field')
    .values({ ...values, key, sort_order: taken.size + 1 })
    .execute()
}

export async function listMembershipTypes(db: Kysely<Database>): Promise<MembershipType[]> {
  const rows = await db
    .selectFrom('membership_type')
    .selectAll()
    .orderBy('sort_order')
    .orderBy('id')
    .execute()
  return rows.map((r) => ({ id: r.id, name: r.name, active: r.active === 1 }))
}

export async function saveMembershipType(
  db: Kysely<Database>,
  type: { id: number | null; name: string; active: boolean },
): Promise<void> {
  const clash = await db
    .selectFrom('membership_type')
    .select('id')
    .where('name', '=', type.name)
    .executeTakeFirst()
  if (clash !== undefined && clash.id !== type.id) {
    throw new KreisError('input.invalid', { field: 'name', reason: 'notAllowed' })
  }
  if (type.id === null) {
    const count = await db
      .selectFrom('membership_type')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    await db
      .insertInto('membership_type')
      .values({ name: type.name, active: type.active ? 1 : 0, sort_order: Number(count.n) + 1 })
      .execute()
    return
  }
  await db
    .updateTable('membership_type')
    .set({ name: type.name, active: type.active ? 1 : 0 })
    .where('id', '=', type.id)
    .execute()
}
