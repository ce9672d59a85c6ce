import { sql, type Kysely } from 'kysely'
import { ageBuckets, type AgeBucket, type DuesReport } from '../../api/dues.ts'
import type { Database } from '../db/schema.ts'
import { checkRange, type StatementRange } from './statement.ts'

interface Sums {
  readonly chargedCents: number
  readonly paidCents: number
  readonly creditedCents: number
}

/**
 * Every ledger line of the range with the membership type it counts for: a charge the type it
 * was billed under (the member's type when it had none), a credit that of its charge, a
 * payment the member's type, as money received belongs to no one charge.
 */
const ledgerLines = (from: string, to: string) => sql`
  select coalesce(c.membership_type_id, m.membership_type_id) as type_id, c.booked_on as day,
         c.amount_cents as charged, 0 as paid, 0 as credited
    from charge c join member m on m.id = c.member_id
   where c.booked_on between ${from} and ${to}
  union all
  select m.membership_type_id, p.paid_on, 0, p.amount_cents, 0
    from payment p join member m on m.id = p.member_id
   where p.paid_on between ${from} and ${to}
  union all
  select coalesce(c.membership_type_id, m.membership_type_id), k.booked_on, 0, 0, k.amount_cents
    from credit k join member m on m.id = k.member_id left join charge c on c.id = k.charge_id
   where k.booked_on between ${from} and ${to}`

/**
 * What was charged, paid (reversals count against it) and credited in the range, per
 * membership type and per month, and what was open on its last day by how long overdue.
 * A handful of grouped queries, whatever the size of the club.
 */
export async function duesReport(db: Kysely<Database>, range: StatementRange): Promise<DuesReport> {
  const { from, to } = checkRange(range, 'to')
  const byType = await sql<
    { name: string | null } & Record<'charged' | 'paid' | 'credited', number>
  >`
    select t.name, sum(l.charged) as charged, sum(l.paid) as paid, sum(l.credited) as credited
      from (${ledgerLines(from, to)}) l left join membership_type t on t.id = l.type_id
     group by l.type_id
     order by t.id is null, t.sort_order, t.name`.execute(db)
  const byMonth = await sql<{ month: string } & Record<'charged' | 'paid' | 'credited', number>>`
    select substr(l.day, 1, 7) as month, sum(l.charged) as charged, sum(l.paid) as paid,
           sum(l.credited) as credited
      from (${ledgerLines(from, to)}) l
     group by month`.execute(db)
  const months = new Map(byMonth.rows.map((row) => [row.month, sums(row)]))
  return {
    from,
    to,
    byType: byType.rows.map((row) => ({ membershipType: row.name, ...sums(row) })),
    byMonth: monthsOf(from, to).map((month) => ({
      month,
      ...(months.get(month) ?? { chargedCents: 0, paidCents: 0, creditedCents: 0 }),
    })),
    byAge: await openByAge(db, to),
  }
}

function sums(row: Record<'charged' | 'paid' | 'credited', number>): Sums {
  return {
    chargedCents: Number(row.charged),
    paidCents: Number(row.paid),
    creditedCents: Number(row.credited),
  }
}

/** `2026-07` … `2027-06`: every month the range touches. */
function monthsOf(from: string, to: string): string[] {
  const months: string[] = []
  let year = Number(from.slice(0, 4))
  let month = Number(from.slice(5, 7))
  const last = to.slice(0, 7)
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`
    if (key > last) return months
    months.push(key)
    month = month === 12 ? 1 : month + 1
    if (month === 1) year += 1
  }
}

/**
 * What was open on `day`, by how long overdue. Only what is dated counts, never the
 * allocations: those show today's state, and reversing a payment deletes its allocations, so a
 * debit returned in November would make a charge look unpaid on 31 August as well. Per member,
 * the charges booked by then are settled first by the credits for them, then by the money of
 * that day or before — payments less their reversals, credits for no charge — oldest due
 * first, as a payment settles charges.
 */
async function openByAge(db: Kysely<Database>, day: string): Promise<DuesReport['byAge']> {
  const rows = await sql<{ bucket: AgeBucket; open: number; members: number }>`
    with charged as (
      select c.id, c.member_id, c.due_date, c.amount_cents,
             coalesce((select sum(k.amount_cents) from credit k
                        where k.charge_id = c.id and k.booked_on <= ${day}), 0) as credited
        from charge c
       where c.booked_on <= ${day}
    ),
    owed as (
      select id, member_id, due_date, max(amount_cents - credited, 0) as owed,
             max(credited - amount_cents, 0) as over
        from charged
    ),
    money as (
      select member_id, sum(amount) as amount from (
        select member_id, amount_cents as amount from payment where paid_on <= ${day}
        union all
        select member_id, amount_cents from credit where booked_on <= ${day} and charge_id is null
        union all
        select member_id, over from owed
      ) group by member_id
    ),
    settled as (
      select o.member_id, o.due_date, o.owed, coalesce(m.amount, 0) - coalesce(sum(o.owed) over (
               partition by o.member_id order by o.due_date, o.id
               rows between unbounded preceding and 1 preceding), 0) as money_left
        from owed o left join money m on m.member_id = o.member_id
    ),
    open_charge as (
      select member_id, julianday(${day}) - julianday(due_date) as days,
             owed - min(max(money_left, 0), owed) as open
        from settled
    )
    select case when days <= 0 then 'notDue' when days <= 30 then 'upTo30'
                when days <= 90 then 'upTo90' when days <= 180 then 'upTo180'
                else 'over180' end as bucket,
           sum(open) as open, count(distinct member_id) as members
      from open_charge where open > 0
     group by bucket`.execute(db)
  const found = new Map(rows.rows.map((row) => [row.bucket, row]))
  return ageBuckets.map((bucket) => ({
    bucket,
    openCents: Number(found.get(bucket)?.open ?? 0),
    members: Number(found.get(bucket)?.members ?? 0),
  }))
}
