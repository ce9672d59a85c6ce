import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type {
  AppState,
  ClubCounts,
  ClubKind,
  ClubProfile,
  ClubProfileInput,
  Locale,
} from '../../api/club.ts'
import type { Taxonomy } from '../../api/sectors.ts'
import { call } from '../api/client.ts'

/** What the app knows about itself and the open club, mirrored from the main side. */
export const useAppStore = defineStore('app', () => {
  const state = ref<AppState | null>(null)
  const profile = ref<ClubProfile | null>(null)
  const counts = ref<ClubCounts | null>(null)

  const club = computed(() => state.value?.club ?? null)
  const locale = computed<Locale>(() => club.value?.locale ?? state.value?.welcomeLocale ?? 'de')

  function apply(next: AppState): void {
    const changedClub = next.club?.path !== state.value?.club?.path
    state.value = next
    if (changedClub) {
      profile.value = null
      counts.value = null
    }
  }

  async function load(): Promise<void> {
    apply(await call('app/state', {}))
  }

  async function createClub(input: {
    name: string
    kind: ClubKind
    locale: Locale
    taxonomy?: Taxonomy
    location: 'default' | 'choose'
  }): Promise<void> {
    apply(await call('clubs/create', input))
  }

  async function openDemo(): Promise<void> {
    apply(await call('clubs/openDemo', {}))
  }

  async function openDialog(): Promise<void> {
    apply(await call('clubs/openDialog', {}))
  }

  async function openRecent(path: string): Promise<void> {
    apply(await call('clubs/openRecent', { path }))
  }

  async function forgetRecent(path: string): Promise<void> {
    apply(await call('clubs/forgetRecent', { path }))
  }

  async function closeClub(): Promise<void> {
    apply(await call('clubs/close', {}))
  }

  async function setWelcomeLocale(next: Locale): Promise<void> {
    apply(await call('app/setWelcomeLocale', { locale: next }))
  }

  async function loadProfile(): Promise<ClubProfile> {
    profile.value = await call('club/profile', {})
    return profile.value
  }

  async function loadCounts(): Promise<ClubCounts> {
    counts.value = await call('club/counts', {})
    return counts.value
  }

  async function saveProfile(input: ClubProfileInput): Promise<void> {
    profile.value = await call('club/update', input)
    await load()
  }

  async function setLogo(dataUrl: string | null): Promise<void> {
    profile.value = await call('club/setLogo', { dataUrl })
  }

  async function saveCopy(): Promise<string | null> {
    return (await call('clubs/saveCopy', {})).path
  }

  return {
    state,
    profile,
    counts,
    club,
    locale,
    apply,
    load,
    createClub,
    openDemo,
    openDialog,
    openRecent,
    forgetRecent,
    closeClub,
    setWelcomeLocale,
    loadProfile,
    loadCounts,
    saveProfile,
    setLogo,
    saveCopy,
  }
})
