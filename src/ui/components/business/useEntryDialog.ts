import { ref, type Ref } from 'vue'
import { useMessage } from 'naive-ui'
import { useReportError } from '../../composables/useReportError.ts'

/**
 * What the referral, closed-business and one-to-one dialogs share: a problem shows only once
 * saving was tried, one save runs at a time, and a saved entry is announced, handed to the
 * list and closes the dialog. A failed save keeps the dialog open with what was typed.
 */
export function useEntryDialog<T>(show: Ref<boolean>, onSaved: (entry: T) => void) {
  const errors = useReportError()
  const message = useMessage()
  const tried = ref(false)
  const saving = ref(false)
  const shown = (problem: string | null) => (tried.value ? problem : null)

  async function submit(run: () => Promise<T>, said: (entry: T) => string): Promise<void> {
    saving.value = true
    try {
      const saved = await run()
      message.success(said(saved))
      onSaved(saved)
      show.value = false
    } catch (error) {
      errors.report(error)
    } finally {
      saving.value = false
    }
  }

  return { tried, saving, shown, submit }
}

/**
 * The two members of an entry: both must be picked, and they must differ (`same` says so for
 * the kind of entry at hand).
 */
export function pairProblems(
  first: number | null,
  second: number | null,
  pick: string,
  same: string,
): { first: string | null; second: string | null } {
  return {
    first: first === null ? pick : null,
    second: second === null ? pick : second === first ? same : null,
  }
}
