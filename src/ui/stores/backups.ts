import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { BackupEntry, BackupSettings } from '../../api/backups.ts'
import { call } from '../api/client.ts'
import { useAppStore } from './app.ts'

/** Settings → Backups: the open club's backups and where they go. */
export const useBackupStore = defineStore('backups', () => {
  const list = shallowRef<readonly BackupEntry[] | null>(null)
  const settings = ref<BackupSettings | null>(null)

  async function load(): Promise<void> {
    const [entries, current] = await Promise.all([
      call('backups/list', {}),
      call('backups/settings', {}),
    ])
    list.value = entries
    settings.value = current
  }

  async function backUpNow(): Promise<BackupEntry> {
    const entry = await call('backups/now', {})
    list.value = await call('backups/list', {})
    return entry
  }

  async function chooseFolder(): Promise<void> {
    settings.value = await call('backups/chooseFolder', {})
    list.value = await call('backups/list', {})
  }

  async function resetFolder(): Promise<void> {
    settings.value = await call('backups/resetFolder', {})
    list.value = await call('backups/list', {})
  }

  async function restore(fileName: string): Promise<void> {
    useAppStore().apply(await call('backups/restore', { fileName }))
  }

  return { list, settings, load, backUpNow, chooseFolder, resetFolder, restore }
})
