import { ref, type Ref } from 'vue'
import { useMessage } from 'naive-ui'
import { useReportError } from './useReportError.ts'

/**
 * What the dialogs that save one entry share (referrals, closed business, one-to-ones, guests,
 * visits, meeting series): a problem shows only once saving was tried, one save runs at a
 * time, and a saved entry is announced, handed on and closes the dialog. A failed save keeps
 * the dialog open with what was typed.
 */
export function useEntryDialog<T>(
  show: Ref<boolean>,
  onSaved: (entry: T) => void = () => undefined,
) {
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
