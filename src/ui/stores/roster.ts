import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { CustomField, MembershipType, Role } from '../../api/roster.ts'
import { call } from '../api/client.ts'

/**
 * The small lists around the roster (roles, membership types, custom fields), read once per
 * open club and replaced by whatever a save returns, so every view shows the same names.
 */
export const useRosterStore = defineStore('roster', () => {
  const clubPath = ref<string | null>(null)
  const roles = ref<Role[]>([])
  const membershipTypes = ref<MembershipType[]>([])
  const customFields = ref<CustomField[]>([])
  let loading: Promise<void> | null = null

  async function load(path: string): Promise<void> {
    if (clubPath.value === path) return loading ?? undefined
    clubPath.value = path
    loading = Promise.all([
      call('roles/list', {}),
      call('membershipTypes/list', {}),
      call('customFields/list', {}),
    ])
      .then(([r, t, f]) => {
        roles.value = r
        membershipTypes.value = t
        customFields.value = f
      })
      .catch((error: unknown) => {
        clubPath.value = null
        throw error
      })
      .finally(() => {
        loading = null
      })
    return loading
  }

  async function saveRole(input: {
    id: number | null
    nameDe: string
    nameEn: string
    kind: 'board' | 'committee'
    active: boolean
  }): Promise<void> {
    roles.value = await call('roles/save', input)
  }

  async function saveMembershipType(input: {
    id: number | null
    name: string
    active: boolean
  }): Promise<void> {
    membershipTypes.value = await call('membershipTypes/save', input)
  }

  async function saveCustomField(input: {
    id: number | null
    label: string
    type: CustomField['type']
    options: string[]
    active: boolean
  }): Promise<void> {
    customFields.value = await call('customFields/save', input)
  }

  return {
    roles,
    membershipTypes,
    customFields,
    load,
    saveRole,
    saveMembershipType,
    saveCustomField,
  }
})
