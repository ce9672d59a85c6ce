import { KreisError } from '../../api/errors.ts'

const folderCodes = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'SQLITE_READONLY'])

/**
 * A backup that could not be written says whether the folder is the trouble (choose another)
 * or the writing itself (a full disk, a vanished drive); the club file is never the cause.
 */
export function backupErrorFrom(error: unknown, folder: string, target: string): KreisError {
  if (error instanceof KreisError) return error
  const raw = typeof error === 'object' && error !== null && 'code' in error ? error.code : null
  const code = typeof raw === 'string' ? raw.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1') : ''
  if (folderCodes.has(code)) return new KreisError('backup.folder', { path: folder })
  return new KreisError('backup.failed', { path: target }, { cause: error })
}
