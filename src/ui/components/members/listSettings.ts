import { reactive, watch } from 'vue'
import {
  memberKinds,
  memberSortFields,
  memberStatuses,
  type MemberKind,
  type MemberSortField,
  type MemberStatus,
} from '../../../api/members.ts'
import { defaultColumns, isColumnKey, type ColumnKey } from './memberColumns.ts'

export interface MemberFilters {
  statuses: MemberStatus[]
  includeFormer: boolean
  kinds: MemberKind[]
  membershipTypeIds: number[]
  roleIds: number[]
  joinYears: number[]
  /** Members in these sectors' subtrees, primary or secondary. */
  sectorIds: number[]
}

/** Everything about the list that should survive a restart; the search text deliberately not. */
export interface ListSettings {
  filters: MemberFilters
  columns: ColumnKey[]
  sort: MemberSortField
  descending: boolean
}

export function emptyFilters(): MemberFilters {
  return {
    statuses: [],
    includeFormer: false,
    kinds: [],
    membershipTypeIds: [],
    roleIds: [],
    joinYears: [],
    sectorIds: [],
  }
}

export function defaultSettings(): ListSettings {
  return { filters: emptyFilters(), columns: [...defaultColumns], sort: 'name', descending: false }
}

export function hasFilters(filters: MemberFilters): boolean {
  return (
    filters.includeFormer ||
    filters.statuses.length + filters.kinds.length + filters.membershipTypeIds.length > 0 ||
    filters.roleIds.length + filters.joinYears.length + filters.sectorIds.length > 0
  )
}

// Versioned so a later shape can ignore what an older Kreis wrote.
export const storageKey = (clubPath: string) => `kreis.members.v1:${clubPath}`

const pick = <T>(value: unknown, allowed: readonly T[]): T[] =>
  Array.isArray(value) ? value.filter((v): v is T => allowed.includes(v as T)) : []
const ids = (value: unknown): number[] =>
  Array.isArray(value) ? value.filter((v): v is number => Number.isInteger(v) && v > 0) : []

/** Reads what was stored, keeping only values this version understands. */
export function parseSettings(raw: string | null): ListSettings {
  const settings = defaultSettings()
  if (raw === null) return settings
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return settings
  }
  if (typeof data !== 'object' || data === null) return settings
  const stored = data as Partial<Record<keyof ListSettings, unknown>>
  const f = (
    typeof stored.filters === 'object' && stored.filters !== null ? stored.filters : {}
  ) as Record<string, unknown>
  settings.filters = {
    statuses: pick(f['statuses'], memberStatuses),
    includeFormer: f['includeFormer'] === true,
    kinds: pick(f['kinds'], memberKinds),
    membershipTypeIds: ids(f['membershipTypeIds']),
    roleIds: ids(f['roleIds']),
    joinYears: ids(f['joinYears']),
    sectorIds: ids(f['sectorIds']),
  }
  if (Array.isArray(stored.columns)) {
    const chosen = [...new Set(stored.columns.filter(isColumnKey))]
    if (chosen.length > 0) settings.columns = chosen
  }
  if (memberSortFields.includes(stored.sort as MemberSortField)) {
    settings.sort = stored.sort as MemberSortField
  }
  settings.descending = stored.descending === true
  return settings
}

/** The list settings of one club, written back to localStorage on every change. */
export function useListSettings(clubPath: string): ListSettings {
  const settings = reactive(parseSettings(readStorage(storageKey(clubPath))))
  watch(
    settings,
    () => {
      try {
        localStorage.setItem(storageKey(clubPath), JSON.stringify(settings))
      } catch {
        // A full or disabled storage only costs the remembered filters, never the work.
      }
    },
    { deep: true },
  )
  return settings
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

/** Opens the member list of one club narrowed to a sector: written where the list will read it. */
export function storeSectorFilter(clubPath: string, sectorId: number): void {
  const settings = parseSettings(readStorage(storageKey(clubPath)))
  settings.filters = { ...emptyFilters(), sectorIds: [sectorId] }
  try {
    localStorage.setItem(storageKey(clubPath), JSON.stringify(settings))
  } catch {
    // Without storage the list simply opens unfiltered.
  }
}
