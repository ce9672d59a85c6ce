import { useMessage } from 'naive-ui'
import { formatError } from '../../api/messages/errors.ts'
import type { KreisErrorData } from '../../api/errors.ts'
import { errorDataOf } from '../api/client.ts'
import { useAppStore } from '../stores/app.ts'

/** Shows a refused call as a translated message that names what went wrong. */
export function useReportError() {
  const message = useMessage()
  const store = useAppStore()
  const show = (data: KreisErrorData) =>
    message.error(formatError(data, store.locale), {
      duration: 8000,
      closable: true,
      keepAliveOnHover: true,
    })
  return {
    show,
    report: (error: unknown) => show(errorDataOf(error)),
  }
}
