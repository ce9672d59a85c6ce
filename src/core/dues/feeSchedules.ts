import type { Kysely, Selectable } from 'kysely'
import type { FeeSchedule, FeeScheduleInput, MembershipTypeFees } from '../../api/dues.ts'
import { KreisError } from '../../api/errors.ts'
import { isoTimestamp, localToday, type Clock } from '../clock.ts'
import type { Database, FeeScheduleTable } from '../db/schema.ts'

function scheduleOf(row: Selectable<FeeScheduleTable>): FeeSchedule {
  return {
    id: row.id,
    membershipTypeId: row.membership_type_id,
    validFrom: row.valid_from,
    amountCents: row.amount_cents,
    interval: row.interval,
    prorate: row.prorate,
    admissionFeeCents: row.admission_fee_cents,
    exempt: row.exempt === 1,
    dueDays: row.due_days,
  }
}

/** Every schedule of every type, by type, newest first. */
export async function allSchedules(db: Kysely<Database>): Promise<Map<number, FeeSchedule[]>> {
  const rows = await db
    .selectFrom('fee_schedule')
    .selectAll()
    .orderBy('membership_type_id')
    .orderBy('valid_from', 'desc')
    .execute()
  const byType = new Map<number, FeeSchedule[]>()
  for (const row of rows) {
    const list = byType.get(row.membership_type_id) ?? []
    list.push(scheduleOf(row))
    byType.set(row.membership_type_id, list)
  }
  return byType
}

/** Of a type's schedules (newest first), the one valid on `day`: the newest not after it. */
export function scheduleOn(
  schedules: readonly FeeSchedule[] | undefined,
  day: string,
): FeeSchedule | null {
  return schedules?.find((s) => s.validFrom <= day) ?? null
}

/** Membership types in their order, with schedules and how many current members each has. */
export async function listTypeFees(
  db: Kysely<Database>,
  clock: Clock,
): Promise<MembershipTypeFees[]> {
  const today = localToday(clock)
  const types = await db
    .selectFrom('membership_type')
    .selectAll()
    .orderBy('sort_order')
    .orderBy('id')
    .execute()
  const counts = await db
    .selectFrom('member')
    .select(['membership_type_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '!=', 'former')
    .where('membership_type_id', 'is not', null)
    .groupBy('membership_type_id')
    .execute()
  const countOf = new Map(counts.map((c) => [c.membership_type_id, Number(c.n)]))
  const schedules = await allSchedules(db)
  return types.map((type) => ({
    id: type.id,
    name: type.name,
    active: type.active === 1,
    memberCount: countOf.get(type.id) ?? 0,
    current: scheduleOn(schedules.get(type.id), today),
    schedules: schedules.get(type.id) ?? [],
  }))
}

/**
 * Adds a schedule from its date on, or replaces the one of the same type and date. A date in
 * the future leaves the current schedule in force until then.
 */
export async function saveSchedule(
  db: Kysely<Database>,
  input: FeeScheduleInput,
  clock: Clock,
): Promise<void> {
  const type = await db
    .selectFrom('membership_type')
    .select('id')
    .where('id', '=', input.membershipTypeId)
    .executeTakeFirst()
  if (type === undefined) {
    throw new KreisError('dues.typeNotFound', { membershipTypeId: input.membershipTypeId })
  }
  const values = {
    amount_cents: input.amountCents,
    interval: input.interval,
    prorate: input.prorate,
    admission_fee_cents: input.admissionFeeCents,
    exempt: input.exempt ? 1 : 0,
    due_days: input.dueDays,
  }
  await db
    .insertInto('fee_schedule')
    .values({
      ...values,
      membership_type_id: input.membershipTypeId,
      valid_from: input.validFrom,
      created_at: isoTimestamp(clock),
    })
    .onConflict((oc) => oc.columns(['membership_type_id', 'valid_from']).doUpdateSet(values))
    .execute()
}
