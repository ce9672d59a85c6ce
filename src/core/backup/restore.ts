import { renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { randomUUID } from 'node:crypto'
import { KreisError } from '../../api/errors.ts'
import { readSqliteHeader } from '../db/fileHeader.ts'
import { latestSchemaVersion } from '../db/migrations/index.ts'
import { parseBackupName } from './backupNames.ts'
import { syncFolder, writeCheckedCopy } from './checkedCopy.ts'
import { quickCheck, requireKreisFile } from './fileCheck.ts'

/**
 * The backup called `fileName` in `folder`, and nothing else: the name must be one Kreis gave
 * a backup, and resolve to a file directly inside the folder.
 */
export function resolveBackup(folder: string, fileName: string): string {
  const path = resolve(folder, fileName)
  const inside = dirname(path) === resolve(folder) && basename(path) === fileName
  if (!inside || parseBackupName(fileName) === null || !isFile(path)) {
    throw new KreisError('backup.notFound', { name: fileName })
  }
  return path
}

/** A backup is restored only if it is a sound Kreis file this version of Kreis can open. */
export function requireRestorable(path: string): void {
  requireKreisFile(path)
  const version = readSqliteHeader(path)?.userVersion ?? 0
  if (version > latestSchemaVersion) {
    throw new KreisError('file.newerSchema', {
      path,
      fileVersion: version,
      appVersion: latestSchemaVersion,
    })
  }
  if (quickCheck(path).length > 0) throw new KreisError('backup.checkFailed', { path })
}

/**
 * A checked copy of the backup beside the club file, under a name of its own, so the swap
 * that follows is a rename within one folder (atomic) and the backup itself stays untouched.
 */
export async function stageRestore(backupPath: string, clubPath: string): Promise<string> {
  const staged = join(
    dirname(clubPath),
    `${basename(clubPath)}.${process.pid}-${randomUUID().slice(0, 8)}.restoring`,
  )
  await writeCheckedCopy(backupPath, staged)
  return staged
}

/**
 * Puts the staged copy in the club file's place; the club file must be closed. A -wal left
 * beside the old file would be replayed into the new one and wreck it, so it goes first.
 */
export function swapInRestored(staged: string, clubPath: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(clubPath + suffix, { force: true })
  renameSync(staged, clubPath)
  syncFolder(dirname(clubPath))
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}
