import type { Kysely } from 'kysely'
import type { DunningLevel } from '../../api/dues.ts'
import { KreisError } from '../../api/errors.ts'
import type { Database } from '../db/schema.ts'
import { inTransaction } from '../sectors/transaction.ts'

/** Reminder, second reminder and final notice, in that order. */
export async function dunningLevels(db: Kysely<Database>): Promise<DunningLevel[]> {
  const rows = await db.selectFrom('dunning_level').selectAll().orderBy('level').execute()
  return rows.map((row) => ({
    level: row.level as DunningLevel['level'],
    daysAfterDue: row.days_after_due,
    feeCents: row.fee_cents,
  }))
}

/**
 * Saves the three levels. Each needs more days after the due date than the one before, or a
 * charge could reach the final notice before its first reminder.
 */
export async function saveDunningLevels(
  db: Kysely<Database>,
  levels: readonly DunningLevel[],
): Promise<DunningLevel[]> {
  // Problems are named by the entry's place in the input, as the schema names its own.
  const at = (entry: DunningLevel) => levels.indexOf(entry)
  const sorted = [...levels].sort((a, b) => a.level - b.level)
  sorted.forEach((entry, index) => {
    if (entry.level !== index + 1) {
      throw new KreisError('input.invalid', { field: `${at(entry)}.level`, reason: 'notAllowed' })
    }
    const before = sorted[index - 1]
    if (before !== undefined && entry.daysAfterDue <= before.daysAfterDue) {
      throw new KreisError('input.invalid', {
        field: `${at(entry)}.daysAfterDue`,
        reason: 'outOfRange',
      })
    }
  })
  await inTransaction(db, async (trx) => {
    for (const entry of sorted) {
      await trx
        .insertInto('dunning_level')
        .values({
          level: entry.level,
          days_after_due: entry.daysAfterDue,
          fee_cents: entry.feeCents,
        })
        .onConflict((conflict) =>
          conflict
            .column('level')
            .doUpdateSet({ days_after_due: entry.daysAfterDue, fee_cents: entry.feeCents }),
        )
        .execute()
    }
  })
  return dunningLevels(db)
}
