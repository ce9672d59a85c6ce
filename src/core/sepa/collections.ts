import { sql, type Kysely } from 'kysely'
import type { MemberAccount } from '../../api/dues.ts'
import { KreisError } from '../../api/errors.ts'
import type { CollectionSummary, ReturnReason } from '../../api/sepa.ts'
import type { Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { memberAccount } from '../dues/account.ts'
import { requireCharge } from '../dues/charges.ts'
import { reversePayment } from '../dues/payments.ts'
import { memberLocale } from '../members/locale.ts'
import { shortDate } from '../pdf/dates.ts'

/** The files exported so far, the newest first, with how many of their debits came back. */
export async function listCollections(db: Kysely<Database>): Promise<CollectionSummary[]> {
  const rows = await db
    .selectFrom('collection as c')
    .leftJoin('collection_item as i', 'i.collection_id', 'c.id')
    .select([
      'c.id',
      'c.message_id',
      'c.collection_date',
      'c.file_name',
      'c.total_cents',
      'c.item_count',
      'c.created_at',
      sql<number>`count(i.returned_on)`.as('returned'),
    ])
    .groupBy('c.id')
    .orderBy('c.id', 'desc')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    messageId: row.message_id,
    collectionDate: row.collection_date,
    fileName: row.file_name,
    totalCents: row.total_cents,
    itemCount: row.item_count,
    createdAt: row.created_at,
    returned: Number(row.returned),
  }))
}

/** An exported file as it was sent, for saving it again under its own name. */
export async function keptFile(
  db: Kysely<Database>,
  id: number,
): Promise<{ readonly fileName: string; readonly xml: string }> {
  const row = await db
    .selectFrom('collection')
    .select(['file_name', 'collection_date', 'xml'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (row === undefined)
    throw new KreisError('input.invalid', { field: 'id', reason: 'notAllowed' })
  if (row.xml === null) {
    const date = shortDate(row.collection_date, await memberLocale(db))
    throw new KreisError('sepa.fileNotKept', { date })
  }
  return { fileName: row.file_name, xml: row.xml }
}

export interface ReturnInput {
  readonly chargeId: number
  readonly date: string
  readonly reason: ReturnReason
}

/**
 * A debit the bank returned (a chargeback, a closed account): its payment is reversed with
 * the bank's reason code, which reopens the charge, and the debit is marked as returned.
 */
export async function recordReturn(
  db: Kysely<Database>,
  input: ReturnInput,
  clock: Clock,
): Promise<MemberAccount> {
  const charge = await requireCharge(db, input.chargeId)
  await db.transaction().execute(async (trx) => {
    const item = await trx
      .selectFrom('collection_item')
      .select(['id', 'payment_id'])
      .where('charge_id', '=', charge.id)
      .where('returned_on', 'is', null)
      .orderBy('id', 'desc')
      .executeTakeFirst()
    if (item === undefined) throw new KreisError('sepa.notCollected', { number: charge.number })
    await reversePayment(
      trx,
      { paymentId: item.payment_id, date: input.date, reason: input.reason },
      clock,
    )
    await trx
      .updateTable('collection_item')
      .set({ returned_on: input.date, return_reason: input.reason })
      .where('id', '=', item.id)
      .execute()
  })
  return memberAccount(db, charge.memberId)
}
