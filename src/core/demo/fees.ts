import type { Insertable } from 'kysely'
import type { FeeScheduleTable } from '../db/schema.ts'
import { membershipTypeIds, type DemoMembershipType } from './membershipTypes.ts'

/** A year's dues per type, in cents; what Rotary clubs around Frankfurt ask, roughly. */
const yearlyCents: Readonly<Record<DemoMembershipType, number>> = {
  active: 36_000,
  honorary: 0,
  supporting: 12_000,
  corporate: 60_000,
  young: 18_000,
}

/** The admission fee a new active member pays once. */
const admissionCents: Readonly<Record<DemoMembershipType, number>> = {
  active: 10_000,
  honorary: 0,
  supporting: 0,
  corporate: 20_000,
  young: 0,
}

/** Days from the start of the club year to the due date. */
export const demoDueDays = 14

/** What a member of `typeId` pays a year and on joining (0 for unknown types). */
export function demoFeeOf(typeId: number): { yearly: number; admission: number } {
  const entry = Object.entries(membershipTypeIds).find(([, id]) => id === typeId)
  if (entry === undefined) return { yearly: 0, admission: 0 }
  const type = entry[0] as DemoMembershipType
  return { yearly: yearlyCents[type], admission: admissionCents[type] }
}

/**
 * Every type billed yearly, pro-rated by month for joiners, since long before the first
 * member joined; and a raise for active members from the next club year on, so the fee
 * screen shows a change dated in the future.
 */
export function demoFeeSchedules(
  nextYearStart: string,
  timestamp: string,
): Insertable<FeeScheduleTable>[] {
  const schedules: Insertable<FeeScheduleTable>[] = Object.entries(membershipTypeIds).map(
    ([type, id]) => ({
      membership_type_id: id,
      valid_from: '1990-07-01',
      amount_cents: yearlyCents[type as DemoMembershipType],
      interval: 'yearly',
      prorate: 'month',
      admission_fee_cents: admissionCents[type as DemoMembershipType],
      exempt: type === 'honorary' ? 1 : 0,
      due_days: demoDueDays,
      created_at: timestamp,
    }),
  )
  schedules.push({
    membership_type_id: membershipTypeIds.active,
    valid_from: nextYearStart,
    amount_cents: 39_000,
    interval: 'yearly',
    prorate: 'month',
    admission_fee_cents: admissionCents.active,
    exempt: 0,
    due_days: demoDueDays,
    created_at: timestamp,
  })
  return schedules
}
