import type { Kysely } from 'kysely'
import * as v from 'valibot'
import { countableStatuses, type ClassificationPolicy } from '../../api/sectors.ts'
import type { Database } from '../db/schema.ts'

const StatusesSchema = v.array(v.picklist(countableStatuses))

/** The club's classification policy, as the Settings page edits it. */
export async function getPolicy(db: Kysely<Database>): Promise<ClassificationPolicy> {
  const club = await db
    .selectFrom('club')
    .select([
      'policy_mode',
      'policy_cap',
      'policy_threshold',
      'policy_percent',
      'policy_statuses',
      'policy_level',
    ])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow()
  const statuses = v.safeParse(StatusesSchema, JSON.parse(club.policy_statuses))
  return {
    mode: club.policy_mode,
    cap: club.policy_cap,
    threshold: club.policy_threshold,
    percent: club.policy_percent,
    // A list no status survives in would count nobody and so silently switch the policy off.
    countedStatuses: statuses.success && statuses.output.length > 0 ? statuses.output : ['active'],
    level: club.policy_level,
  }
}

/** Saves the policy, each counted status once and in their usual order; answers as stored. */
export async function savePolicy(
  db: Kysely<Database>,
  policy: ClassificationPolicy,
): Promise<ClassificationPolicy> {
  const statuses = countableStatuses.filter((s) => policy.countedStatuses.includes(s))
  await db
    .updateTable('club')
    .set({
      policy_mode: policy.mode,
      policy_cap: policy.cap,
      policy_threshold: policy.threshold,
      policy_percent: policy.percent,
      policy_statuses: JSON.stringify(statuses),
      policy_level: policy.level,
    })
    .where('id', '=', 1)
    .execute()
  return getPolicy(db)
}

/** How many members may hold one classification in a club of `size` counted members. */
export function policyLimit(policy: ClassificationPolicy, size: number): number {
  switch (policy.mode) {
    case 'none':
      return Number.POSITIVE_INFINITY
    case 'exclusive':
      return 1
    case 'capped':
      return size > policy.threshold
        ? Math.max(policy.cap, Math.floor((size * policy.percent) / 100))
        : policy.cap
  }
}
