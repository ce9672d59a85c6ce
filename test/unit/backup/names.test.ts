import { describe, expect, it } from 'vitest'
import { backupFileName, parseBackupName } from '../../../src/core/backup/backupNames.ts'

const at = new Date('2026-11-21T10:00:05.000Z')

describe('backup file names', () => {
  it('carry the club, the moment (UTC) and the reason, and read back the same', () => {
    const name = backupFileName('rc-test', at, 'interval')
    expect(name).toBe('rc-test-20261121-100005-interval.kreis')
    expect(parseBackupName(name)).toEqual({ fileName: name, createdAt: at, reason: 'interval' })
    const second = backupFileName('rc-test-2026', at, 'beforeRestore', 2)
    expect(second).toBe('rc-test-2026-20261121-100005-beforeRestore-2.kreis')
    expect(parseBackupName(second)?.reason).toBe('beforeRestore')
  })

  it('read the copies made before a migration as backups of that reason', () => {
    expect(parseBackupName('rc-test.v3.20261121-100005.kreis')).toEqual({
      fileName: 'rc-test.v3.20261121-100005.kreis',
      createdAt: at,
      reason: 'beforeMigration',
    })
  })

  it.each([
    'rc-test.kreis',
    'rc-test-20261121-100005-whenever.kreis',
    'rc-test-20261321-100005-open.kreis',
    'rc-test-20261121-100005-open.kreis.partial',
    'notes.txt',
  ])('leave %s alone: Kreis did not name it', (name) => {
    expect(parseBackupName(name)).toBeNull()
  })
})
