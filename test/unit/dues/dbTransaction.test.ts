import { describe, expect, it } from 'vitest'
import { inTransaction } from '../../../src/core/db/transaction.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { addMembershipType } from '../../support/duesClub.ts'

const openClub = useOpenClub()

const typeNames = async (db: Parameters<typeof addMembershipType>[0]) =>
  (await db.selectFrom('membership_type').select('name').orderBy('id').execute()).map((t) => t.name)

describe('inTransaction', () => {
  it('runs the work in a transaction of its own, all or nothing', async () => {
    const { db } = await openClub()
    await expect(
      inTransaction(db, async (trx) => {
        expect(trx.isTransaction).toBe(true)
        await addMembershipType(trx, 'Aktiv')
        throw new Error('stop')
      }),
    ).rejects.toThrow('stop')
    expect(await typeNames(db)).toEqual([])
    await inTransaction(db, (trx) => addMembershipType(trx, 'Aktiv'))
    expect(await typeNames(db)).toEqual(['Aktiv'])
  })

  it('joins the caller’s transaction, which decides for both', async () => {
    const { db } = await openClub()
    await expect(
      db.transaction().execute(async (outer) => {
        await inTransaction(outer, async (trx) => {
          expect(trx).toBe(outer)
          await addMembershipType(trx, 'Aktiv')
        })
        throw new Error('outer fails')
      }),
    ).rejects.toThrow('outer fails')
    expect(await typeNames(db)).toEqual([])
  })
})
