import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { presetPeriod, type Period, type PeriodPreset } from './reportPeriods.ts'

/**
 * The period the referrals and figures tabs show. Kept in a store so that switching between
 * the two tabs keeps it; a change of club starts again from the running club year.
 */
export const useReportPeriod = defineStore('reportPeriod', () => {
  const clubPath = ref<string | null>(null)
  const startMonth = ref<number | null>(null)
  const preset = ref<PeriodPreset>('clubYear')
  const customFrom = ref<string | null>(null)
  const customTo = ref<string | null>(null)

  function forClub(path: string, yearStartMonth: number): void {
    startMonth.value = yearStartMonth
    if (clubPath.value === path) return
    clubPath.value = path
    preset.value = 'clubYear'
    customFrom.value = null
    customTo.value = null
  }

  /** null while the club year is unknown or the custom dates are missing or reversed. */
  const period = computed<Period | null>(() => {
    if (startMonth.value === null) return null
    if (preset.value !== 'custom') return presetPeriod(preset.value, startMonth.value)
    const from = customFrom.value
    const to = customTo.value
    return from !== null && to !== null && from <= to ? { from, to } : null
  })

  /** Custom dates start from what was shown, so the user adjusts rather than starts over. */
  function choose(next: PeriodPreset): void {
    const shown = period.value
    if (next === 'custom' && shown !== null) {
      customFrom.value = shown.from
      customTo.value = shown.to
    }
    preset.value = next
  }

  return { clubPath, startMonth, preset, customFrom, customTo, period, forClub, choose }
})
