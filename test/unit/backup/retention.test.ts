import { describe, expect, it } from 'vitest'
import type { BackupReason } from '../../../src/api/backups.ts'
import type { BackupName } from '../../../src/core/backup/backupNames.ts'
import { backupsToDelete } from '../../../src/core/backup/retention.ts'

/** Days as UTC calendar days, so the table reads the same in every time zone. */
const utcDay = (moment: Date) => moment.toISOString().slice(0, 10)
const now = new Date('2026-11-21T18:00:00Z')

function backup(at: string, reason: BackupReason = 'interval'): BackupName {
  return { fileName: `club-${at}-${reason}.kreis`, createdAt: new Date(at), reason }
}

function deleted(backups: readonly BackupName[]): string[] {
  return backupsToDelete(backups, now, utcDay).sort()
}

describe('the retention rule', () => {
  it.each<[string, string[], string[]]>([
    [
      'keeps everything of today',
      ['2026-11-21T08:00:00Z', '2026-11-21T09:00:00Z', '2026-11-21T17:59:00Z'],
      [],
    ],
    [
      'keeps the newest of each of the last 14 days',
      [
        '2026-11-20T08:00:00Z',
        '2026-11-20T20:00:00Z',
        '2026-11-07T09:00:00Z',
        '2026-11-07T10:00:00Z',
      ],
      ['2026-11-07T09:00:00Z', '2026-11-20T08:00:00Z'],
    ],
    [
      'keeps the newest of each month of the last 12 once past 14 days',
      [
        '2026-11-21T12:00:00Z',
        '2026-11-06T12:00:00Z',
        '2026-10-31T12:00:00Z',
        '2026-10-02T12:00:00Z',
        '2025-11-30T12:00:00Z',
        '2025-11-01T12:00:00Z',
      ],
      ['2025-11-01T12:00:00Z', '2026-10-02T12:00:00Z', '2026-11-06T12:00:00Z'],
    ],
    [
      'deletes what is older than a year',
      ['2026-11-21T12:00:00Z', '2025-10-31T12:00:00Z', '2024-01-01T12:00:00Z'],
      ['2024-01-01T12:00:00Z', '2025-10-31T12:00:00Z'],
    ],
    [
      'never deletes the newest backup, however old',
      ['2024-03-01T12:00:00Z', '2024-02-01T12:00:00Z'],
      ['2024-02-01T12:00:00Z'],
    ],
    ['deletes nothing when there is nothing', [], []],
  ])('%s', (_title, moments, expected) => {
    const doomed = deleted(moments.map((at) => backup(at)))
    expect(doomed).toEqual(expected.map((at) => backup(at).fileName).sort())
  })

  it('keeps every copy made before a migration: it is the only one in the old format', () => {
    const migration = backup('2024-01-01T12:00:00Z', 'beforeMigration')
    expect(deleted([backup('2026-11-21T12:00:00Z'), migration])).toEqual([])
  })

  it('counts days on the user’s calendar, not in UTC', () => {
    // 23:30 UTC on the 20th is already the 21st in Berlin: "today" there, kept as such.
    const berlin = (moment: Date) =>
      new Date(moment.getTime() + 3_600_000).toISOString().slice(0, 10)
    const lateEvening = [backup('2026-11-20T23:30:00Z'), backup('2026-11-20T23:40:00Z')]
    expect(backupsToDelete(lateEvening, now, berlin)).toEqual([])
    expect(backupsToDelete(lateEvening, now, utcDay)).toEqual([lateEvening[0]?.fileName])
  })
})
