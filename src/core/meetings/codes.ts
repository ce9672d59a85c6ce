import type { Kysely } from 'kysely'
import type { AttendanceCode } from '../../api/meetings.ts'
import type { Database } from '../db/schema.ts'
import { inTransaction } from '../db/transaction.ts'
import { defaultCodes } from './defaultCodes.ts'

/**
 * The club's attendance codes. A file that has none yet (a new club, or one from before
 * migration 0006) gets its kind's defaults on first use, so a club changing its kind early
 * still starts with the right set.
 */
export async function attendanceCodes(db: Kysely<Database>): Promise<AttendanceCode[]> {
  let rows = await readCodes(db)
  if (rows.length === 0) {
    await inTransaction(db, async (trx) => {
      if ((await readCodes(trx)).length > 0) return
      const club = await trx.selectFrom('club').select('kind').executeTakeFirstOrThrow()
      const values = defaultCodes(club.kind).map((code, index) => ({
        meaning: code.meaning,
        key: code.key,
        label_de: code.labelDe,
        label_en: code.labelEn,
        sort_order: index + 1,
      }))
      await trx.insertInto('attendance_code').values(values).execute()
    })
    rows = await readCodes(db)
  }
  return rows
}

async function readCodes(db: Kysely<Database>): Promise<AttendanceCode[]> {
  const rows = await db.selectFrom('attendance_code').selectAll().orderBy('sort_order').execute()
  return rows.map((row) => ({
    id: row.id,
    meaning: row.meaning,
    key: row.key,
    labelDe: row.label_de,
    labelEn: row.label_en,
    active: row.active === 1,
    sortOrder: row.sort_order,
  }))
}
