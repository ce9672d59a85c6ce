import { onBeforeUnmount, ref, shallowRef, watch, type Ref } from 'vue'
import type { DirectoryOptions, DirectoryPreview } from '../../../api/directory.ts'
import { call } from '../../api/client.ts'

/** A new preview is asked for this long after the last change, so clicking along stays calm. */
const settleMs = 400

/** The options as a plain object: what is sent is what was shown, whatever changes later. */
export function plainOptions(options: DirectoryOptions): DirectoryOptions {
  return { ...options, statuses: [...options.statuses], sections: [...options.sections] }
}

/**
 * The preview of the book for the options as they stand. Every answer but the one for the
 * latest options is dropped, so a slow early answer never replaces a later one.
 */
export function useDirectoryPreview(
  options: Ref<DirectoryOptions | null>,
  report: (error: unknown) => void,
) {
  const preview = shallowRef<DirectoryPreview | null>(null)
  const loading = ref(false)
  const failed = ref(false)
  let timer: ReturnType<typeof setTimeout> | null = null
  let asked = 0

  async function ask(next: DirectoryOptions): Promise<void> {
    const mine = ++asked
    try {
      const answer = await call('directory/preview', next)
      if (mine !== asked) return
      preview.value = answer
      failed.value = false
    } catch (error) {
      if (mine !== asked) return
      preview.value = null
      failed.value = true
      report(error)
    } finally {
      if (mine === asked) loading.value = false
    }
  }

  watch(
    () => (options.value === null ? null : JSON.stringify(options.value)),
    (key, before) => {
      if (timer !== null) clearTimeout(timer)
      timer = null
      if (key === null || options.value === null) return
      const next = plainOptions(options.value)
      loading.value = true
      // The first preview comes at once; later ones wait until the user pauses.
      if (before === null || before === undefined) void ask(next)
      else
        timer = setTimeout(() => {
          timer = null
          void ask(next)
        }, settleMs)
    },
    { immediate: true },
  )

  onBeforeUnmount(() => {
    if (timer !== null) clearTimeout(timer)
    asked++
  })

  return { preview, loading, failed }
}
