import { policyReport } from '../../core/sectors/policy.ts'
import { getPolicy } from '../../core/sectors/policySettings.ts'
import type { CommandContext } from '../main.ts'
import { cliText } from '../messages.ts'
import { withClub } from './clubFile.ts'

/** `kreis policy check <club>`: exit code 1 when any classification is over its limit. */
export async function runPolicyCheck(ctx: CommandContext): Promise<number> {
  const { policy, violations } = await withClub(ctx, async (db) => ({
    policy: await getPolicy(db),
    violations: await policyReport(db),
  }))
  if (ctx.json) ctx.io.out(JSON.stringify({ policy, violations }))
  else if (policy.mode === 'none') ctx.io.out(cliText(ctx.locale, 'policyNone'))
  else if (violations.length === 0) ctx.io.out(cliText(ctx.locale, 'policyOk'))
  else {
    for (const v of violations) {
      const name = ctx.locale === 'de' ? v.classification.nameDe : v.classification.nameEn
      ctx.io.out(
        cliText(ctx.locale, 'policyOver', {
          classification: `${v.classification.code} ${name}`,
          count: v.count,
          limit: v.limit,
          holders: v.holders.map((h) => `${h.displayName} (${h.memberNumber})`).join(', '),
        }),
      )
    }
  }
  return violations.length > 0 ? 1 : 0
}
