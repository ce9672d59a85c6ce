import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  rmSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { KreisError } from '../../api/errors.ts'
import { fileStamp, type Clock } from '../clock.ts'
import { openExisting } from '../db/checkConnection.ts'
import { fileErrorFrom } from '../db/sqliteErrors.ts'
import { syncFolder } from './checkedCopy.ts'
import { requireKreisFile } from './fileCheck.ts'
import { requireRestorable, stageRestore, swapInRestored } from './restore.ts'

export interface FileRestore {
  readonly path: string
  /** Where the file that was there before went; null when there was none. */
  readonly previous: string | null
}

/**
 * `kreis restore <backup> --to <file>`: the backup, checked, in the place of `target`. A file
 * already there must be a Kreis file nobody has open; it is kept beside itself as
 * `<file>.before-restore-<stamp>.kreis` first, so the restore can be undone.
 */
export async function restoreFileTo(
  backup: string,
  target: string,
  clock: Clock,
): Promise<FileRestore> {
  requireRestorable(backup)
  let previous: string | null = null
  if (existsSync(target)) {
    requireKreisFile(target)
    requireUnused(target)
    previous = join(dirname(target), `${basename(target)}.before-restore-${fileStamp(clock)}.kreis`)
    keepExactCopy(target, previous)
  }
  try {
    mkdirSync(dirname(target), { recursive: true })
  } catch (error) {
    throw fileErrorFrom(error, target)
  }
  const staged = await stageRestore(backup, target)
  try {
    swapInRestored(staged, target)
  } catch (error) {
    rmSync(staged, { force: true })
    throw fileErrorFrom(error, target)
  }
  return { path: target, previous }
}

/**
 * Leaving WAL mode needs the file to itself: SQLite refuses while any other connection, in
 * this process or another (the app), has it open. Succeeding also folds the WAL into the
 * file, so what is kept next is complete in one file.
 */
function requireUnused(path: string): void {
  const db = openExisting(path)
  try {
    db.pragma('busy_timeout = 1000')
    if (db.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') {
      throw new KreisError('file.locked', { path })
    }
  } catch (error) {
    // A damaged file may refuse even this; it is kept byte for byte all the same.
    const locked = error instanceof KreisError || fileErrorFrom(error, path).code === 'file.locked'
    if (locked) throw new KreisError('file.locked', { path })
  } finally {
    db.close()
  }
}

/**
 * The file being replaced, byte for byte: nobody has it open (requireUnused), so a plain
 * copy is safe here, and unlike a SQLite copy it keeps a damaged file as it was.
 */
function keepExactCopy(path: string, copy: string): void {
  try {
    copyFileSync(path, copy, constants.COPYFILE_EXCL)
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`)
    // On disk before the original is replaced, not just in the operating system's cache.
    const fd = openSync(copy, 'r+')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    throw fileErrorFrom(error, copy)
  }
  syncFolder(dirname(copy))
}
