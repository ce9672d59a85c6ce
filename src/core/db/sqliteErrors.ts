import { KreisError } from '../../api/errors.ts'

/** Turns SQLite's own errors into ones a person can act on; never lets the raw text through. */
export function fileErrorFrom(error: unknown, path: string): KreisError {
  if (error instanceof KreisError) return error
  const raw = typeof error === 'object' && error !== null && 'code' in error ? error.code : null
  // SQLite's extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_READONLY_DIRECTORY …) map like their base.
  const code = typeof raw === 'string' ? raw.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1') : null
  switch (code) {
    case 'SQLITE_NOTADB':
      return new KreisError('file.notSqlite', { path })
    case 'SQLITE_CORRUPT':
      return new KreisError('file.corrupt', { path })
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new KreisError('file.locked', { path })
    case 'SQLITE_READONLY':
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new KreisError('file.readOnly', { path })
    case 'SQLITE_CANTOPEN':
    case 'ENOENT':
      return new KreisError('file.notFound', { path })
    case 'SQLITE_FULL':
    case 'ENOSPC':
      return new KreisError('file.diskFull', { path })
    default:
      return new KreisError('internal', {}, { cause: error })
  }
}
