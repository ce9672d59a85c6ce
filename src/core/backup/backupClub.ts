import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupEntry, BackupReason } from '../../api/backups.ts'
import { KreisError } from '../../api/errors.ts'
import type { Clock } from '../clock.ts'
import { clubStem, prepareFolder } from './backupFolder.ts'
import { backupNamesIn, describeBackup } from './backupList.ts'
import { backupFileName, parseBackupName } from './backupNames.ts'
import { writeCheckedCopy } from './checkedCopy.ts'
import { backupsToDelete } from './retention.ts'

/**
 * Backs the club file up into `folder` as `<club>-<YYYYMMDD-HHMMSS>-<reason>.kreis`, checked
 * before it gets that name, then thins the folder out by the retention rule. Takes the path,
 * not the app's connection: the copy is read through a connection of its own (see
 * writeCheckedCopy).
 */
export async function backupClub(
  clubPath: string,
  folder: string,
  reason: BackupReason,
  clock: Clock,
): Promise<BackupEntry> {
  prepareFolder(folder)
  const createdAt = clock.now()
  const stem = clubStem(clubPath)
  let fileName = backupFileName(stem, createdAt, reason)
  for (let n = 2; existsSync(join(folder, fileName)); n++) {
    fileName = backupFileName(stem, createdAt, reason, n)
  }
  await writeCheckedCopy(clubPath, join(folder, fileName))
  pruneBackups(folder, clock.now())
  const name = parseBackupName(fileName)
  const entry = name === null ? null : describeBackup(folder, name)
  if (entry === null) throw new KreisError('backup.failed', { path: join(folder, fileName) })
  return entry
}

/** Deletes what the retention rule lets go; a file that will not go is tried again next time. */
function pruneBackups(folder: string, now: Date): void {
  for (const fileName of backupsToDelete(backupNamesIn(folder), now)) {
    try {
      rmSync(join(folder, fileName), { force: true })
    } catch {
      // Locked by a virus scanner or a sync client for a moment: the next backup prunes again.
    }
  }
}
