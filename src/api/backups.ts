import * as v from 'valibot'

/** Why a backup was made; shown in Settings → Backups. */
export const backupReasons = [
  'open',
  'interval',
  'close',
  'manual',
  'beforeRestore',
  'beforeMigration',
] as const
export type BackupReason = (typeof backupReasons)[number]

export interface BackupEntry {
  /** The file's name inside the club's backup folder; the only handle the renderer gets. */
  readonly fileName: string
  /** ISO timestamp (UTC) of when the backup was taken. */
  readonly createdAt: string
  readonly reason: BackupReason
  readonly sizeBytes: number
  /** Members (all statuses) in the backup; null when the file could not be read. */
  readonly memberCount: number | null
  readonly schemaVersion: number | null
}

export interface BackupSettings {
  /** Where this club's backups go now (`<folder>/<club>/`). */
  readonly folder: string
  /** The folder used when none is chosen: `<userData>/backups`. */
  readonly defaultFolder: string
  readonly isDefault: boolean
}

/** A backup is named, never given as a path: restore reads only from the club's own folder. */
export const BackupNameSchema = v.strictObject({
  fileName: v.pipe(
    v.string(),
    v.minLength(1),
    v.maxLength(255),
    v.regex(/^[^/\\\0]+\.kreis$/, 'fileName'),
  ),
})

/** What `kreis check` and the check after a backup find. */
export interface FileCheck {
  readonly path: string
  readonly ok: boolean
  readonly schemaVersion: number
  readonly integrity: readonly string[]
  readonly foreignKeyProblems: number
  readonly memberCount: number | null
}
