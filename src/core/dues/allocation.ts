import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from '../db/schema.ts'
import { idList } from '../db/idList.ts'
import { openCents, openChargeRows, unallocated } from './openAmount.ts'

/** Money a member has paid or been credited that no charge uses yet. */
interface FreeSource {
  readonly paymentId: number | null
  readonly creditId: number | null
  readonly date: string
  free: number
}

interface OpenItem {
  readonly chargeId: number
  open: number
}

/** What is still open on the member's live charges, oldest due first. */
async function openItems(db: Kysely<Database>, memberId: number): Promise<OpenItem[]> {
  const rows = await openChargeRows(db)
    .select(['c.id', openCents.as('open')])
    .where('c.member_id', '=', memberId)
    .orderBy('c.due_date')
    .orderBy('c.id')
    .execute()
  return rows.map((r) => ({ chargeId: r.id, open: Number(r.open) }))
}

/**
 * Free payments and credits of the member, oldest first. A payment that was reversed has
 * nothing free: the reversal took the money back.
 */
async function freeSources(db: Kysely<Database>, memberId: number): Promise<FreeSource[]> {
  const payments = await db
    .selectFrom('payment as p')
    .select(['p.id', 'p.paid_on as date', unallocated('p', 'payment_id').as('free')])
    .where('p.member_id', '=', memberId)
    .where('p.amount_cents', '>', 0)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('payment as r').select('r.id').whereRef('r.reverses_id', '=', 'p.id'))),
    )
    .execute()
  const credits = await db
    .selectFrom('credit as k')
    .select(['k.id', 'k.booked_on as date', unallocated('k', 'credit_id').as('free')])
    .where('k.member_id', '=', memberId)
    .execute()
  const sources: FreeSource[] = [
    ...payments.map((p) => ({
      paymentId: p.id,
      creditId: null,
      date: p.date,
      free: Number(p.free),
    })),
    ...credits.map((k) => ({
      paymentId: null,
      creditId: k.id,
      date: k.date,
      free: Number(k.free),
    })),
  ]
  return sources
    .filter((s) => s.free > 0)
    .sort((a, b) => a.date.localeCompare(b.date) || rank(a) - rank(b) || idOf(a) - idOf(b))
}

const rank = (s: FreeSource) => (s.paymentId === null ? 1 : 0)
const idOf = (s: FreeSource) => s.paymentId ?? s.creditId ?? 0

/** Books `amount` of a source against a charge. */
export async function allocate(
  trx: Transaction<Database>,
  chargeId: number,
  source: { readonly paymentId: number | null; readonly creditId: number | null },
  amount: number,
): Promise<void> {
  if (amount <= 0) return
  await trx
    .insertInto('allocation')
    .values({
      charge_id: chargeId,
      payment_id: source.paymentId,
      credit_id: source.creditId,
      amount_cents: amount,
    })
    .execute()
}

/** What is open on one charge (0 for a cancelled one: its credit settles it). */
export async function openOf(db: Kysely<Database>, chargeId: number): Promise<number> {
  const row = await openChargeRows(db)
    .select(openCents.as('open'))
    .where('c.id', '=', chargeId)
    .executeTakeFirst()
  return row === undefined ? 0 : Number(row.open)
}

/**
 * Pairs the member's free money with the member's open charges, both oldest first, until
 * one side runs out. Every write to the ledger ends with this, so a member never has open
 * charges and unused money at once: an overpayment settles the next charge, a reopened
 * charge takes a credit in hand.
 */
export async function settleMember(trx: Transaction<Database>, memberId: number): Promise<void> {
  const sources = await freeSources(trx, memberId)
  if (sources.length === 0) return
  const items = await openItems(trx, memberId)
  let s = 0
  for (const item of items) {
    while (item.open > 0 && s < sources.length) {
      const source = sources[s] as FreeSource
      const amount = Math.min(item.open, source.free)
      await allocate(trx, item.chargeId, source, amount)
      item.open -= amount
      source.free -= amount
      if (source.free === 0) s++
    }
    if (s >= sources.length) return
  }
}

/**
 * Of the given members, those holding free money and owing at once: after a bulk write only
 * they need `settleMember`, which keeps a billing run of thousands to a few extra queries.
 */
export async function membersToSettle(
  db: Kysely<Database>,
  memberIds: readonly number[],
): Promise<number[]> {
  if (memberIds.length === 0) return []
  const rows = await sql<{ member_id: number }>`
    select member_id from (
      select p.member_id from payment p
       where p.amount_cents > 0
         and p.member_id in ${idList(memberIds)}
         and not exists (select 1 from payment r where r.reverses_id = p.id)
         and ${unallocated('p', 'payment_id')} > 0
      union
      select k.member_id from credit k
       where k.member_id in ${idList(memberIds)}
         and ${unallocated('k', 'credit_id')} > 0
    ) free
     where exists ${openChargeRows(db)
       .select('c.id')
       .where(sql<boolean>`c.member_id = free.member_id`)}
  `.execute(db)
  return rows.rows.map((r) => r.member_id)
}
