import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { backupClub } from '../../../src/core/backup/backupClub.ts'
import type * as FileCheck from '../../../src/core/backup/fileCheck.ts'
import { refusal } from '../../support/refusal.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'
import { demoClubFile, useOpenFiles } from './backupFiles.ts'

// The copy SQLite makes is sound; to see what happens to one that is not, the check says so.
vi.mock('../../../src/core/backup/fileCheck.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof FileCheck>()),
  quickCheck: () => ['*** in database main ***', 'Page 7: btreeInitPage() returns error code 11'],
}))

const tempDir = useTempDir()
const open = useOpenFiles()

describe('a backup that fails its check', () => {
  it('is discarded: no file under the final name, no temporary one either', async () => {
    const dir = tempDir()
    const file = await open(await demoClubFile(dir, 2))
    const folder = join(dir, 'backups')
    const error = await refusal(backupClub(file.path, folder, 'manual', fixedClock))
    expect(error.toData()).toEqual({
      code: 'backup.checkFailed',
      params: { path: join(folder, 'rc-test-20261121-100000-manual.kreis') },
    })
    expect(readdirSync(folder)).toEqual([])
  })
})
