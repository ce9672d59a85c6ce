import { computed, inject, provide, reactive, ref, type InjectionKey, type Ref } from 'vue'
import type { MemberInput, MemberRecord } from '../../../api/members.ts'
import type { CustomField } from '../../../api/roster.ts'
import { validateMember, type FieldProblem } from './memberForm.ts'

export interface MemberFormContext {
  readonly form: MemberInput
  readonly record: Ref<MemberRecord | null>
  /** The reason to show under the field now, if any (`email`, `postcode`, `tooLong` …). */
  problemAt(path: string): string | null
  touch(path: string): void
  readonly problems: Ref<Record<string, FieldProblem>>
  /** After a refused save every problem shows, touched or not. */
  showAll(): void
  serverProblem(path: string, reason: string): void
  reset(): void
}

const key: InjectionKey<MemberFormContext> = Symbol('member form')

export function getPath(form: MemberInput, path: string): unknown {
  let value: unknown = form
  for (const part of path.split('.')) {
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[part]
        : undefined
  }
  return value
}

export function setPath(form: MemberInput, path: string, next: unknown): void {
  const parts = path.split('.')
  const last = parts.pop()
  let target: unknown = form
  for (const part of parts) target = (target as Record<string, unknown>)[part]
  if (last !== undefined && typeof target === 'object' && target !== null) {
    ;(target as Record<string, unknown>)[last] = next
  }
}

/** The form's state and its problems, shared with every section below the member page. */
export function provideMemberForm(
  form: MemberInput,
  record: Ref<MemberRecord | null>,
  fields: Ref<readonly CustomField[]>,
): MemberFormContext {
  const touched = reactive(new Set<string>())
  const all = ref(false)
  // A refusal from the core holds while the value is the one that was refused.
  const server = reactive(new Map<string, { reason: string; value: string }>())
  const problems = computed(() => validateMember(form, fields.value))

  const context: MemberFormContext = {
    form,
    record,
    problems,
    problemAt(path) {
      const refused = server.get(path)
      if (refused !== undefined && refused.value === JSON.stringify(getPath(form, path))) {
        return refused.reason
      }
      const problem = problems.value[path]
      return problem !== undefined && (all.value || touched.has(path)) ? problem : null
    },
    touch: (path) => touched.add(path),
    showAll: () => (all.value = true),
    serverProblem: (path, reason) =>
      server.set(path, { reason, value: JSON.stringify(getPath(form, path)) }),
    reset() {
      touched.clear()
      server.clear()
      all.value = false
    },
  }
  provide(key, context)
  return context
}

export function useMemberForm(): MemberFormContext {
  const context = inject(key)
  if (context === undefined) throw new Error('useMemberForm outside a member page')
  return context
}
