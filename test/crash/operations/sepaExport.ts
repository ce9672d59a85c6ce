import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { collectionPreview } from '../../../src/core/sepa/collection.ts'
import { exportCollection } from '../../../src/core/sepa/collectionExport.ts'
import { broken, count, crashClock, perTemplate, type CrashOperation } from '../crashOperation.ts'

const input = { collectionDate: '2026-12-01' }
/** Members from this id on owe nothing before the collection date: about 600 debits stay. */
const firstMemberLater = 800

const collections = sql<{ n: number }>`select count(*) as n from collection`
const items = sql<{ n: number }>`select count(*) as n from collection_item`
const payments = sql<{ n: number }>`select count(*) as n from payment`
const allocations = sql<{ n: number }>`select count(*) as n from allocation`
const used = sql<{ n: number }>`select count(*) as n from mandate
    where last_used_on = ${input.collectionDate}`

const fileIn = (workDir: string) => join(workDir, 'lastschrift.xml')

const expected = perTemplate(async (before) => ({
  debits: (await collectionPreview(before, input, crashClock)).lines.length,
  collections: await count(before, collections),
  items: await count(before, items),
  payments: await count(before, payments),
  allocations: await count(before, allocations),
  mandates: await count(before, used),
}))

const sepaExport: CrashOperation = {
  async prepare(file) {
    await sql`update charge set due_date = '2027-06-30'
      where due_date <= ${input.collectionDate} and member_id >= ${firstMemberLater}`.execute(
      file.db,
    )
  },

  async run(file, workDir) {
    await exportCollection(file.db, input, fileIn(workDir), crashClock)
  },

  async check({ db, before, workDir }) {
    const want = await expected(before)
    const found = {
      collections: (await count(db, collections)) - want.collections,
      items: (await count(db, items)) - want.items,
      payments: (await count(db, payments)) - want.payments,
      allocations: (await count(db, allocations)) - want.allocations,
      mandates: (await count(db, used)) - want.mandates,
    }
    const path = fileIn(workDir)
    const onDisk = existsSync(path) ? readFileSync(path, 'utf8') : null
    const summary = `${JSON.stringify(found)} for ${want.debits} debits, file ${onDisk !== null}`
    if (Object.values(found).every((n) => n === 0)) {
      // The file takes the chosen name only once its debits are booked.
      return onDisk === null ? 'absent' : broken(`a file without its booking: ${summary}`)
    }
    const booked =
      found.collections === 1 &&
      found.items === want.debits &&
      found.payments === want.debits &&
      found.allocations === want.debits &&
      found.mandates > 0
    if (!booked) return broken(summary)
    const { xml } = await db
      .selectFrom('collection')
      .select('xml')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    // Killed between the commit and the rename, the file is missing: the app saves it again.
    if (onDisk !== null && onDisk !== xml) return broken(`booked, but the file differs: ${summary}`)
    return 'complete'
  },
}

export default sepaExport
