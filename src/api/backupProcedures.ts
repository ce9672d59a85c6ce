import type { AppState } from './club.ts'
import { BackupNameSchema, type BackupEntry, type BackupSettings } from './backups.ts'
import { none, procedure } from './procedure.ts'

/** Backups of the open club: list, make one, restore one, choose where they go. */
export const backupProcedures = {
  /** Backups of the open club, newest first. */
  'backups/list': procedure<BackupEntry[]>()(none),
  'backups/now': procedure<BackupEntry>()(none),
  /** Saves the current file as a backup first, so a restore can itself be undone. */
  'backups/restore': procedure<AppState>()(BackupNameSchema),
  'backups/settings': procedure<BackupSettings>()(none),
  'backups/chooseFolder': procedure<BackupSettings>()(none),
  'backups/resetFolder': procedure<BackupSettings>()(none),
} as const
