import { checkPolicy, policyReport } from '../sectors/policy.ts'
import { getPolicy, savePolicy } from '../sectors/policySettings.ts'
import type { Handlers } from './context.ts'

export const policyHandlers: Pick<
  Handlers,
  'policy/get' | 'policy/save' | 'policy/check' | 'policy/report'
> = {
  'policy/get': async (_input, { session }) => getPolicy(session.requireClub().db),
  'policy/save': async (policy, { session }) => savePolicy(session.requireClub().db, policy),
  'policy/check': async (change, { session }) => checkPolicy(session.requireClub().db, change),
  'policy/report': async (_input, { session }) => policyReport(session.requireClub().db),
}
