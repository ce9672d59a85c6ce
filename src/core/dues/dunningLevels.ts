import type { Kysely } from 'kysely'
import type { DunningLevel } from '../../api/dues.ts'
import { KreisError } from '../../api/errors.ts'
import type { Database } from '../db/schema.ts'
import { inTransaction } from '../db/transaction.ts'

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
  // Problems are named by level (`0.daysAfterDue` is the first), as the form shows them.
  const field = (level: number) => `${level - 1}.daysAfterDue`
  const sorted = ([1, 2, 3] as const).map((level) => {
    const entry = levels.find((candidate) => candidate.level === level)
    if (entry === undefined) {
      throw new KreisError('input.invalid', { field: field(level), reason: 'required' })
    }
    return entry
  })
  const twice = sorted.find(
    (entry) => levels.filter((other) => other.level === entry.level).length > 1,
  )
  if (twice !== undefined) {
    throw new KreisError('input.invalid', { field: field(twice.level), reason: 'notAllowed' })
  }
  sorted.forEach((entry, index) => {
    const before = sorted[index - 1]
    if (before !== undefined && entry.daysAfterDue <= before.daysAfterDue) {
      throw new KreisError('input.invalid', { field: field(entry.level), reason: 'outOfRange' })
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
