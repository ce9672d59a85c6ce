import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { SectorCount, SectorTree } from '../../api/sectors.ts'
import { call } from '../api/client.ts'

export interface DirectoryState {
  readonly selectedId: number | null
  readonly expanded: ReadonlySet<number>
  readonly search: string
  readonly showRetired: boolean
}

/**
 * The club's sector tree with its counts, read once per open club. Pickers and the history take
 * names from here, so a retired sector still reads as its name; the directory asks afresh.
 */
export const useSectorStore = defineStore('sectors', () => {
  const clubPath = ref<string | null>(null)
  const sectors = shallowRef<readonly SectorCount[]>([])
  const loaded = ref(false)
  const byId = computed(() => new Map(sectors.value.map((s) => [s.id, s])))
  /** Where the directory stood, so coming back from a member finds the same place. */
  const directory = shallowRef<DirectoryState | null>(null)
  let loading: Promise<void> | null = null

  function apply(tree: SectorTree): void {
    sectors.value = tree.sectors
    loaded.value = true
  }

  /** `fresh`: ask again even if this club's tree is here (its counts follow every member saved). */
  async function load(path: string, fresh = false): Promise<void> {
    if (clubPath.value === path && !fresh) return loading ?? undefined
    if (clubPath.value !== path) {
      sectors.value = []
      loaded.value = false
      directory.value = null
    }
    clubPath.value = path
    const mine: Promise<void> = call('sectors/tree', {})
      .then((tree) => {
        if (loading === mine) apply(tree)
      })
      .catch((error: unknown) => {
        if (loading === mine) clubPath.value = null
        throw error
      })
      .finally(() => {
        if (loading === mine) loading = null
      })
    loading = mine
    return mine
  }

  return { sectors, loaded, byId, directory, apply, load }
})
