import { sql, type Kysely } from 'kysely'

// Frozen in time: this migration must never change once released. It talks to the database
// as `Kysely<any>` so later schema types cannot break it.
//
// Less to write and less to check at chamber scale. Every index is written on each import
// and read in full by `kreis check`; these three cost more than they gave:
// - the search index kept each term's positions (`detail=full`), which only phrase and NEAR
//   queries need; the search asks for single-word prefixes and filters by column, so keeping
//   only the columns (`detail=column`) makes the index a little over half its size and a
//   quarter quicker to fill and to check, with look-ups as fast (`detail=none` would drop the
//   columns too, and makes searches of several words slower);
// - no query looks members up by business e-mail (the import matches e-mails in memory);
// - nine members in ten are no organisation's people, so the index of links holds only links.
const statements = [
  `drop table member_search`,
  // Folded text (see core/members/fold.ts), kept in step by the member service; rowid = member.id.
  `create virtual table member_search using fts5(
    names, organisation, classification, town, email, number, state,
    content='', contentless_delete=1, detail=column, prefix='1 2 3',
    tokenize='unicode61 remove_diacritics 2')`,
  // The table is empty now: version 0 makes the next open fill it from the member rows.
  `update club set search_index_version = 0`,
  `drop index member_email`,
  `drop index member_organisation`,
  `create index member_organisation on member (organisation_id) where organisation_id is not null`,
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
  await sql`PRAGMA user_version = 7`.execute(db)
}
