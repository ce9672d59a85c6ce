import { sql, type Kysely, type Transaction } from 'kysely'
import type { BillingPreview, BillingRunSummary } from '../../api/dues.ts'
import { KreisError } from '../../api/errors.ts'
import { isoTimestamp, localToday, type Clock } from '../clock.ts'
import { bulkInsert } from '../db/bulkInsert.ts'
import type { Database } from '../db/schema.ts'
import { inTransaction } from '../db/transaction.ts'
import { membersToSettle, settleMember } from './allocation.ts'
import { admissionDescription, duesDescription } from './billingText.ts'
import { planBilling, previewOf } from './billingPlan.ts'
import { chargeColumns, chargeNumber, chargeRow, reserveChargeNumbers } from './charges.ts'
import { cancelCharges } from './credits.ts'

/** Who would be billed what for the period; writes nothing. */
export async function previewBilling(
  db: Kysely<Database>,
  period: string,
): Promise<BillingPreview> {
  return previewOf(await planBilling(db, period))
}

/**
 * Bills what the preview shows, in one transaction: a run and its numbered charges, which
 * take the members' free money like any new charge. Planned inside the transaction, so a
 * member billed meanwhile is skipped; the unique indexes would refuse a second charge anyway.
 */
export async function commitBilling(
  db: Kysely<Database>,
  period: string,
  clock: Clock,
): Promise<BillingRunSummary> {
  return inTransaction(db, async (trx) => {
    const plan = await planBilling(trx, period)
    if (plan.lines.length === 0) {
      throw new KreisError('dues.nothingToBill', { period: plan.period.key })
    }
    const now = isoTimestamp(clock)
    const today = localToday(clock)
    const { id: runId } = await trx
      .insertInto('billing_run')
      .values({
        period_key: plan.period.key,
        period_start: plan.period.start,
        period_end: plan.period.end,
        created_at: now,
        cancelled_at: null,
        cancel_reason: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const first = await reserveChargeNumbers(trx, plan.lines.length)
    const admission = admissionDescription(plan.locale)
    const descriptions = new Map<string, string>()
    const rows = plan.lines.map((line, i) => {
      let description = admission
      if (line.kind === 'dues') {
        const key = `${line.periodStart}|${line.periodEnd}`
        description =
          descriptions.get(key) ??
          duesDescription(
            { start: line.periodStart, end: line.periodEnd },
            plan.yearStartMonth,
            plan.locale,
          )
        descriptions.set(key, description)
      }
      return {
        ...chargeRow(
          {
            memberId: line.memberId,
            kind: line.kind,
            description,
            amountCents: line.amountCents,
            bookedOn: today,
            dueDate: line.dueDate,
            runId,
            membershipTypeId: line.membershipTypeId,
            periodStart: line.periodStart,
            periodEnd: line.periodEnd,
            computation: line.computation,
          },
          now,
        ),
        number: chargeNumber(today, first + i),
      }
    })
    await bulkInsert(trx, 'charge', chargeColumns, rows)
    const billed = [...new Set(plan.lines.map((line) => line.memberId))]
    for (const memberId of await membersToSettle(trx, billed)) {
      await settleMember(trx, memberId)
    }
    return requireRun(trx, runId)
  })
}

/**
 * Cancels a run by crediting each of its live charges, in one transaction; the charges stay
 * in the ledger, and the period can be billed again.
 */
export async function cancelRun(
  db: Kysely<Database>,
  input: { readonly runId: number; readonly date: string; readonly reason: string },
  clock: Clock,
): Promise<BillingRunSummary> {
  return inTransaction(db, async (trx) => {
    const run = await requireRun(trx, input.runId)
    if (run.cancelledAt !== null) {
      throw new KreisError('dues.runCancelled', { period: run.periodKey })
    }
    const live = await trx
      .selectFrom('charge')
      .select('id')
      .where('run_id', '=', run.id)
      .where('cancelled_on', 'is', null)
      .execute()
    await cancelCharges(
      trx,
      live.map((c) => c.id),
      { bookedOn: input.date, note: input.reason },
      clock,
    )
    await trx
      .updateTable('billing_run')
      .set({ cancelled_at: input.date, cancel_reason: input.reason })
      .where('id', '=', run.id)
      .execute()
    return requireRun(trx, run.id)
  })
}

function runsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('billing_run as r')
    .select([
      'r.id',
      'r.period_key',
      'r.period_start',
      'r.period_end',
      'r.created_at',
      'r.cancelled_at',
      sql<number>`(select count(*) from charge c where c.run_id = r.id)`.as('charges'),
      sql<number>`(select coalesce(sum(c.amount_cents), 0) from charge c where c.run_id = r.id)`.as(
        'total',
      ),
    ])
}

type RunRow = Awaited<ReturnType<ReturnType<typeof runsQuery>['execute']>>[number]

function summaryOf(row: RunRow): BillingRunSummary {
  return {
    id: row.id,
    periodKey: row.period_key,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    createdAt: row.created_at,
    chargeCount: Number(row.charges),
    totalCents: Number(row.total),
    cancelledAt: row.cancelled_at,
  }
}

/** Every billing run, newest first. */
export async function listRuns(db: Kysely<Database>): Promise<BillingRunSummary[]> {
  const rows = await runsQuery(db).orderBy('r.id', 'desc').execute()
  return rows.map(summaryOf)
}

async function requireRun(
  db: Kysely<Database> | Transaction<Database>,
  runId: number,
): Promise<BillingRunSummary> {
  const row = await runsQuery(db).where('r.id', '=', runId).executeTakeFirst()
  if (row === undefined) throw new KreisError('dues.runNotFound', { runId })
  return summaryOf(row)
}
