import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { AttendanceCode, AttendanceMeaning } from '../../api/meetings.ts'
import type { Database } from '../db/schema.ts'
import { inTransaction } from '../db/transaction.ts'
import { attendanceCodes } from './codes.ts'

export interface CodeInput {
  readonly id: number | null
  readonly meaning: AttendanceMeaning
  readonly key: string
  readonly labelDe: string
  readonly labelEn: string
  readonly active: boolean
}

/** Without these two a roll call could not say who came and who did not. */
const neededMeanings: readonly AttendanceMeaning[] = ['present', 'absent']

function checkCodes(rows: readonly CodeInput[]): void {
  const keys = new Set<string>()
  rows.forEach((row, index) => {
    if (!row.active) return
    const key = row.key.toLowerCase()
    if (keys.has(key)) throw new KreisError('attendance.codeKeyTaken', { key, row: index + 1 })
    keys.add(key)
  })
  for (const meaning of neededMeanings) {
    if (!rows.some((row) => row.active && row.meaning === meaning)) {
      throw new KreisError('attendance.codeMeaningMissing', { meaning })
    }
  }
}

/**
 * Replaces the club's codes with `rows`, in their order, in one transaction. A code left out
 * that attendance rows use is kept, inactive, so past roll calls still read as they were
 * recorded; one never used is deleted. For the same reason a used code given another meaning
 * is retired the same way and the row saved as a new code: the figures of past meetings keep
 * counting what the roll call said then.
 */
export async function saveAttendanceCodes(
  db: Kysely<Database>,
  rows: readonly CodeInput[],
): Promise<AttendanceCode[]> {
  checkCodes(rows)
  await attendanceCodes(db)
  await inTransaction(db, async (trx) => {
    const existing = await trx.selectFrom('attendance_code').select(['id', 'meaning']).execute()
    const meanings = new Map(existing.map((code) => [code.id, code.meaning]))
    const used = new Set(
      (await trx.selectFrom('attendance').select('code_id').distinct().execute()).map(
        (row) => row.code_id,
      ),
    )
    const seen = new Set<number>()
    const listed = new Set<number>()
    for (const [index, row] of rows.entries()) {
      const values = {
        meaning: row.meaning,
        // Keystrokes are matched without regard to case; one spelling keeps them comparable.
        key: row.key.toLowerCase(),
        label_de: row.labelDe,
        label_en: row.labelEn,
        active: row.active ? 1 : 0,
        sort_order: index + 1,
      }
      if (row.id !== null) {
        if (!meanings.has(row.id) || seen.has(row.id)) {
          throw new KreisError('attendance.codeNotFound', { id: row.id })
        }
        seen.add(row.id)
      }
      const retired = row.id !== null && used.has(row.id) && meanings.get(row.id) !== row.meaning
      if (row.id === null || retired) {
        await trx.insertInto('attendance_code').values(values).execute()
      } else {
        listed.add(row.id)
        await trx.updateTable('attendance_code').set(values).where('id', '=', row.id).execute()
      }
    }
    const left = [...meanings.keys()].filter((id) => !listed.has(id))
    const unused = left.filter((id) => !used.has(id))
    if (unused.length > 0) {
      await trx.deleteFrom('attendance_code').where('id', 'in', unused).execute()
    }
    for (const [offset, id] of left.filter((id) => used.has(id)).entries()) {
      await trx
        .updateTable('attendance_code')
        .set({ active: 0, sort_order: rows.length + offset + 1 })
        .where('id', '=', id)
        .execute()
    }
  })
  return attendanceCodes(db)
}
