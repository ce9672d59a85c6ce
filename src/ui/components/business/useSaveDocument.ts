import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useMessage } from 'naive-ui'
import { useReportError } from '../../composables/useReportError.ts'

/**
 * Saves a report through a procedure that asks where (and may open it): which one is busy, and
 * the path in a message once it is written. A cancelled save dialog says nothing.
 */
export function useSaveDocument<K extends string>() {
  const saving = ref<K | null>(null)
  const message = useMessage()
  const errors = useReportError()
  const { t } = useI18n()

  async function save(which: K, run: () => Promise<{ path: string | null }>): Promise<void> {
    saving.value = which
    try {
      const { path } = await run()
      if (path !== null) message.success(t('business.saved', { path }))
    } catch (error) {
      errors.report(error)
    } finally {
      saving.value = null
    }
  }

  return { saving, save }
}
