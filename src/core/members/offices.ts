import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { BoardEntry, Role } from '../../api/roster.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { displayName } from './displayName.ts'
import { recordChanges } from './history.ts'
import { requireMemberRow } from './memberWrite.ts'

export async function listRoles(db: Kysely<Database>): Promise<Role[]> {
  const rows = await db.selectFrom('role').selectAll().orderBy('sort_order').orderBy('id').execute()
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    nameDe: r.name_de,
    nameEn: r.name_en,
    kind: r.kind,
    active: r.active === 1,
  }))
}

export async function saveRole(
  db: Kysely<Database>,
  role: {
    id: number | null
    nameDe: string
    nameEn: string
    kind: 'board' | 'committee'
    active: boolean
  },
): Promise<void> {
  const values = {
    name_de: role.nameDe,
    name_en: role.nameEn,
    kind: role.kind,
    active: role.active ? 1 : 0,
  }
  if (role.id === null) {
    const last = await db
      .selectFrom('role')
      .select((eb) => eb.fn.max('sort_order').as('max'))
      .executeTakeFirst()
    await db
      .insertInto('role')
      .values({ ...values, key: null, sort_order: Number(last?.max ?? 0) + 1 })
      .execute()
    return
  }
  const result = await db
    .updateTable('role')
    .set(values)
    .where('id', '=', role.id)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw new KreisError('role.notFound')
}

async function roleName(db: Kysely<Database>, roleId: number): Promise<string> {
  const role = await db
    .selectFrom('role')
    .select('name_de')
    .where('id', '=', roleId)
    .executeTakeFirst()
  if (role === undefined) throw new KreisError('role.notFound')
  return role.name_de
}

/** A member takes an office for a term; the term usually follows the club year. */
export async function assignOffice(
  db: Kysely<Database>,
  office: { memberId: number; roleId: number; startDate: string; endDate: string },
  clock: Clock,
): Promise<void> {
  await requireMemberRow(db, office.memberId)
  const name = await roleName(db, office.roleId)
  const endDate = office.endDate === '' ? null : office.endDate
  if (endDate !== null && endDate < office.startDate) {
    throw new KreisError('input.invalid', { field: 'endDate', reason: 'outOfRange' })
  }
  await db
    .insertInto('office')
    .values({
      member_id: office.memberId,
      role_id: office.roleId,
      start_date: office.startDate,
      end_date: endDate,
      note: null,
    })
    .execute()
  await recordChanges(
    db,
    office.memberId,
    'office',
    [
      {
        field: 'office',
        old_value: null,
        new_value: `${name} ${office.startDate}–${endDate ?? ''}`,
      },
    ],
    isoTimestamp(clock),
    null,
  )
}

async function requireOffice(db: Kysely<Database>, officeId: number) {
  const office = await db
    .selectFrom('office')
    .selectAll()
    .where('id', '=', officeId)
    .executeTakeFirst()
  if (office === undefined) throw new KreisError('office.notFound')
  return office
}

export async function endOffice(
  db: Kysely<Database>,
  officeId: number,
  endDate: string,
  clock: Clock,
): Promise<number> {
  const office = await requireOffice(db, officeId)
  if (endDate < office.start_date)
    throw new KreisError('input.invalid', { field: 'endDate', reason: 'outOfRange' })
  await db.updateTable('office').set({ end_date: endDate }).where('id', '=', officeId).execute()
  const name = await roleName(db, office.role_id)
  await recordChanges(
    db,
    office.member_id,
    'office',
    [
      {
        field: 'office',
        old_value: `${name} ${office.start_date}–${office.end_date ?? ''}`,
        new_value: `${name} ${office.start_date}–${endDate}`,
      },
    ],
    isoTimestamp(clock),
    null,
  )
  return office.member_id
}

export async function removeOffice(
  db: Kysely<Database>,
  officeId: number,
  clock: Clock,
): Promise<number> {
  const office = await requireOffice(db, officeId)
  await db.deleteFrom('office').where('id', '=', officeId).execute()
  const name = await roleName(db, office.role_id)
  await recordChanges(
    db,
    office.member_id,
    'office',
    [
      {
        field: 'office',
        old_value: `${name} ${office.start_date}–${office.end_date ?? ''}`,
        new_value: null,
      },
    ],
    isoTimestamp(clock),
    null,
  )
  return office.member_id
}

/** The board on a given day: everyone holding an office then, in the roles' order. */
export async function currentBoard(db: Kysely<Database>, date: string): Promise<BoardEntry[]> {
  const rows = await db
    .selectFrom('office as o')
    .innerJoin('role as r', 'r.id', 'o.role_id')
    .innerJoin('member as m', 'm.id', 'o.member_id')
    .select([
      'o.role_id',
      'r.name_de',
      'r.name_en',
      'o.member_id',
      'o.start_date',
      'o.end_date',
      'm.kind',
      'm.title',
      'm.first_name',
      'm.last_name',
      'm.name_affix',
      'm.organisation_name',
    ])
    .where('o.start_date', '<=', date)
    .where((w) => w.or([w('o.end_date', 'is', null), w('o.end_date', '>=', date)]))
    .orderBy('r.sort_order')
    .orderBy('m.sort_key_de')
    .execute()
  return rows.map((r) => ({
    roleId: r.role_id,
    roleNameDe: r.name_de,
    roleNameEn: r.name_en,
    memberId: r.member_id,
    displayName: displayName(r),
    startDate: r.start_date,
    endDate: r.end_date,
  }))
}
