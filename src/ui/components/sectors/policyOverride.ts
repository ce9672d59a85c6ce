import { ref } from 'vue'
import type { Locale } from '../../../api/club.ts'
import type { KreisErrorData } from '../../../api/errors.ts'
import type { PolicyViolation } from '../../../api/sectors.ts'
import type { InputOf } from '../../../api/procedures.ts'
import { call, errorDataOf } from '../../api/client.ts'
import { useAppStore } from '../../stores/app.ts'
import { labelOf } from './sectorTree.ts'

/** What the override dialog says: the classification, how far over, and who already holds it. */
export interface PolicyPrompt {
  readonly classification: string
  readonly count: number
  readonly limit: number
  readonly holders: readonly string[]
}

export function promptFromViolation(violation: PolicyViolation, locale: Locale): PolicyPrompt {
  return {
    classification: labelOf(violation.classification, locale),
    count: violation.count,
    limit: violation.limit,
    holders: violation.holders.map((m) =>
      m.memberNumber === '' ? m.displayName : `${m.displayName} (${m.memberNumber})`,
    ),
  }
}

/** The core's refusal carries the same facts as text, for a save that raced another one. */
export function promptFromError(data: KreisErrorData): PolicyPrompt | null {
  if (data.code !== 'policy.violated') return null
  const holders = String(data.params['holders'] ?? '')
  return {
    classification: String(data.params['classification'] ?? ''),
    count: Number(data.params['count'] ?? 0),
    limit: Number(data.params['limit'] ?? 0),
    holders: holders === '' ? [] : [holders],
  }
}

export type PolicyCheck = InputOf<'policy/check'>

/**
 * Runs a save under the club's classification policy: asks the core first whether the change
 * breaks it, and if so lets an officer go ahead with a reason, which travels as `override`.
 */
export function usePolicyOverride() {
  const store = useAppStore()
  const prompt = ref<PolicyPrompt | null>(null)
  let pending: ((reason: string | null) => void) | null = null

  function ask(next: PolicyPrompt): Promise<string | null> {
    pending?.(null)
    prompt.value = next
    return new Promise((resolve) => (pending = resolve))
  }

  /** The dialog's answer: the reason given, or null for "cancel". */
  function answer(reason: string | null): void {
    prompt.value = null
    const resolve = pending
    pending = null
    resolve?.(reason)
  }

  /** Null when the user cancelled; errors other than the policy's pass through. */
  async function guarded<T>(
    check: PolicyCheck | null,
    save: (override: string | undefined) => Promise<T>,
  ): Promise<T | null> {
    let override: string | undefined
    if (check !== null) {
      const violation = await call('policy/check', check)
      if (violation !== null) {
        const reason = await ask(promptFromViolation(violation, store.locale))
        if (reason === null) return null
        override = reason
      }
    }
    try {
      return await save(override)
    } catch (error) {
      const refused = override === undefined ? promptFromError(errorDataOf(error)) : null
      if (refused === null) throw error
      const reason = await ask(refused)
      return reason === null ? null : await save(reason)
    }
  }

  return { prompt, answer, guarded }
}
