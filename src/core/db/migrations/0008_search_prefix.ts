import { sql, type Kysely } from 'kysely'

// Frozen in time: this migration must never change once released. It talks to the database
// as `Kysely<any>` so later schema types cannot break it.
//
// The search index keeps a prefix index for one letter only. Each prefix length held a second
// copy of every term: measured on 100,000 members, the index shrank from 22 to 12 MB, filled in
// half the time on an import and checked in half the time in every backup, while words of two
// and three letters are found by reading the short run of terms that start so. Inside FTS5 the
// bench's 200 queries took no longer (p95 5.3 ms against 7.0 ms); a stem of a name with one of
// a town became slower (p95 5.5 ms instead of 1.5 ms). One letter keeps its index: "M" alone
// starts the words of nearly every member, and one list read beats merging many.
const statements = [
  `drop table member_search`,
  // Folded text (see core/members/fold.ts), kept in step by the member service; rowid = member.id.
  `create virtual table member_search using fts5(
    names, organisation, classification, town, email, number, state,
    content='', contentless_delete=1, detail=column, prefix='1',
    tokenize='unicode61 remove_diacritics 2')`,
  // The table is empty now: version 0 makes the next open fill it from the member rows.
  `update club set search_index_version = 0`,
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
  await sql`PRAGMA user_version = 8`.execute(db)
}
