import { sql, type Kysely } from 'kysely'

// Frozen in time: this migration must never change once released. It talks to the database
// as `Kysely<any>` so later schema types cannot break it.
//
// Dues and payments: fee schedules, billing runs, the member ledger (charges, payments,
// credits and what pays what), dunning and SEPA direct debit. Money is integer cents. Nothing
// in the ledger is ever deleted: a cancelled run is answered by credits, a reversed payment by
// a reversal row, so the books of the last ten years (§ 147 AO) stay as they were written.
const statements = [
  // The club as SEPA creditor. The account itself (iban, bic) came with migration 0004.
  `alter table club add column creditor_id text not null default ''`,
  `alter table club add column creditor_name text not null default ''`,
  `alter table club add column mandate_pattern text not null default 'M-{number}-{n}'`,
  `alter table club add column charge_number_next integer not null default 1`,
  `alter table club add column receipt_number_next integer not null default 1`,

  // What a membership type costs from a date on; the newest row not after a date applies.
  `create table fee_schedule (
    id integer primary key autoincrement,
    membership_type_id integer not null references membership_type(id) on delete cascade,
    valid_from text not null,
    amount_cents integer not null check (amount_cents >= 0),
    interval text not null check (interval in ('yearly', 'half_yearly', 'quarterly', 'monthly')),
    prorate text not null check (prorate in ('none', 'month', 'day')),
    admission_fee_cents integer not null default 0 check (admission_fee_cents >= 0),
    exempt integer not null default 0,
    due_days integer not null default 14 check (due_days between 0 and 365),
    created_at text not null,
    unique (membership_type_id, valid_from)
  )`,
  // An individual amount per billing interval, overriding the type's from a date on.
  `create table member_fee (
    id integer primary key autoincrement,
    member_id integer not null references member(id) on delete cascade,
    valid_from text not null,
    amount_cents integer check (amount_cents >= 0),
    note text not null default '',
    created_at text not null,
    unique (member_id, valid_from)
  )`,

  `create table billing_run (
    id integer primary key autoincrement,
    period_key text not null,
    period_start text not null,
    period_end text not null,
    created_at text not null,
    cancelled_at text,
    cancel_reason text
  )`,
  // A charge is never deleted or changed in amount; cancelling one writes a credit for it.
  `create table charge (
    id integer primary key autoincrement,
    number text not null unique,
    member_id integer not null references member(id) on delete restrict,
    run_id integer references billing_run(id) on delete restrict,
    kind text not null check (kind in ('dues', 'admission', 'extra', 'dunning_fee')),
    description text not null,
    membership_type_id integer references membership_type(id) on delete set null,
    period_start text,
    period_end text,
    amount_cents integer not null check (amount_cents > 0),
    booked_on text not null,
    due_date text not null,
    computation text not null default '',
    cancelled_on text,
    dunning_level integer not null default 0,
    created_at text not null
  )`,
  // The guard that makes a billing run safe to repeat: one live dues charge per member and
  // slice, one live admission fee per member.
  `create unique index charge_dues_once on charge (member_id, period_start)
     where kind = 'dues' and cancelled_on is null`,
  `create unique index charge_admission_once on charge (member_id)
     where kind = 'admission' and cancelled_on is null`,
  `create index charge_member on charge (member_id, due_date)`,
  `create index charge_run on charge (run_id)`,

  // Money received (positive) and its reversal (a row of its own pointing at the original).
  `create table payment (
    id integer primary key autoincrement,
    member_id integer not null references member(id) on delete restrict,
    paid_on text not null,
    amount_cents integer not null check (amount_cents <> 0),
    method text not null check (method in ('transfer', 'cash', 'direct_debit')),
    reference text not null default '',
    reverses_id integer unique references payment(id) on delete restrict,
    reason text not null default '',
    created_at text not null
  )`,
  `create index payment_member on payment (member_id, paid_on)`,
  // Credits reduce what a member owes: a cancelled charge, a goodwill reduction.
  `create table credit (
    id integer primary key autoincrement,
    member_id integer not null references member(id) on delete restrict,
    charge_id integer references charge(id) on delete restrict,
    booked_on text not null,
    amount_cents integer not null check (amount_cents > 0),
    reason text not null check (reason in ('cancellation', 'reduction')),
    note text not null default '',
    created_at text not null
  )`,
  `create index credit_member on credit (member_id)`,
  // Which payment or credit settles which charge, and by how much. What a payment has not
  // settled is the member's credit balance, used by the next charge.
  `create table allocation (
    id integer primary key autoincrement,
    charge_id integer not null references charge(id) on delete restrict,
    payment_id integer references payment(id) on delete restrict,
    credit_id integer references credit(id) on delete restrict,
    amount_cents integer not null check (amount_cents > 0),
    check ((payment_id is null) <> (credit_id is null))
  )`,
  `create index allocation_charge on allocation (charge_id)`,
  `create index allocation_payment on allocation (payment_id)`,
  `create index allocation_credit on allocation (credit_id)`,

  `create table dunning_level (
    level integer primary key check (level between 1 and 3),
    days_after_due integer not null check (days_after_due >= 0),
    fee_cents integer not null default 0 check (fee_cents >= 0)
  )`,
  `insert into dunning_level (level, days_after_due, fee_cents) values (1, 14, 0), (2, 28, 0), (3, 42, 500)`,
  `create table dunning_notice (
    id integer primary key autoincrement,
    member_id integer not null references member(id) on delete restrict,
    level integer not null,
    sent_on text not null,
    amount_cents integer not null,
    fee_charge_id integer references charge(id) on delete restrict,
    created_at text not null
  )`,
  `create table dunning_notice_charge (
    notice_id integer not null references dunning_notice(id) on delete cascade,
    charge_id integer not null references charge(id) on delete restrict,
    primary key (notice_id, charge_id)
  )`,

  `create table mandate (
    id integer primary key autoincrement,
    member_id integer not null references member(id) on delete restrict,
    reference text not null unique,
    signed_on text not null,
    debtor_name text not null,
    iban text not null,
    bic text not null default '',
    type text not null check (type in ('RCUR', 'OOFF')),
    status text not null check (status in ('active', 'revoked')),
    last_used_on text,
    created_at text not null
  )`,
  `create index mandate_member on mandate (member_id)`,
  `create table collection (
    id integer primary key autoincrement,
    message_id text not null unique,
    collection_date text not null,
    file_name text not null,
    total_cents integer not null,
    item_count integer not null,
    -- The file as it was sent: a lost or overwritten copy can be saved again, never rebuilt.
    -- Null for a collection recorded without its file (history brought over from elsewhere).
    xml text,
    created_at text not null
  )`,
  // One debit in an exported file. Its payment is the direct-debit payment booked for it; a
  // return reverses that payment and reopens the charge.
  `create table collection_item (
    id integer primary key autoincrement,
    collection_id integer not null references collection(id) on delete restrict,
    charge_id integer not null references charge(id) on delete restrict,
    mandate_id integer not null references mandate(id) on delete restrict,
    payment_id integer not null references payment(id) on delete restrict,
    end_to_end_id text not null unique,
    sequence_type text not null check (sequence_type in ('FRST', 'RCUR', 'OOFF', 'FNAL')),
    amount_cents integer not null,
    returned_on text,
    return_reason text
  )`,
  `create index collection_item_charge on collection_item (charge_id)`,
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
  await sql`PRAGMA user_version = 5`.execute(db)
}
