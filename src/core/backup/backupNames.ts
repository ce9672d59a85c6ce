import { backupReasons, type BackupReason } from '../../api/backups.ts'
import { fileStamp } from '../clock.ts'

/** A backup's file name carries all the listing needs to know without opening the file. */
export interface BackupName {
  readonly fileName: string
  readonly createdAt: Date
  readonly reason: BackupReason
}

const reasonPattern = backupReasons.join('|')
/** `<club>-20261121-100000-interval.kreis`, `-2` … when two are taken in the same second. */
const ownName = new RegExp(`^.+-(\\d{8})-(\\d{6})-(${reasonPattern})(?:-\\d+)?\\.kreis$`)
/** What openClubFile writes before a migration: `<club>.v3.20261121-100000.kreis`. */
const migrationName = /^.+\.v\d+\.(\d{8})-(\d{6})(?:-\d+)?\.kreis$/

export function backupFileName(
  clubStem: string,
  createdAt: Date,
  reason: BackupReason,
  attempt = 1,
): string {
  const suffix = attempt === 1 ? '' : `-${attempt}`
  return `${clubStem}-${fileStamp({ now: () => createdAt })}-${reason}${suffix}.kreis`
}

/** Null for any file Kreis did not name as a backup: those are never listed or deleted. */
export function parseBackupName(fileName: string): BackupName | null {
  const own = ownName.exec(fileName)
  if (own !== null) {
    const createdAt = dateOf(own[1] ?? '', own[2] ?? '')
    const reason = backupReasons.find((r) => r === own[3])
    return createdAt === null || reason === undefined ? null : { fileName, createdAt, reason }
  }
  const migration = migrationName.exec(fileName)
  if (migration !== null) {
    const createdAt = dateOf(migration[1] ?? '', migration[2] ?? '')
    return createdAt === null ? null : { fileName, createdAt, reason: 'beforeMigration' }
  }
  return null
}

/** `20261121`, `100005` → that moment in UTC; null for a day or time that does not exist. */
function dateOf(day: string, time: string): Date | null {
  const [y, mo, d] = [day.slice(0, 4), day.slice(4, 6), day.slice(6, 8)]
  const [h, mi, s] = [time.slice(0, 2), time.slice(2, 4), time.slice(4, 6)]
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}.000Z`
  const date = new Date(iso)
  // `Date` rolls 2026-13-01 over into the next year; a real stamp reads back unchanged.
  return Number.isNaN(date.getTime()) || date.toISOString() !== iso ? null : date
}
