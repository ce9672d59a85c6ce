import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BackupEntry } from '../../../src/api/backups.ts'
import type { AppState } from '../../../src/api/club.ts'
import type { MemberListPage } from '../../../src/api/members.ts'
import { resolveBackup, swapInRestored } from '../../../src/core/backup/restore.ts'
import { value } from '../../support/session.ts'
import { useTempDir } from '../../support/temp.ts'
import { addMember, reasonsIn, useSessionClub, type SessionClub } from './sessionClub.ts'

const tempDir = useTempDir()
const sessionClub = useSessionClub()

async function lastNames(club: SessionClub): Promise<string[]> {
  const page = value<MemberListPage>(
    await club.dispatch('members/list', { sort: 'name', limit: 50 }),
  )
  return page.rows.map((row) => row.displayName).sort()
}

describe('restoring a backup', () => {
  it('saves the current state first, then brings back exactly the backup’s data', async () => {
    const club = await sessionClub(tempDir())
    await addMember(club, 'Schäfer')
    club.clock.advance(1)
    const manual = value<BackupEntry>(await club.dispatch('backups/now', {}))
    expect(manual).toMatchObject({ reason: 'manual', memberCount: 1 })
    await addMember(club, 'Weber')
    club.clock.advance(1)

    const state = value<AppState>(
      await club.dispatch('backups/restore', { fileName: manual.fileName }),
    )
    expect(state.club?.path).toBe(club.path)
    expect(await lastNames(club)).toEqual([expect.stringContaining('Schäfer')])
    expect(reasonsIn(club.folder)).toEqual(['open', 'manual', 'beforeRestore'])
    // No staged copy is left beside the club file.
    expect(readdirSync(dirname(club.path)).filter((f) => /restoring|partial/.test(f))).toEqual([])

    const list = value<BackupEntry[]>(await club.dispatch('backups/list', {}))
    const before = list.find((b) => b.reason === 'beforeRestore')
    expect(before?.memberCount).toBe(2)
    club.clock.advance(1)
    value(await club.dispatch('backups/restore', { fileName: before?.fileName ?? '' }))
    expect(await lastNames(club)).toHaveLength(2)
  })

  it('does not back up again on reopening what it restored', async () => {
    const club = await sessionClub(tempDir())
    club.clock.advance(1)
    const manual = value<BackupEntry>(await club.dispatch('backups/now', {}))
    club.clock.advance(1)
    value(await club.dispatch('backups/restore', { fileName: manual.fileName }))
    await club.session.requireBackups().idle()
    expect(reasonsIn(club.folder)).toEqual(['open', 'manual', 'beforeRestore'])
  })

  it('refuses names with path separators before anything is touched', async () => {
    const club = await sessionClub(tempDir())
    for (const fileName of ['../clubs/rc-test.kreis', '..\\rc-test.kreis', '/etc/x.kreis']) {
      const answer = await club.dispatch('backups/restore', { fileName })
      expect(answer).toMatchObject({ ok: false, error: { code: 'input.invalid' } })
    }
    expect(reasonsIn(club.folder)).toEqual(['open'])
  })

  it('refuses any file that is not one of this club’s backups', async () => {
    const dir = tempDir()
    const club = await sessionClub(dir)
    writeFileSync(join(club.folder, 'notes.kreis'), 'mine')
    for (const fileName of ['rc-test.kreis', 'notes.kreis', 'x-20261121-100000-open.kreis']) {
      const answer = await club.dispatch('backups/restore', { fileName })
      expect(answer).toEqual({
        ok: false,
        error: { code: 'backup.notFound', params: { name: fileName } },
      })
    }
    expect(() => resolveBackup(club.folder, '../rc-test/x-20261121-100000-open.kreis')).toThrow(
      expect.objectContaining({ code: 'backup.notFound' }),
    )
    expect(existsSync(club.path)).toBe(true)
    expect(reasonsIn(club.folder)).toEqual(['notes.kreis', 'open'])
  })

  it('removes a stale WAL of the old file before the restored one takes its place', () => {
    const dir = tempDir()
    const path = join(dir, 'club.kreis')
    writeFileSync(path, 'old')
    writeFileSync(`${path}-wal`, 'frames of the old file')
    writeFileSync(`${path}-shm`, 'index of the old file')
    writeFileSync(join(dir, 'staged'), 'restored')
    swapInRestored(join(dir, 'staged'), path)
    expect(readdirSync(dir)).toEqual(['club.kreis'])
    expect(readFileSync(path, 'utf8')).toBe('restored')
  })

  it('refuses a damaged backup and leaves the club open as it was', async () => {
    const club = await sessionClub(tempDir())
    await addMember(club, 'Schäfer')
    const fileName = 'rc-test-20261120-100000-manual.kreis'
    writeFileSync(join(club.folder, fileName), 'SQLite format 3\0 but nothing after')
    const answer = await club.dispatch('backups/restore', { fileName })
    expect(answer).toMatchObject({ ok: false, error: { code: 'file.notSqlite' } })
    expect(await lastNames(club)).toHaveLength(1)
  })
})
