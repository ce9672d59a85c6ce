import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Locale } from '../../api/club.ts'
import type { DirectoryOptions, ListOptions } from '../../api/directory.ts'
import { call } from '../api/client.ts'

function defaultListOptions(locale: Locale): ListOptions {
  return {
    kind: 'phone',
    statuses: ['active', 'honorary', 'on_leave'],
    year: new Date().getFullYear(),
    labelLayout: '3x7',
    locale,
  }
}

/**
 * The options of the directory and the lists for the open club. The book's options come from the
 * club (the last ones saved or printed); changes the user has not saved yet survive a visit to
 * another view, but not a change of club.
 */
export const useDirectoryStore = defineStore('directory', () => {
  const clubPath = ref<string | null>(null)
  const options = ref<DirectoryOptions | null>(null)
  const listOptions = ref<ListOptions>(defaultListOptions('de'))
  let loading: Promise<void> | null = null

  async function load(path: string, locale: Locale): Promise<void> {
    if (clubPath.value === path) return loading ?? undefined
    clubPath.value = path
    options.value = null
    listOptions.value = defaultListOptions(locale)
    const mine: Promise<void> = call('directory/options', {})
      .then((loaded) => {
        if (loading === mine) options.value = loaded
      })
      .catch((error: unknown) => {
        // Asked again on the next visit rather than left without options.
        if (loading === mine) clubPath.value = null
        throw error
      })
      .finally(() => {
        if (loading === mine) loading = null
      })
    loading = mine
    return mine
  }

  return { options, listOptions, load }
})
