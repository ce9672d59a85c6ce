import type { Kysely, Transaction } from 'kysely'
import type { FeeScheduleInput } from '../../src/api/dues.ts'
import type { MemberInput, StatusAction } from '../../src/api/members.ts'
import type { Database } from '../../src/core/db/schema.ts'
import { saveSchedule } from '../../src/core/dues/feeSchedules.ts'
import { changeStatus } from '../../src/core/members/memberStatus.ts'
import { createMember } from '../../src/core/members/memberWrite.ts'
import { person } from './members.ts'
import { fixedClock } from './temp.ts'

/**
 * A club for dues tests. The club file from `useOpenClub` is a Rotary club: its year runs
 * from 1 July, so the club year of `fixedClock` (2026-11-21) is 2026/27.
 */

/** Runs ledger writers, which want a transaction of their own. */
export function inTrx<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>) {
  return db.transaction().execute(work)
}

export async function addMembershipType(db: Kysely<Database>, name: string): Promise<number> {
  const { id } = await db
    .insertInto('membership_type')
    .values({ name, sort_order: 1, active: 1 })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

/** A fee schedule: €120 a year from 2020, pro-rated by month, no admission fee, due in 14 days. */
export async function addSchedule(
  db: Kysely<Database>,
  membershipTypeId: number,
  fields: Partial<Omit<FeeScheduleInput, 'membershipTypeId'>> = {},
): Promise<void> {
  await saveSchedule(
    db,
    {
      membershipTypeId,
      validFrom: '2020-01-01',
      amountCents: 12000,
      interval: 'yearly',
      prorate: 'month',
      admissionFeeCents: 0,
      exempt: false,
      dueDays: 14,
      ...fields,
    },
    fixedClock,
  )
}

export interface DuesMemberFields extends Partial<MemberInput> {
  /** A status action taken after creating the member (e.g. `resign`), on `actionDate`. */
  readonly action?: StatusAction
  readonly actionDate?: string
  /** Create as a prospect instead of an active member. */
  readonly prospect?: boolean
}

/** An active member (joined 2020-03-01 unless told), optionally moved on by a status action. */
export async function addDuesMember(
  db: Kysely<Database>,
  fields: DuesMemberFields,
): Promise<number> {
  const { action, actionDate, prospect, ...input } = fields
  const id = await createMember(
    db,
    person({ joinDate: prospect === true ? '' : '2020-03-01', ...input }),
    prospect === true ? 'prospect' : 'active',
    fixedClock,
  )
  if (action !== undefined) {
    await changeStatus(db, id, action, actionDate ?? '2026-01-01', '', fixedClock)
  }
  return id
}

export interface DuesClub {
  readonly types: {
    /** €120 a year, by month, admission fee €50. */
    readonly active: number
    /** Exempt. */
    readonly honorary: number
    /** €60 a year, by day. */
    readonly young: number
    /** €30 a quarter, not pro-rated. */
    readonly corporate: number
  }
  readonly members: {
    /** Anna Müller, active since 2020-03-01. */
    readonly anna: number
    /** Bernd Becker, active, joined 2026-09-05 (pro-rated, pays the admission fee). */
    readonly bernd: number
    /** Clara Özdemir, honorary. */
    readonly clara: number
    /** Dieter Schulz, young professional since 2025-01-10. */
    readonly dieter: number
    /** Emil Ärmel, active but without a membership type. */
    readonly emil: number
    /** Firma Zeta GmbH, corporate since 2019-05-01. */
    readonly zeta: number
  }
}

/** Four membership types with schedules and six members, no charges yet. */
export async function makeDuesClub(db: Kysely<Database>): Promise<DuesClub> {
  const active = await addMembershipType(db, 'Aktiv')
  const honorary = await addMembershipType(db, 'Ehrenmitglied')
  const young = await addMembershipType(db, 'Junges Mitglied')
  const corporate = await addMembershipType(db, 'Firmenmitglied')
  await addSchedule(db, active, { admissionFeeCents: 5000 })
  await addSchedule(db, honorary, { amountCents: 0, exempt: true })
  await addSchedule(db, young, { amountCents: 6000, prorate: 'day' })
  await addSchedule(db, corporate, { amountCents: 3000, interval: 'quarterly', prorate: 'none' })
  const anna = await addDuesMember(db, {
    firstName: 'Anna',
    lastName: 'Müller',
    membershipTypeId: active,
  })
  const bernd = await addDuesMember(db, {
    firstName: 'Bernd',
    lastName: 'Becker',
    membershipTypeId: active,
    joinDate: '2026-09-05',
  })
  const clara = await addDuesMember(db, {
    firstName: 'Clara',
    lastName: 'Özdemir',
    membershipTypeId: honorary,
    action: 'makeHonorary',
    actionDate: '2024-01-01',
  })
  const dieter = await addDuesMember(db, {
    firstName: 'Dieter',
    lastName: 'Schulz',
    membershipTypeId: young,
    joinDate: '2025-01-10',
  })
  const emil = await addDuesMember(db, { firstName: 'Emil', lastName: 'Ärmel' })
  const zeta = await addDuesMember(db, {
    kind: 'organisation',
    lastName: '',
    organisationName: 'Firma Zeta GmbH',
    membershipTypeId: corporate,
    joinDate: '2019-05-01',
  })
  return {
    types: { active, honorary, young, corporate },
    members: { anna, bernd, clara, dieter, emil, zeta },
  }
}
