import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { MemberRef } from '../../api/members.ts'
import type { Database } from '../db/schema.ts'
import { recordChanges } from '../members/history.ts'
import { memberLocale } from '../members/locale.ts'
import { sectorLabel } from './sectorIndex.ts'
import { checkPolicy, type PolicyChange } from './policy.ts'

/**
 * How a write from the member form meets the classification policy: checked, and exceeded
 * only with an officer's reason. Writes without a gate (the import) are not checked.
 */
export interface PolicyGate {
  readonly override: string | null
}

/** A change let through beyond the policy, to be recorded in the member's history. */
export interface PolicyOverride {
  readonly classification: string
  readonly reason: string
}

const namedHolders = 10

function holderNames(holders: readonly MemberRef[]): string {
  const names = holders.slice(0, namedHolders).map((h) => h.displayName)
  return holders.length > namedHolders ? `${names.join(', ')}, …` : names.join(', ')
}

/** Refuses a change that breaks the policy unless the gate carries a reason to exceed it. */
export async function passPolicy(
  db: Kysely<Database>,
  change: PolicyChange,
  gate: PolicyGate,
): Promise<PolicyOverride | null> {
  const violation = await checkPolicy(db, change)
  if (violation === null) return null
  const classification = sectorLabel(violation.classification, await memberLocale(db))
  if (gate.override === null) {
    throw new KreisError('policy.violated', {
      classification,
      count: violation.count,
      limit: violation.limit,
      holders: holderNames(violation.holders),
    })
  }
  return { classification, reason: gate.override }
}

export async function recordOverride(
  db: Kysely<Database>,
  memberId: number,
  override: PolicyOverride,
  at: string,
): Promise<void> {
  await recordChanges(
    db,
    memberId,
    'policyOverride',
    [{ field: 'sector_id', old_value: null, new_value: override.classification }],
    at,
    override.reason,
  )
}
