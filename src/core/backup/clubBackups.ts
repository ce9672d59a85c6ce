import type { BackupEntry, BackupReason } from '../../api/backups.ts'
import type { Clock } from '../clock.ts'
import type { Sqlite } from '../db/connection.ts'
import { backupClub } from './backupClub.ts'
import { listBackups } from './backupList.ts'
import { BackupSchedule } from './backupSchedule.ts'
import { requireRestorable, resolveBackup, stageRestore } from './restore.ts'

export interface OpenClub {
  readonly path: string
  readonly sqlite: Sqlite
}

/**
 * The backups of the one open club: made one at a time, on open, when due while it changes
 * and on close. An automatic backup that fails is reported through `warn` and never stops
 * the app; one the user asks for fails loudly.
 */
export class ClubBackups {
  readonly club: OpenClub
  folder: string
  private readonly clock: Clock
  private readonly warn: (error: unknown) => void
  private readonly schedule: BackupSchedule
  private tail: Promise<unknown> = Promise.resolve()
  private pending = 0

  constructor(
    club: OpenClub,
    folder: string,
    clock: Clock,
    warn: (error: unknown) => void = (error) => console.warn('Kreis: backup failed', error),
  ) {
    this.club = club
    this.folder = folder
    this.clock = clock
    this.warn = warn
    this.schedule = new BackupSchedule(clock.now(), this.changes())
  }

  /** A backup now, after any still running; the schedule counts it like an automatic one. */
  now(reason: BackupReason): Promise<BackupEntry> {
    return this.serial(async () => {
      const started = this.clock.now()
      const changes = this.changes()
      try {
        const entry = await backupClub(this.club.path, this.folder, reason, this.clock)
        this.schedule.succeeded(started, changes)
        return entry
      } catch (error) {
        this.schedule.attempted(started)
        throw error
      }
    })
  }

  /** On open, on close, on the timer: a failure is reported, the app goes on. */
  async automatic(reason: BackupReason): Promise<BackupEntry | null> {
    try {
      return await this.now(reason)
    } catch (error) {
      this.warn(error)
      return null
    }
  }

  /** Called every minute: backs up when 15 minutes have passed and anything has changed. */
  ifDue(): Promise<BackupEntry | null> {
    if (this.pending > 0 || !this.schedule.isDue(this.clock.now(), this.changes())) {
      return Promise.resolve(null)
    }
    return this.automatic('interval')
  }

  /** Before the file closes: a last backup if anything changed since the one before. */
  async beforeClose(): Promise<void> {
    await this.idle()
    if (this.schedule.hasChanged(this.changes())) await this.automatic('close')
  }

  /** Waits for the backups under way, so the file is not closed beneath one. */
  async idle(): Promise<void> {
    await this.tail
  }

  async list(): Promise<BackupEntry[]> {
    await this.idle()
    return listBackups(this.folder)
  }

  /**
   * Everything a restore needs before the club file is closed: the backup found and checked,
   * the current state saved as a backup (so the restore can be undone), and the backup's copy
   * waiting beside the club file. Returns that copy's path; nothing has been replaced yet.
   */
  async prepareRestore(fileName: string): Promise<string> {
    const backup = resolveBackup(this.folder, fileName)
    requireRestorable(backup)
    await this.now('beforeRestore')
    return this.serial(() => stageRestore(backup, this.club.path))
  }

  private changes(): number {
    return Number(this.club.sqlite.prepare('select total_changes()').pluck().get())
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    this.pending++
    const run = this.tail.then(work, work).finally(() => this.pending--)
    this.tail = run.catch(() => undefined)
    return run
  }
}
