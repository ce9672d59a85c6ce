import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupClub } from '../../../src/core/backup/backupClub.ts'
import { quickCheck } from '../../../src/core/backup/fileCheck.ts'
import { latestSchemaVersion } from '../../../src/core/db/migrations/index.ts'
import { refusal } from '../../support/refusal.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'
import { demoClubFile, peek, useOpenFiles } from './backupFiles.ts'

const tempDir = useTempDir()
const open = useOpenFiles()

describe('a backup of the open club', () => {
  it('is a checked, standalone copy under its final name, with no temporary file left', async () => {
    const dir = tempDir()
    const file = await open(await demoClubFile(dir, 12))
    const folder = join(dir, 'backups', 'rc-test')
    const entry = await backupClub(file.path, folder, 'manual', fixedClock)
    expect(entry).toMatchObject({
      fileName: 'rc-test-20261121-100000-manual.kreis',
      createdAt: '2026-11-21T10:00:00.000Z',
      reason: 'manual',
      memberCount: 12,
      schemaVersion: latestSchemaVersion,
    })
    expect(readdirSync(folder)).toEqual([entry.fileName])
    const copy = join(folder, entry.fileName)
    expect(quickCheck(copy)).toEqual([])
    expect(peek(copy, 'pragma journal_mode')).toBe('delete')
    expect(readdirSync(folder)).toEqual([entry.fileName])
  })

  it('holds what is committed, not what the app has under way', async () => {
    const dir = tempDir()
    const file = await open(await demoClubFile(dir, 3))
    const folder = join(dir, 'backups')
    file.sqlite.exec('begin')
    file.sqlite.exec("update club set name = 'Under way'")
    const entry = await backupClub(file.path, folder, 'interval', fixedClock)
    file.sqlite.exec('rollback')
    expect(peek(join(folder, entry.fileName), 'select name from club')).not.toBe('Under way')
  })

  it('takes a second name when one is taken in the same second', async () => {
    const dir = tempDir()
    const file = await open(await demoClubFile(dir, 1))
    const folder = join(dir, 'backups')
    await backupClub(file.path, folder, 'manual', fixedClock)
    const second = await backupClub(file.path, folder, 'manual', fixedClock)
    expect(second.fileName).toBe('rc-test-20261121-100000-manual-2.kreis')
  })

  it('thins the folder out by the retention rule and leaves foreign files alone', async () => {
    const dir = tempDir()
    const file = await open(await demoClubFile(dir, 1))
    const folder = join(dir, 'backups')
    const lastYear = { now: () => new Date('2025-09-10T10:00:00Z') }
    await backupClub(file.path, folder, 'interval', lastYear)
    await backupClub(file.path, folder, 'interval', {
      now: () => new Date('2025-09-11T10:00:00Z'),
    })
    writeFileSync(join(folder, 'notes.kreis'), 'mine')
    await backupClub(file.path, folder, 'manual', fixedClock)
    expect(readdirSync(folder).sort()).toEqual([
      'notes.kreis',
      'rc-test-20261121-100000-manual.kreis',
    ])
  })

  it('names the folder when it cannot be written to', async () => {
    const dir = tempDir()
    const file = await open(await demoClubFile(dir, 1))
    writeFileSync(join(dir, 'not-a-folder'), '')
    const folder = join(dir, 'not-a-folder', 'backups')
    const error = await refusal(backupClub(file.path, folder, 'manual', fixedClock))
    expect(error.toData()).toEqual({ code: 'backup.folder', params: { path: folder } })
  })
})
