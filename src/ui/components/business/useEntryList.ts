import { ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDialog, useMessage } from 'naive-ui'
import { useReportError } from '../../composables/useReportError.ts'

/** How a deletion is asked for and announced. */
export interface DeleteWording {
  readonly title: string
  readonly content: string
  readonly deleted: string
}

/**
 * What the referral, closed-business and one-to-one lists share: the entry open in the dialog
 * (none for a new one), and changes that are announced and make the list read again.
 */
export function useEntryList<T>(changed: () => void) {
  const message = useMessage()
  const dialog = useDialog()
  const errors = useReportError()
  const { t } = useI18n()
  const editing = ref(null) as Ref<T | null>
  const dialogOpen = ref(false)

  function open(entry: T | null): void {
    editing.value = entry
    dialogOpen.value = true
  }

  async function change(run: () => Promise<unknown>, said: string): Promise<void> {
    try {
      await run()
      message.success(said)
      changed()
    } catch (error) {
      errors.report(error)
    }
  }

  /** Deletes only once the officer confirms; the wording names the entry. */
  function confirmDelete(wording: DeleteWording, run: () => Promise<unknown>): void {
    dialog.warning({
      title: wording.title,
      content: wording.content,
      positiveText: t('business.delete'),
      negativeText: t('common.cancel'),
      onPositiveClick: () => change(run, wording.deleted),
    })
  }

  return { editing, dialogOpen, open, change, confirmDelete }
}
