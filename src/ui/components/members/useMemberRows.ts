import { onBeforeUnmount, ref, shallowRef, watch, type Ref } from 'vue'
import type { MemberListQuery, MemberListRow } from '../../../api/members.ts'
import { call } from '../../api/client.ts'

export const pageSize = 200
/** Pages kept in memory; far-away pages are dropped and fetched again when scrolled back. */
const maxPages = 40
/** Scrolling fast through 100,000 rows must not fetch every page flown past. */
const settleMs = 40

export type ListQuery = Omit<MemberListQuery, 'offset' | 'limit'>

/**
 * A sparse window onto the member list: pages of 200 rows are fetched by offset as the table
 * asks for them; rows not loaded yet are `undefined` and drawn as placeholders.
 */
export function useMemberRows(query: Ref<ListQuery>, onError: (error: unknown) => void) {
  const total = ref<number | null>(null)
  const rows = shallowRef(new Map<number, MemberListRow>())
  const loading = ref(false)
  const pages = new Map<number, number>() // page → last use, for eviction
  const pending = new Set<number>()
  let generation = 0
  let wanted: [number, number] = [0, 0]
  let timer: ReturnType<typeof setTimeout> | null = null
  let clock = 0

  function reset(): void {
    generation += 1
    pages.clear()
    pending.clear()
    // The old total stays until the first page answers, so the table does not collapse and jump.
    rows.value = new Map()
    void fetchPage(0)
  }

  async function fetchPage(page: number): Promise<void> {
    if (pages.has(page) || pending.has(page)) return
    const mine = generation
    pending.add(page)
    loading.value = true
    try {
      const result = await call('members/list', {
        ...query.value,
        offset: page * pageSize,
        limit: pageSize,
      })
      if (mine !== generation) return
      total.value = result.total
      pages.set(page, ++clock)
      // A new map per page: the table sees a new value, and at most 8,000 entries are copied.
      const next = new Map(rows.value)
      result.rows.forEach((row, i) => next.set(result.offset + i, row))
      evict(next, page)
      rows.value = next
    } catch (error) {
      if (mine === generation) onError(error)
    } finally {
      if (mine === generation) {
        pending.delete(page)
        loading.value = pending.size > 0
      }
    }
  }

  function evict(map: Map<number, MemberListRow>, current: number): void {
    if (pages.size <= maxPages) return
    const far = [...pages.keys()].sort((a, b) => Math.abs(b - current) - Math.abs(a - current))
    for (const page of far.slice(0, pages.size - maxPages)) {
      pages.delete(page)
      for (let i = page * pageSize; i < (page + 1) * pageSize; i++) map.delete(i)
    }
  }

  /** The table shows rows `from`…`to`; load their pages once scrolling settles. */
  function ensure(from: number, to: number): void {
    wanted = [from, to]
    if (timer !== null) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      const [a, b] = wanted
      for (let page = Math.floor(a / pageSize); page <= Math.floor(b / pageSize); page++) {
        if (pages.has(page)) pages.set(page, ++clock)
        else void fetchPage(page)
      }
    }, settleMs)
  }

  watch(query, reset, { deep: true, immediate: true })
  onBeforeUnmount(() => {
    generation += 1
    if (timer !== null) clearTimeout(timer)
  })

  return { total, rows, loading, ensure, reload: reset }
}
