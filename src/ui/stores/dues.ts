import { defineStore } from 'pinia'
import { ref } from 'vue'
import type {
  BillingPreview,
  BillingRunSummary,
  DunningLevel,
  FeeScheduleInput,
  MembershipTypeFees,
} from '../../api/dues.ts'
import type { InputOf, ResultOf } from '../../api/procedures.ts'
import type { CollectionSummary, SepaSettings } from '../../api/sepa.ts'
import { call } from '../api/client.ts'

/**
 * What the dues view shows across its tabs for the open club: the fee schedules, the billing
 * runs, the dunning levels, the creditor settings and the past collections. Each is read on
 * first use and replaced by whatever a save returns; a change of club forgets all of it.
 */
export const useDuesStore = defineStore('dues', () => {
  const clubPath = ref<string | null>(null)
  const types = ref<MembershipTypeFees[] | null>(null)
  const runs = ref<BillingRunSummary[] | null>(null)
  const levels = ref<DunningLevel[] | null>(null)
  const settings = ref<SepaSettings | null>(null)
  const collections = ref<CollectionSummary[] | null>(null)
  /** The billing period last previewed, and its preview until it is committed. */
  const period = ref<string | null>(null)
  const preview = ref<BillingPreview | null>(null)
  /** Counts bookings made anywhere in the view, so lists of what is owed know to read again. */
  const ledgerVersion = ref(0)

  function forClub(path: string): void {
    if (clubPath.value === path) return
    clubPath.value = path
    types.value = null
    runs.value = null
    levels.value = null
    settings.value = null
    collections.value = null
    period.value = null
    preview.value = null
  }

  function ledgerChanged(): void {
    ledgerVersion.value++
  }

  async function loadTypes(): Promise<MembershipTypeFees[]> {
    types.value = await call('dues/types', {})
    return types.value
  }

  async function saveSchedule(input: FeeScheduleInput): Promise<void> {
    types.value = await call('dues/saveSchedule', input)
  }

  async function loadRuns(): Promise<void> {
    runs.value = await call('dues/runs', {})
  }

  async function showPreview(next: string): Promise<void> {
    const answer = await call('dues/billPreview', { period: next })
    period.value = next
    preview.value = answer
  }

  async function commit(): Promise<BillingRunSummary | null> {
    if (period.value === null) return null
    const run = await call('dues/billCommit', { period: period.value })
    preview.value = null
    ledgerChanged()
    await loadRuns()
    return run
  }

  async function addExtraCharges(
    input: InputOf<'dues/extraCharge'>,
  ): Promise<ResultOf<'dues/extraCharge'>> {
    const result = await call('dues/extraCharge', input)
    ledgerChanged()
    return result
  }

  async function cancelRun(input: { runId: number; date: string; reason: string }): Promise<void> {
    await call('dues/cancelRun', input)
    ledgerChanged()
    await loadRuns()
  }

  async function loadLevels(): Promise<void> {
    levels.value = await call('dunning/levels', {})
  }

  async function saveLevels(next: DunningLevel[]): Promise<void> {
    levels.value = await call('dunning/saveLevels', next)
  }

  async function loadSettings(): Promise<SepaSettings> {
    settings.value = await call('sepa/settings', {})
    return settings.value
  }

  async function saveSettings(next: SepaSettings): Promise<void> {
    settings.value = await call('sepa/saveSettings', next)
  }

  async function loadCollections(): Promise<void> {
    collections.value = await call('sepa/collections', {})
  }

  return {
    types,
    runs,
    levels,
    settings,
    collections,
    period,
    preview,
    ledgerVersion,
    ledgerChanged,
    forClub,
    loadTypes,
    saveSchedule,
    loadRuns,
    showPreview,
    commit,
    cancelRun,
    addExtraCharges,
    loadLevels,
    saveLevels,
    loadSettings,
    saveSettings,
    loadCollections,
  }
})
