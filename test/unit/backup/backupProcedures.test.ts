import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { clubBackupFolder } from '../../../src/core/backup/backupFolder.ts'
import { describe, expect, it } from 'vitest'
import type { BackupEntry, BackupSettings } from '../../../src/api/backups.ts'
import { latestSchemaVersion } from '../../../src/core/db/migrations/index.ts'
import { value } from '../../support/session.ts'
import { useTempDir } from '../../support/temp.ts'
import { addMember, reasonsIn, useSessionClub } from './sessionClub.ts'

const tempDir = useTempDir()
const sessionClub = useSessionClub()

describe('Settings → Backups', () => {
  it('lists the backups newest first with size, member count and schema version', async () => {
    const club = await sessionClub(tempDir())
    await addMember(club, 'Schäfer')
    await addMember(club, 'Weber')
    club.clock.advance(1)
    value(await club.dispatch('backups/now', {}))
    writeFileSync(join(club.folder, 'rc-test-20261101-100000-interval.kreis'), 'damaged')
    const list = value<BackupEntry[]>(await club.dispatch('backups/list', {}))
    expect(list.map((b) => [b.reason, b.memberCount, b.schemaVersion])).toEqual([
      ['manual', 2, latestSchemaVersion],
      ['open', 0, latestSchemaVersion],
      ['interval', null, null],
    ])
    expect(list[0]?.createdAt).toBe('2026-11-21T10:01:00.000Z')
    expect(list[0]?.sizeBytes).toBeGreaterThan(10_000)
  })

  it('shows the default folder, takes a chosen one and goes back to the default', async () => {
    const dir = tempDir()
    const club = await sessionClub(dir)
    const defaults = value<BackupSettings>(await club.dispatch('backups/settings', {}))
    expect(defaults).toEqual({
      folder: club.folder,
      defaultFolder: join(dir, 'backups'),
      isDefault: true,
    })

    const chosen = join(tempDir(), 'Synced')
    club.host.toSave.push(chosen)
    const moved = value<BackupSettings>(await club.dispatch('backups/chooseFolder', {}))
    const inChosen = clubBackupFolder(chosen, club.path)
    expect(moved).toMatchObject({ folder: inChosen, isDefault: false })
    club.clock.advance(1)
    value(await club.dispatch('backups/now', {}))
    expect(reasonsIn(inChosen)).toEqual(['manual'])
    expect(club.session.preferences.read().backupFolder).toBe(chosen)

    club.host.toSave.push(null)
    expect(value(await club.dispatch('backups/chooseFolder', {}))).toEqual(moved)
    expect(club.host.foldersFor).toEqual(['backups', 'backups'])

    expect(value(await club.dispatch('backups/resetFolder', {}))).toEqual(defaults)
  })

  it('refuses a folder it cannot write to, naming it, and keeps the one it had', async () => {
    const dir = tempDir()
    const club = await sessionClub(dir)
    const file = join(dir, 'a-file')
    writeFileSync(file, '')
    club.host.toSave.push(file)
    expect(await club.dispatch('backups/chooseFolder', {})).toEqual({
      ok: false,
      error: { code: 'backup.folder', params: { path: file } },
    })
    const settings = value<BackupSettings>(await club.dispatch('backups/settings', {}))
    expect(settings.isDefault).toBe(true)
  })

  it('needs an open club', async () => {
    const club = await sessionClub(tempDir())
    await club.session.close()
    for (const name of ['backups/list', 'backups/now', 'backups/settings'] as const) {
      expect(await club.dispatch(name, {})).toMatchObject({
        ok: false,
        error: { code: 'club.noneOpen' },
      })
    }
  })
})
