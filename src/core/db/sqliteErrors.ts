import { KreisError } from '../../api/errors.ts'

/** Turns SQLite's own errors into ones a person can act on; never lets the raw text through. */
export function fileErrorFrom(error: unknown, path: string): KreisError {
  if (error instanceof KreisError) return error
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : null
  switch (code) {
    case 'SQLITE_NOTADB':
      return new KreisError('file.notSqlite', { path })
    case 'SQLITE_CORRUPT':
    case 'SQLITE_CORRUPT_INDEX':
    case 'SQLITE_CORRUPT_SEQUENCE':
    case 'SQLITE_CORRUPT_VTAB':
      return new KreisError('file.corrupt', { path })
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new KreisError('file.locked', { path })
    case 'SQLITE_READONLY':
    case 'SQLITE_READONLY_DBMOVED':
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new KreisError('file.readOnly', { path })
    case 'SQLITE_CANTOPEN':
    case 'ENOENT':
      return new KreisError('file.notFound', { path })
    case 'SQLITE_FULL':
    case 'ENOSPC':
      return new KreisError('file.writeFailed', { path, reason: 'disk full' })
    default:
      return new KreisError('internal')
  }
}
