import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Kysely, Transaction } from 'kysely'
import type { CollectionInput, CollectionPreview, CollectionSummary } from '../../api/sepa.ts'
import { fileStamp, isoTimestamp, type Clock } from '../clock.ts'
import { bulkInsert } from '../db/bulkInsert.ts'
import { idList } from '../db/idList.ts'
import type { Database } from '../db/schema.ts'
import { fileErrorFrom } from '../db/sqliteErrors.ts'
import {
  nothingToCollect,
  planCollection,
  type CollectionPlan,
  type PlannedDebit,
} from './collection.ts'
import { buildPain008, type Pain008Block, type Pain008Message } from './pain008.ts'

export interface ExportedCollection {
  readonly collection: CollectionSummary
  readonly preview: CollectionPreview
}

/**
 * Writes the pain.008 file to `path` and marks its charges as collected. One transaction reads
 * the plan, writes the file under a temporary name beside the target and books the debits
 * with the file kept beside them (a lost copy can be saved again, never rebuilt); only once it
 * has committed is the file renamed into place. So a file under the chosen name always has its
 * debits booked: renamed before the commit, a crash in between left a file the bank could be
 * sent while its charges stayed open, to be collected a second time. A failure before the
 * commit rolls the books back and removes the temporary file; a crash or a failed rename
 * after it leaves the booked collection, whose stored file can be saved again. No
 * half-written file ever carries the chosen name, since the rename replaces it in one step. An
 * existing file at `path` is replaced: asking first is for the caller (the save dialog does,
 * the CLI refuses).
 */
export async function exportCollection(
  db: Kysely<Database>,
  input: CollectionInput,
  path: string,
  clock: Clock,
): Promise<ExportedCollection> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.part`)
  try {
    const exported = await db.transaction().execute(async (trx) => {
      const plan = await planCollection(trx, input, clock)
      if (plan.debits.length === 0) throw await nothingToCollect(trx, input)
      const messageId = await newMessageId(trx, clock)
      const endToEndIds = await endToEndIdsOf(trx, plan.debits)
      const xml = buildPain008(messageOf(plan, messageId, endToEndIds, clock))
      writeTo(temp, path, xml)
      const collection = await book(trx, plan, { messageId, endToEndIds, path, xml }, clock)
      return { collection, preview: plan.preview }
    })
    try {
      renameSync(temp, path)
    } catch (error) {
      throw fileErrorFrom(error, path)
    }
    return exported
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

function writeTo(temp: string, path: string, xml: string): void {
  try {
    writeFileSync(temp, xml)
  } catch (error) {
    throw fileErrorFrom(error, path)
  }
}

/** `KREIS-20261121-100000-7`: unique per club (the seventh file), as the bank requires. */
async function newMessageId(trx: Transaction<Database>, clock: Clock): Promise<string> {
  const { count } = await trx
    .selectFrom('collection')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow()
  return `KREIS-${fileStamp(clock)}-${Number(count) + 1}`
}

/**
 * `2026-000042-1`: the charge number, which the member finds on the bank statement, and the
 * how-many-th attempt to collect it, since a returned charge may be collected again.
 */
async function endToEndIdsOf(
  trx: Transaction<Database>,
  debits: readonly PlannedDebit[],
): Promise<string[]> {
  const earlier = await trx
    .selectFrom('collection_item')
    .select((eb) => ['charge_id', eb.fn.countAll<number>().as('count')])
    .where('charge_id', 'in', idList(debits.map((d) => d.line.chargeId)))
    .groupBy('charge_id')
    .execute()
  const attempts = new Map(earlier.map((row) => [row.charge_id, Number(row.count)]))
  return debits.map((d) => `${d.line.chargeNumber}-${(attempts.get(d.line.chargeId) ?? 0) + 1}`)
}

/**
 * One payment information block per sequence type (the date is the same for the whole
 * file). Recurrent mandates are always RCUR: German banks have treated a first debit like any
 * other since November 2016, so FRST is never written.
 */
function messageOf(
  plan: CollectionPlan,
  messageId: string,
  endToEndIds: readonly string[],
  clock: Clock,
): Pain008Message {
  const { creditor } = plan
  const blocks: Pain008Block[] = (['RCUR', 'OOFF'] as const)
    .map((sequenceType) => ({
      id: `${messageId}-${sequenceType}`,
      sequenceType,
      collectionDate: plan.preview.collectionDate,
      transactions: plan.debits.flatMap((d, i) =>
        d.line.sequenceType === sequenceType
          ? [
              {
                endToEndId: endToEndIds[i] as string,
                amountCents: d.line.amountCents,
                mandateId: d.mandate.reference,
                mandateSignedOn: d.mandate.signed_on,
                debtor: {
                  name: d.debtorName,
                  iban: d.mandate.iban,
                  bic: d.mandate.bic,
                  address: d.address,
                },
                remittance: d.remittance,
              },
            ]
          : [],
      ),
    }))
    .filter((block) => block.transactions.length > 0)
  return {
    messageId,
    createdAt: isoTimestamp(clock).replace(/\.\d+Z$/, 'Z'),
    creditor: {
      name: creditor.name,
      iban: creditor.iban,
      bic: creditor.bic,
      address: creditor.address,
      creditorId: creditor.creditorId,
    },
    blocks,
  }
}

/**
 * Books each debit as a direct-debit payment settling its charge, exactly as `recordPayment`
 * with the charge chosen would: the payment is the charge's open amount, so it settles that
 * charge and nothing is left over to settle others. Written in bulk, which keeps a file for
 * ten thousand members to a few statements.
 */
async function book(
  trx: Transaction<Database>,
  plan: CollectionPlan,
  file: { messageId: string; endToEndIds: readonly string[]; path: string; xml: string },
  clock: Clock,
): Promise<CollectionSummary> {
  const now = isoTimestamp(clock)
  const { collectionDate, totalCents } = plan.preview
  const { id } = await trx
    .insertInto('collection')
    .values({
      message_id: file.messageId,
      collection_date: collectionDate,
      file_name: basename(file.path),
      total_cents: totalCents,
      item_count: plan.debits.length,
      xml: file.xml,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const paymentIds = await bulkInsert(
    trx,
    'payment',
    ['member_id', 'paid_on', 'amount_cents', 'method', 'reference', 'reason', 'created_at'],
    plan.debits.map((d, i) => ({
      member_id: d.line.memberId,
      paid_on: collectionDate,
      amount_cents: d.line.amountCents,
      method: 'direct_debit',
      reference: file.endToEndIds[i],
      reason: '',
      created_at: now,
    })),
    { returning: true },
  )
  await bulkInsert(
    trx,
    'allocation',
    ['charge_id', 'payment_id', 'amount_cents'],
    plan.debits.map((d, i) => ({
      charge_id: d.line.chargeId,
      payment_id: paymentIds[i],
      amount_cents: d.line.amountCents,
    })),
  )
  await bulkInsert(
    trx,
    'collection_item',
    [
      'collection_id',
      'charge_id',
      'mandate_id',
      'payment_id',
      'end_to_end_id',
      'sequence_type',
      'amount_cents',
    ],
    plan.debits.map((d, i) => ({
      collection_id: id,
      charge_id: d.line.chargeId,
      mandate_id: d.mandate.id,
      payment_id: paymentIds[i],
      end_to_end_id: file.endToEndIds[i],
      sequence_type: d.line.sequenceType,
      amount_cents: d.line.amountCents,
    })),
  )
  await trx
    .updateTable('mandate')
    .set({ last_used_on: collectionDate })
    .where('id', 'in', idList([...new Set(plan.debits.map((d) => d.mandate.id))]))
    .execute()
  return {
    id,
    messageId: file.messageId,
    collectionDate,
    fileName: basename(file.path),
    totalCents,
    itemCount: plan.debits.length,
    createdAt: now,
    returned: 0,
  }
}
