import { statSync } from 'node:fs'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { checkpointingBeside } from '../../../src/core/db/checkpointThread.ts'
import type { ClubFile } from '../../../src/core/db/openClubFile.ts'
import { useOpenClub } from '../../support/clubFiles.ts'

const openClub = useOpenClub()

/** A transaction that leaves some megabytes in the WAL. */
const bigWrite = (file: ClubFile) => () =>
  file.db.transaction().execute(async (trx) => {
    await sql`create table filler (text)`.execute(trx)
    await sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < 5000)
      insert into filler select randomblob(1000) from n`.execute(trx)
    return 'written'
  })

const fillerRows = async (file: ClubFile) =>
  (await sql<{ n: number }>`select count(*) as n from filler`.execute(file.db)).rows[0]?.n

const autocheckpoint = async (file: ClubFile) =>
  (await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(file.db)).rows[0]
    ?.wal_autocheckpoint

describe('checkpointing beside a big write', () => {
  it('commits without copying the WAL into the file, and a thread copies it after', async () => {
    const file = await openClub()
    const before = statSync(file.path).size
    const { result, checkpoint } = await checkpointingBeside(file.db, bigWrite(file))
    expect(result).toBe('written')
    expect(await autocheckpoint(file)).toBe(1000)
    expect(await checkpoint).toBe(true)
    expect(statSync(file.path).size).toBeGreaterThan(before + 5_000_000)
    expect(await fillerRows(file)).toBe(5000)
  })

  it('keeps what was committed when no thread can start, for the next write to copy', async () => {
    const file = await openClub()
    const before = statSync(file.path).size
    const missing = new URL('./noSuchWorker.ts', import.meta.url)
    const { checkpoint } = await checkpointingBeside(file.db, bigWrite(file), missing)
    expect(await checkpoint).toBe(false)
    // The commit itself copied nothing: the pages are in the WAL alone.
    expect(statSync(file.path).size).toBeLessThan(before + 1_000_000)
    expect(await fillerRows(file)).toBe(5000)
  })

  it('restores the checkpoint setting when the write fails', async () => {
    const file = await openClub()
    const failing = () => Promise.reject(new Error('refused'))
    await expect(checkpointingBeside(file.db, failing)).rejects.toThrow('refused')
    expect(await autocheckpoint(file)).toBe(1000)
  })
})
