import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { AppState, ClubSummary, Locale } from '../../api/club.ts'
import { KreisError } from '../../api/errors.ts'
import { clubBackupFolder } from '../backup/backupFolder.ts'
import { ClubBackups } from '../backup/clubBackups.ts'
import { swapInRestored } from '../backup/restore.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import { fillNewClub, type ClubToCreate } from '../club/newClub.ts'
import { getProfile } from '../club/profile.ts'
import { createClubFile } from '../db/createClubFile.ts'
import { openClubFile, type ClubFile } from '../db/openClubFile.ts'
import { fileErrorFrom } from '../db/sqliteErrors.ts'
import { demoClubName, fillDemoClub } from '../demo/demoClub.ts'
import { PreferencesStore, withRecent } from './preferences.ts'
import { slugify } from './slug.ts'

export interface SessionOptions {
  readonly userDataDir: string
  readonly clock: Clock
  readonly systemLocale: Locale
  readonly version: string
  /** Where a failed automatic backup is reported; it never stops the app. */
  readonly warn?: (error: unknown) => void
}

export const clubFileExtension = '.kreis'
export const demoMemberCount = 60
export const demoSeed = 1

/**
 * The one club file the app has open, and the preferences around it (recent files, the
 * language of the welcome screen). The Electron main process and the browser test bridge
 * each hold one session; every procedure of the contract goes through it.
 */
export class Session {
  readonly options: SessionOptions
  readonly preferences: PreferencesStore
  private file: ClubFile | null = null
  private summary: ClubSummary | null = null
  private backups: ClubBackups | null = null
  private startupError: KreisError | null = null
  private readonly listeners = new Set<(state: AppState) => void>()

  constructor(options: SessionOptions) {
    this.options = options
    this.preferences = new PreferencesStore(join(options.userDataDir, 'preferences.json'))
  }

  get clubsDir(): string {
    return join(this.options.userDataDir, 'clubs')
  }

  /** Called after every change of the open club or the recent list (menu, title, renderer). */
  onChange(listener: (state: AppState) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  requireClub(): ClubFile {
    if (this.file === null) throw new KreisError('club.noneOpen')
    return this.file
  }

  state(): AppState {
    const prefs = this.preferences.read()
    return {
      version: this.options.version,
      systemLocale: this.options.systemLocale,
      welcomeLocale: prefs.welcomeLocale ?? this.options.systemLocale,
      club: this.summary,
      recent: prefs.recent,
      startupError: this.startupError?.toData() ?? null,
    }
  }

  setWelcomeLocale(locale: Locale): AppState {
    this.preferences.update((p) => ({ ...p, welcomeLocale: locale }))
    return this.changed()
  }

  /** Opens `path`; the club open before stays open if this one cannot be opened. */
  async open(path: string): Promise<AppState> {
    return this.openFile(path, true)
  }

  /** `backupOnOpen` is off only after a restore: the file is then a backup already. */
  private async openFile(path: string, backupOnOpen: boolean): Promise<AppState> {
    const backupFolder = clubBackupFolder(this.backupBase(), path)
    const file = await openClubFile(path, { clock: this.options.clock, backupDir: backupFolder })
    let profile
    try {
      profile = await getProfile(file.db)
    } catch (error) {
      await file.db.destroy()
      throw error instanceof KreisError ? new KreisError('file.notKreis', { path }) : error
    }
    await this.closeFile()
    this.startupError = null
    this.file = file
    this.backups = new ClubBackups(file, backupFolder, this.options.clock, this.options.warn)
    // Not awaited: a chamber's file takes a second or two, and opening should not wait for
    // it. Backups run one at a time, so a list, a restore or the close waits for this one.
    if (backupOnOpen) void this.backups.automatic('open')
    this.summary = {
      path,
      name: profile.name,
      kind: profile.kind,
      locale: profile.locale,
      schemaVersion: file.schemaVersion,
      migratedFrom: file.migratedFrom,
      backupPath: file.backupPath,
    }
    this.preferences.update((p) => ({
      ...p,
      lastClub: path,
      recent: withRecent(p.recent, {
        path,
        name: profile.name,
        openedAt: isoTimestamp(this.options.clock),
      }),
    }))
    return this.changed()
  }

  /** Re-reads name, kind and language after the profile changed. */
  async refresh(): Promise<AppState> {
    const file = this.requireClub()
    const profile = await getProfile(file.db)
    if (this.summary !== null) {
      this.summary = {
        ...this.summary,
        name: profile.name,
        kind: profile.kind,
        locale: profile.locale,
      }
    }
    this.preferences.update((p) => ({
      ...p,
      recent: p.recent.map((r) => (r.path === file.path ? { ...r, name: profile.name } : r)),
    }))
    return this.changed()
  }

  /** A new club with its starting sectors: without a choice, the usual ones for its kind. */
  async create(club: ClubToCreate, path?: string): Promise<AppState> {
    const target = path ?? this.freePath(club.name)
    await createClubFile(target, (db) => fillNewClub(db, club, this.options.clock))
    return this.open(target)
  }

  /** Opens the demo club, making it first if it does not exist yet. */
  async openDemo(locale: Locale): Promise<AppState> {
    const path = join(this.clubsDir, `${slugify(demoClubName)}-demo${clubFileExtension}`)
    if (!existsSync(path)) {
      await createClubFile(path, (db) =>
        fillDemoClub(db, {
          members: demoMemberCount,
          seed: demoSeed,
          locale,
          clock: this.options.clock,
        }),
      )
    }
    return this.open(path)
  }

  async openRecent(path: string): Promise<AppState> {
    if (!this.preferences.read().recent.some((r) => r.path === path)) {
      throw new KreisError('club.notRecent')
    }
    return this.open(path)
  }

  forgetRecent(path: string): AppState {
    this.preferences.update((p) => ({ ...p, recent: p.recent.filter((r) => r.path !== path) }))
    return this.changed()
  }

  clearRecent(): AppState {
    this.preferences.update((p) => ({ ...p, recent: [] }))
    return this.changed()
  }

  /** Reopens the club that was open when the app last closed; a failure is reported, not thrown. */
  async reopenLast(): Promise<KreisError | null> {
    const last = this.preferences.read().lastClub
    if (last === null || !existsSync(last)) return null
    try {
      await this.open(last)
      return null
    } catch (error) {
      this.startupError = error instanceof KreisError ? error : new KreisError('internal')
      this.changed()
      return this.startupError
    }
  }

  /** A consistent copy of the open club, made by SQLite itself (safe while the file is live). */
  saveCopy(target: string): void {
    const file = this.requireClub()
    if (existsSync(target)) throw new KreisError('file.exists', { path: target })
    try {
      file.sqlite.prepare('VACUUM INTO ?').run(target)
    } catch (error) {
      throw fileErrorFrom(error, target)
    }
  }

  /** The backups folder without a choice in Settings: `<userData>/backups`. */
  get defaultBackupBase(): string {
    return join(this.options.userDataDir, 'backups')
  }

  /** Where clubs' backups go, each in a folder of its own below. */
  backupBase(): string {
    return this.preferences.read().backupFolder ?? this.defaultBackupBase
  }

  /** `null` returns to the default folder; backups made so far stay where they are. */
  setBackupBase(base: string | null): void {
    this.preferences.update((p) => ({ ...p, backupFolder: base }))
    if (this.backups !== null) {
      this.backups.folder = clubBackupFolder(this.backupBase(), this.backups.club.path)
    }
  }

  requireBackups(): ClubBackups {
    if (this.backups === null) throw new KreisError('club.noneOpen')
    return this.backups
  }

  /** The main process calls this every minute; it backs up only when due (see ClubBackups). */
  async backupIfDue(): Promise<void> {
    await this.backups?.ifDue()
  }

  /**
   * Replaces the open club with one of its backups. The current state is saved as a backup
   * first and the backup's copy made beside the file while it is still open, so that all
   * that happens with the file closed is one rename; if that fails, the old file reopens.
   */
  async restoreBackup(fileName: string): Promise<AppState> {
    const path = this.requireClub().path
    const staged = await this.requireBackups().prepareRestore(fileName)
    await this.closeFile(false)
    let failure: unknown = null
    try {
      swapInRestored(staged, path)
    } catch (error) {
      failure = fileErrorFrom(error, path)
      rmSync(staged, { force: true })
    }
    let state: AppState
    try {
      state = await this.openFile(path, false)
    } catch (error) {
      // The club is closed now: the window and the menu must learn it, not keep showing it.
      this.changed()
      throw error
    }
    if (failure !== null) throw failure
    return state
  }

  async close(): Promise<AppState> {
    await this.closeFile()
    this.preferences.update((p) => ({ ...p, lastClub: null }))
    return this.changed()
  }

  /** Closes the file without forgetting it, for shutting the app down. */
  async dispose(): Promise<void> {
    await this.closeFile()
  }

  defaultPathFor(name: string): string {
    return join(this.clubsDir, `${slugify(name)}${clubFileExtension}`)
  }

  /** `<clubs>/<slug>.kreis`, or `<slug>-2.kreis` … when that name is taken. */
  private freePath(name: string): string {
    const slug = slugify(name)
    for (let n = 1; ; n++) {
      const candidate = join(this.clubsDir, `${slug}${n === 1 ? '' : `-${n}`}${clubFileExtension}`)
      if (!existsSync(candidate)) return candidate
    }
  }

  /** With a backup first if the file changed since the last one, unless `backUp` is off. */
  private async closeFile(backUp = true): Promise<void> {
    const backups = this.backups
    if (backups !== null) await (backUp ? backups.beforeClose() : backups.idle())
    const file = this.file
    this.file = null
    this.summary = null
    this.backups = null
    if (file !== null) await file.db.destroy()
  }

  private changed(): AppState {
    const state = this.state()
    for (const listener of this.listeners) listener(state)
    return state
  }
}
