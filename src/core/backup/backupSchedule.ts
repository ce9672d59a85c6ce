/** Automatic backups while a club is open come at most this often, and only after changes. */
const backupIntervalMs = 15 * 60_000

/**
 * When the next automatic backup is due. "Changed" is SQLite's `total_changes()` of the app's
 * connection, which counts every row written since the file was opened: a backup remembers
 * the count it saw, and any other count means something was written since.
 */
export class BackupSchedule {
  private lastAttempt: number
  private savedChanges: number

  constructor(now: Date, changes: number) {
    this.lastAttempt = now.getTime()
    this.savedChanges = changes
  }

  isDue(now: Date, changes: number): boolean {
    return this.hasChanged(changes) && now.getTime() - this.lastAttempt >= backupIntervalMs
  }

  hasChanged(changes: number): boolean {
    return changes !== this.savedChanges
  }

  /** A failed attempt waits out the interval too, so a full disk is not retried every minute. */
  attempted(at: Date): void {
    this.lastAttempt = at.getTime()
  }

  /** `changes` as counted when the backup began: what came in during the copy may be missing. */
  succeeded(at: Date, changes: number): void {
    this.lastAttempt = at.getTime()
    this.savedChanges = changes
  }
}
