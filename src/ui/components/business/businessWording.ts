import type { Locale } from '../../../api/club.ts'
import type { Referral } from '../../../api/business.ts'
import { formatDate } from '../../format.ts'

type Translate = (key: string, params?: Record<string, unknown>) => string

/** `★★★☆☆`: the interest of a referral at a glance; the words go to screen readers. */
export function stars(interest: number): string {
  return '★'.repeat(interest) + '☆'.repeat(Math.max(0, 5 - interest))
}

/** A referral as one line in a picker: `12.03.2026 · Max Muster (extern)`. */
export function referralOption(referral: Referral, locale: Locale, t: Translate): string {
  return t('business.tyfcb.referralOption', {
    date: formatDate(referral.date, locale),
    contact: referral.contactName,
    type: t(`business.referralTypes.${referral.type}`),
  })
}
