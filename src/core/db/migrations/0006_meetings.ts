import { sql, type Kysely } from 'kysely'

// Frozen in time: this migration must never change once released. It talks to the database
// as `Kysely<any>` so later schema types cannot break it.
//
// Meetings and what happens at them: series and single meetings, the roll call with the
// club's own attendance codes, leaves of absence, guests and their visits, and for BNI chapters
// and business clubs referrals, closed business (TYFCB) and one-to-ones. Members are never
// deleted, so their rows here are kept with them.
const statements = [
  `alter table club add column attendance_threshold integer not null default 60
    check (attendance_threshold between 0 and 100)`,
  `alter table club add column absence_limit integer not null default 3
    check (absence_limit between 1 and 26)`,
  // Null: as the club's kind suggests (shown for BNI chapters, business clubs and chambers).
  `alter table club add column show_referrals integer`,
  `alter table club add column expect_honorary integer not null default 0`,

  // The club's codes; the meaning is fixed, key and labels are the club's to choose.
  `create table attendance_code (
    id integer primary key autoincrement,
    meaning text not null check (meaning in
      ('present', 'absent', 'excused', 'make_up', 'leave', 'late', 'medical', 'substitute')),
    key text not null,
    label_de text not null,
    label_en text not null,
    active integer not null default 1,
    sort_order integer not null
  )`,

  `create table meeting_series (
    id integer primary key autoincrement,
    name text not null,
    weekday integer not null check (weekday between 1 and 7),
    interval text not null check (interval in ('weekly', 'fortnightly', 'monthly')),
    nth integer check (nth in (1, 2, 3, 4, -1)),
    start_time text not null,
    end_time text not null default '',
    place text not null default '',
    type text not null,
    start_date text not null,
    end_date text not null default '',
    -- JSON array of ISO days on which the series does not meet.
    skip_dates text not null default '[]',
    created_at text not null
  )`,
  // A meeting made from a series remembers its slot (series_date), so generating again never
  // brings back a meeting that was moved or cancelled.
  `create table meeting (
    id integer primary key autoincrement,
    series_id integer references meeting_series(id) on delete set null,
    series_date text,
    date text not null,
    start_time text not null,
    end_time text not null default '',
    place text not null default '',
    type text not null check (type in
      ('regular', 'board', 'general_assembly', 'social', 'joint', 'online')),
    status text not null default 'scheduled' check (status in ('scheduled', 'cancelled')),
    cancel_reason text not null default '',
    partner_club text not null default '',
    speaker text not null default '',
    topic text not null default '',
    minutes text not null default '',
    -- JSON array of file paths.
    attachments text not null default '[]',
    -- Set by the first mark: only meetings with a roll call count in the figures.
    roll_call_at text,
    created_at text not null,
    updated_at text not null,
    unique (series_id, series_date)
  )`,
  `create index meeting_date on meeting (date)`,

  // No row for an expected member of a meeting with a roll call means absent.
  `create table attendance (
    meeting_id integer not null references meeting(id) on delete cascade,
    member_id integer not null references member(id) on delete restrict,
    code_id integer not null references attendance_code(id) on delete restrict,
    make_up_date text not null default '',
    make_up_club text not null default '',
    substitute_name text not null default '',
    note text not null default '',
    recorded_at text not null,
    primary key (meeting_id, member_id)
  ) without rowid`,
  `create index attendance_member on attendance (member_id)`,

  `create table member_leave (
    id integer primary key autoincrement,
    member_id integer not null references member(id) on delete restrict,
    from_date text not null,
    to_date text not null,
    note text not null default '',
    created_at text not null,
    check (to_date >= from_date)
  )`,
  `create index member_leave_member on member_leave (member_id)`,

  `create table guest (
    id integer primary key autoincrement,
    first_name text not null default '',
    last_name text not null,
    company text not null default '',
    sector text not null default '',
    email text not null default '',
    phone text not null default '',
    note text not null default '',
    member_id integer references member(id) on delete restrict,
    created_at text not null,
    updated_at text not null
  )`,
  `create table guest_visit (
    id integer primary key autoincrement,
    guest_id integer not null references guest(id) on delete restrict,
    meeting_id integer not null references meeting(id) on delete restrict,
    invited_by_id integer references member(id) on delete restrict,
    created_at text not null,
    unique (guest_id, meeting_id)
  )`,
  `create index guest_visit_meeting on guest_visit (meeting_id)`,

  `create table referral (
    id integer primary key autoincrement,
    from_member_id integer not null references member(id) on delete restrict,
    to_member_id integer not null references member(id) on delete restrict,
    date text not null,
    type text not null check (type in ('inside', 'outside')),
    contact_name text not null,
    contact_details text not null default '',
    interest integer not null check (interest between 1 and 5),
    status text not null check (status in ('open', 'contacted', 'won', 'lost')),
    note text not null default '',
    created_at text not null,
    updated_at text not null,
    check (from_member_id <> to_member_id)
  )`,
  `create index referral_date on referral (date)`,
  // Recorded by the member who received the business; confidential to them.
  `create table tyfcb (
    id integer primary key autoincrement,
    receiver_id integer not null references member(id) on delete restrict,
    giver_id integer not null references member(id) on delete restrict,
    referral_id integer references referral(id) on delete restrict,
    kind text not null check (kind in ('referral', 'new', 'repeat')),
    date text not null,
    amount_cents integer not null check (amount_cents > 0),
    note text not null default '',
    created_at text not null
  )`,
  `create index tyfcb_date on tyfcb (date)`,
  `create table one_to_one (
    id integer primary key autoincrement,
    member_a_id integer not null references member(id) on delete restrict,
    member_b_id integer not null references member(id) on delete restrict,
    date text not null,
    note text not null default '',
    created_at text not null,
    check (member_a_id <> member_b_id)
  )`,
  `create index one_to_one_date on one_to_one (date)`,
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
  await sql`PRAGMA user_version = 6`.execute(db)
}
