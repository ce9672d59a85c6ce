import type { BackupSettings } from '../../api/backups.ts'
import { clubBackupFolder, requireWritableFolder } from '../backup/backupFolder.ts'
import type { Session } from '../session/session.ts'
import type { Handlers } from './context.ts'

type BackupProcedures =
  | 'backups/list'
  | 'backups/now'
  | 'backups/restore'
  | 'backups/settings'
  | 'backups/chooseFolder'
  | 'backups/resetFolder'

function settingsOf(session: Session): BackupSettings {
  const club = session.requireClub()
  const base = session.backupBase()
  return {
    folder: clubBackupFolder(base, club.path),
    defaultFolder: session.defaultBackupBase,
    isDefault: base === session.defaultBackupBase,
  }
}

export const backupHandlers: Pick<Handlers, BackupProcedures> = {
  'backups/list': async (_input, { session }) => session.requireBackups().list(),
  'backups/now': async (_input, { session }) => session.requireBackups().now('manual'),
  'backups/restore': async ({ fileName }, { session }) => session.restoreBackup(fileName),
  'backups/settings': async (_input, { session }) => settingsOf(session),
  /**
   * The chosen folder must take a file before it is kept: a folder the app cannot write to
   * would otherwise fail every automatic backup silently from then on.
   */
  'backups/chooseFolder': async (_input, { session, host }) => {
    const club = session.requireClub()
    const base = await host.chooseFolder(session.backupBase(), 'backups')
    if (base === null) return settingsOf(session)
    requireWritableFolder(clubBackupFolder(base, club.path), base)
    session.setBackupBase(base === session.defaultBackupBase ? null : base)
    return settingsOf(session)
  },
  'backups/resetFolder': async (_input, { session }) => {
    session.requireClub()
    session.setBackupBase(null)
    return settingsOf(session)
  },
}
