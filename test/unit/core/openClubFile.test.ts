import {
  chmodSync,
  copyFileSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { KreisError } from '../../../src/api/errors.ts'
import { getProfile } from '../../../src/core/club/profile.ts'
import { kreisApplicationId } from '../../../src/core/db/connection.ts'
import { latestSchemaVersion } from '../../../src/core/db/migrations/index.ts'
import { openClubFile } from '../../../src/core/db/openClubFile.ts'
import { makeClub } from '../../support/clubFiles.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'

const tempDir = useTempDir()

/** Opening must fail with `code` and leave the folder byte-for-byte as it was. */
async function expectRefused(path: string, code: string): Promise<void> {
  const dir = join(path, '..')
  const before = snapshot(dir)
  const error = await openClubFile(path, { clock: fixedClock }).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(KreisError)
  expect((error as KreisError).code).toBe(code)
  expect(snapshot(dir)).toEqual(before)
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((name) => [name, readFileSync(join(dir, name)).toString('base64')]),
  )
}

describe('opening a club file', () => {
  it('opens a new club with the pragmas set and the latest schema', async () => {
    const path = await makeClub(tempDir())
    const file = await openClubFile(path, { clock: fixedClock })
    try {
      expect(file.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(file.sqlite.pragma('synchronous', { simple: true })).toBe(2)
      expect(file.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
      expect(file.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
      expect(file.sqlite.pragma('application_id', { simple: true })).toBe(kreisApplicationId)
      expect(file.sqlite.pragma('user_version', { simple: true })).toBe(latestSchemaVersion)
      expect(file.migratedFrom).toBeNull()
      expect((await getProfile(file.db)).name).toBe('Rotary Club Teststadt')
    } finally {
      await file.db.destroy()
    }
  })

  it('refuses a path that does not exist', async () => {
    const dir = tempDir()
    await expectRefused(join(dir, 'missing.kreis'), 'file.notFound')
  })

  it('refuses a folder', async () => {
    const error = await openClubFile(tempDir(), { clock: fixedClock }).catch((e: unknown) => e)
    expect((error as KreisError).code).toBe('file.notAFile')
  })

  it('refuses a file that is not SQLite', async () => {
    const path = join(tempDir(), 'letter.kreis')
    writeFileSync(path, 'Sehr geehrte Damen und Herren,\n'.repeat(20))
    await expectRefused(path, 'file.notSqlite')
  })

  it('refuses an empty file', async () => {
    const path = join(tempDir(), 'empty.kreis')
    writeFileSync(path, '')
    await expectRefused(path, 'file.notSqlite')
  })

  it('refuses a SQLite database that is not a Kreis file', async () => {
    const path = join(tempDir(), 'other.kreis')
    const other = new BetterSqlite3(path)
    other.exec('create table t (x)')
    other.close()
    await expectRefused(path, 'file.notKreis')
  })

  it('refuses a truncated file', async () => {
    const path = await makeClub(tempDir())
    truncateSync(path, Math.floor(statSync(path).size / 2))
    await expectRefused(path, 'file.truncated')
  })

  it('opens a file killed during a checkpoint, whose header counts pages only its WAL holds', async () => {
    const dir = tempDir()
    const path = await makeClub(dir)
    const writer = new BetterSqlite3(path)
    writer.pragma('wal_autocheckpoint = 0')
    // Enough new rows that the file grows by pages that, so far, only the WAL holds.
    writer.exec("update club set name = 'Nach dem Absturz'")
    writer.exec(
      'create table filler (x text); with recursive n(i) as (select 1 union all select i + 1 from n where i < 200) insert into filler select hex(randomblob(500)) from n',
    )
    const pages = Number(writer.pragma('page_count', { simple: true }))
    const copy = join(dir, 'crashed.kreis')
    // The files as a kill halfway through the checkpoint leaves them: the header already
    // counts every page, the main file does not have them yet, the WAL does.
    copyFileSync(path, copy)
    copyFileSync(`${path}-wal`, `${copy}-wal`)
    writer.close()
    const bytes = readFileSync(copy)
    expect(bytes.length).toBeLessThan(pages * bytes.readUInt16BE(16))
    bytes.writeUInt32BE(pages, 28)
    // The page count is trusted only when this copy of the change counter matches the header's.
    bytes.writeUInt32BE(bytes.readUInt32BE(24), 92)
    writeFileSync(copy, bytes)

    const file = await openClubFile(copy, { clock: fixedClock })
    try {
      expect((await getProfile(file.db)).name).toBe('Nach dem Absturz')
    } finally {
      await file.db.destroy()
    }
  })

  it('refuses a file with damaged pages', async () => {
    const path = await makeClub(tempDir())
    const bytes = readFileSync(path)
    const pageSize = bytes.readUInt16BE(16)
    // Scribble over every page but the header page: the b-trees no longer make sense.
    for (let offset = pageSize; offset < bytes.length; offset++) bytes[offset] = (offset * 7) & 0xff
    writeFileSync(path, bytes)
    await expectRefused(path, 'file.corrupt')
  })

  it('refuses a file from a newer Kreis', async () => {
    const path = await makeClub(tempDir())
    const newer = new BetterSqlite3(path)
    newer.pragma(`user_version = ${latestSchemaVersion + 1}`)
    newer.close()
    await expectRefused(path, 'file.newerSchema')
  })

  it('refuses a read-only file', async () => {
    const path = await makeClub(tempDir())
    chmodSync(path, 0o444)
    await expectRefused(path, 'file.readOnly')
  })

  it('migrates an older file after making a backup copy', async () => {
    const dir = tempDir()
    const path = join(dir, 'old.kreis')
    const old = new BetterSqlite3(path)
    old.pragma(`application_id = ${kreisApplicationId}`)
    old.pragma('journal_mode = WAL')
    old.close()
    const backupDir = join(dir, 'backups')
    const file = await openClubFile(path, { clock: fixedClock, backupDir })
    try {
      expect(file.migratedFrom).toBe(0)
      expect(file.schemaVersion).toBe(latestSchemaVersion)
      expect(file.backupPath).toBe(join(backupDir, 'old.v0.20261121-100000.kreis'))
      const backup = new BetterSqlite3(file.backupPath ?? '', { readonly: true })
      expect(backup.pragma('user_version', { simple: true })).toBe(0)
      expect(backup.pragma('application_id', { simple: true })).toBe(kreisApplicationId)
      backup.close()
    } finally {
      await file.db.destroy()
    }
  })

  it('leaves a copy openable after the original is closed', async () => {
    const dir = tempDir()
    const path = await makeClub(dir)
    const copy = join(dir, 'copy.kreis')
    copyFileSync(path, copy)
    const file = await openClubFile(copy, { clock: fixedClock })
    await file.db.destroy()
  })
})
