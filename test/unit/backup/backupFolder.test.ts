import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clubBackupFolder } from '../../../src/core/backup/backupFolder.ts'

describe('the backup folder of a club file', () => {
  it('keeps two files of the same name apart, and one file always in the same place', () => {
    const base = '/home/anna/.config/Kreis/backups'
    const desktop = clubBackupFolder(base, '/home/anna/Desktop/Rotary Köln.kreis')
    const copy = clubBackupFolder(base, '/home/anna/Dokumente/Rotary Köln.kreis')
    expect(desktop).toMatch(/\/rotary-koeln-[0-9a-f]{8}$/)
    expect(copy).toMatch(/\/rotary-koeln-[0-9a-f]{8}$/)
    expect(copy).not.toBe(desktop)
    expect(clubBackupFolder(base, join('/home/anna/Desktop', '.', 'Rotary Köln.kreis'))).toBe(
      desktop,
    )
  })
})
