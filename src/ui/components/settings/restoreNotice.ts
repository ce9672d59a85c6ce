const key = 'kreis.restoredBackup'

/**
 * After a restore the renderer starts afresh: every store holds data of the file as it was,
 * keyed by a path that has not changed, and reading the club anew is the one sure way. The
 * success message is handed over the reload in the session's storage.
 */
export function reloadAfterRestore(createdAt: string): void {
  sessionStorage.setItem(key, createdAt)
  window.location.reload()
}

/** The moment of the backup just restored, once; null on any other start. */
export function takeRestoreNotice(): string | null {
  const createdAt = sessionStorage.getItem(key)
  sessionStorage.removeItem(key)
  return createdAt
}
