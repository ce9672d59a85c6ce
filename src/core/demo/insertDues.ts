import type { Kysely } from 'kysely'
import { bulkInsert } from '../db/bulkInsert.ts'
import { chargeColumns } from '../dues/charges.ts'
import type { Database } from '../db/schema.ts'
import { formatDay } from './days.ts'
import { demoDues, type DemoYear, type DuesMember } from './dues.ts'
import { demoFeeSchedules } from './fees.ts'
import type { Random } from './random.ts'

/**
 * The German Bundesbank's example creditor identifier: well-formed, and nobody's. A demo
 * SEPA file therefore validates but no bank would book it.
 */
const demoCreditorId = 'DE98ZZZ09999999999'

/** Writes the demo's fees, the year's billing run, its mandates, collection and payments. */
export async function insertDemoDues(
  db: Kysely<Database>,
  random: Random,
  members: readonly DuesMember[],
  year: DemoYear,
): Promise<void> {
  const club = await db.selectFrom('club').select('name').executeTakeFirstOrThrow()
  const nextStart = formatDay(year.end + 1)
  await db.insertInto('fee_schedule').values(demoFeeSchedules(nextStart, year.timestamp)).execute()

  const dues = demoDues(random, members, year)
  await db
    .updateTable('club')
    .set({
      creditor_id: demoCreditorId,
      creditor_name: club.name,
      charge_number_next: dues.charges.length + 1,
    })
    .execute()
  if (dues.charges.length === 0) return
  await db
    .insertInto('billing_run')
    .values({
      id: 1,
      period_key: year.key,
      period_start: formatDay(year.start),
      period_end: formatDay(year.end),
      created_at: year.timestamp,
      cancelled_at: null,
      cancel_reason: null,
    })
    .execute()
  await bulkInsert(db, 'charge', ['id', ...chargeColumns], dues.charges)
  await bulkInsert(
    db,
    'mandate',
    [
      'id',
      'member_id',
      'reference',
      'signed_on',
      'debtor_name',
      'iban',
      'bic',
      'type',
      'status',
      'last_used_on',
      'created_at',
    ],
    dues.mandates,
  )
  await bulkInsert(
    db,
    'payment',
    [
      'id',
      'member_id',
      'paid_on',
      'amount_cents',
      'method',
      'reference',
      'reverses_id',
      'reason',
      'created_at',
    ],
    dues.payments,
  )
  await bulkInsert(db, 'allocation', ['charge_id', 'payment_id', 'amount_cents'], dues.allocations)
  if (dues.collectionDay === null) return
  await db
    .insertInto('collection')
    .values({
      id: 1,
      message_id: `KREIS-${dues.collectionDay.replaceAll('-', '')}-1`,
      collection_date: dues.collectionDay,
      file_name: `lastschrift-${dues.collectionDay}.xml`,
      total_cents: dues.collectionTotal,
      item_count: dues.collectionItems.length,
      // The demo's July collection stands for history kept elsewhere: it has no file.
      xml: null,
      created_at: year.timestamp,
    })
    .execute()
  await bulkInsert(
    db,
    'collection_item',
    [
      'collection_id',
      'charge_id',
      'mandate_id',
      'payment_id',
      'end_to_end_id',
      'sequence_type',
      'amount_cents',
      'returned_on',
      'return_reason',
    ],
    dues.collectionItems,
  )
}
