import { ref, watch, type Ref } from 'vue'
import type { MemberBusinessReport, OneToOne, Referral, Tyfcb } from '../../../api/business.ts'
import { call } from '../../api/client.ts'
import { useReportError } from '../../composables/useReportError.ts'
import type { Period } from './reportPeriods.ts'

/**
 * The referrals, closed business and one-to-ones of a period, all of the chapter or those one
 * member took part in, with that member's own report. Read together so the section counts
 * agree; an answer overtaken by a later question is dropped.
 */
export function useBusinessData(period: Ref<Period | null>, memberId: Ref<number | null>) {
  const errors = useReportError()
  const referrals = ref<Referral[] | null>(null)
  const tyfcb = ref<Tyfcb[] | null>(null)
  const oneToOnes = ref<OneToOne[] | null>(null)
  const memberReport = ref<MemberBusinessReport | null>(null)
  let asked = 0

  async function load(): Promise<void> {
    const range = period.value
    if (range === null) return
    const member = memberId.value
    const mine = ++asked
    const query = { from: range.from, to: range.to, memberId: member }
    try {
      const [r, t, o, m] = await Promise.all([
        call('referrals/list', query),
        call('tyfcb/list', query),
        call('oneToOnes/list', query),
        member === null ? null : call('referrals/memberReport', { memberId: member, range }),
      ])
      if (mine !== asked) return
      referrals.value = r
      tyfcb.value = t
      oneToOnes.value = o
      memberReport.value = m
    } catch (error) {
      errors.report(error)
    }
  }

  watch([period, memberId], load, { immediate: true })
  return { referrals, tyfcb, oneToOnes, memberReport, load }
}
