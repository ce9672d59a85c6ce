import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDialog } from 'naive-ui'
import type { Guest } from '../../../api/attendance.ts'
import type { MemberRecord } from '../../../api/members.ts'
import { useMeetingsStore } from '../../stores/meetings.ts'
import { useReportError } from '../../composables/useReportError.ts'
import { guestName } from './guestDraft.ts'

export interface Converted {
  readonly name: string
  readonly member: MemberRecord
}

/**
 * Turns a guest into a prospect member after asking: the data is carried over and the inviter
 * becomes sponsor. `converted` holds the new member for the notice that links to them.
 */
export function useConvertGuest() {
  const dialog = useDialog()
  const meetings = useMeetingsStore()
  const errors = useReportError()
  const { t } = useI18n()
  const converted = ref<Converted | null>(null)

  function convert(guest: Guest): void {
    const name = guestName(guest)
    const sponsor = guest.invitedBy?.displayName
    dialog.info({
      title: t('meetings.convert.title', { name }),
      content:
        sponsor === undefined
          ? t('meetings.convert.text', { name })
          : t('meetings.convert.textSponsor', { name, sponsor }),
      positiveText: t('meetings.convert.confirm'),
      negativeText: t('common.cancel'),
      onPositiveClick: async () => {
        try {
          converted.value = { name, member: await meetings.convertGuest(guest.id) }
        } catch (error) {
          errors.report(error)
        }
      },
    })
  }

  return { converted, convert }
}
