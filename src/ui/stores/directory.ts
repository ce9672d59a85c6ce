import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Locale } from '../../api/club.ts'
import { defaultListOptions, type DirectoryOptions, type ListOptions } from '../../api/directory.ts'
import { call } from '../api/client.ts'

/**
 * The options of the directory and the lists for the open club. Both come from the club (the
 * last ones saved or printed); changes the user has not saved yet survive a visit to another
 * view, but not a change of club.
 */
export const useDirectoryStore = defineStore('directory', () => {
  const clubPath = ref<string | null>(null)
  const options = ref<DirectoryOptions | null>(null)
  const listOptions = ref<ListOptions>(defaultListOptions('de', new Date().getFullYear()))
  let loading: Promise<void> | null = null

  async function load(path: string, locale: Locale): Promise<void> {
    if (clubPath.value === path) return loading ?? undefined
    clubPath.value = path
    options.value = null
    listOptions.value = defaultListOptions(locale, new Date().getFullYear())
    const mine: Promise<void> = Promise.all([
      call('directory/options', {}),
      call('lists/options', {}),
    ])
      .then(([book, lists]) => {
        if (loading !== mine) return
        options.value = book
        listOptions.value = lists
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
