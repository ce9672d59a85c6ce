import { sql, type Kysely } from 'kysely'

// Frozen in time: this migration must never change once released. It talks to the database
// as `Kysely<any>` so later schema types cannot break it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // A merged sector is retired and points at the sector that took over its members, so the
  // history of a member who was "Druckerei" still reads sensibly after the merge.
  await db.schema
    .alterTable('sector')
    .addColumn('merged_into_id', 'integer', (c) => c.references('sector.id').onDelete('set null'))
    .execute()
  // The classifications a club wants represented: its recruiting list ("open seats").
  await db.schema
    .alterTable('sector')
    .addColumn('target', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema.createIndex('sector_parent').on('sector').column('parent_id').execute()

  // Tables and indexes share one namespace: the primary-sector index of 0002 gives up its
  // name to the table of secondary sectors.
  await db.schema.dropIndex('member_sector').execute()
  // Covering the sector directory's counts and its membership years per sector: scanning this
  // index instead of 100,000 wide member rows makes them milliseconds instead of a fifth of a second.
  await db.schema
    .createIndex('member_primary_sector')
    .on('member')
    .columns(['sector_id', 'status', 'join_date', 'leave_date'])
    .execute()
  await db.schema
    .createTable('member_sector')
    .addColumn('member_id', 'integer', (c) =>
      c.notNull().references('member.id').onDelete('cascade'),
    )
    .addColumn('sector_id', 'integer', (c) =>
      c.notNull().references('sector.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('member_sector_pk', ['member_id', 'sector_id'])
    .modifyEnd(sql`without rowid`)
    .execute()
  await db.schema
    .createIndex('member_sector_sector')
    .on('member_sector')
    .columns(['sector_id', 'member_id'])
    .execute()

  // The classification policy lives on the club row: one club, one policy.
  const column = (name: string, type: 'text' | 'integer', value: string | number) =>
    db.schema
      .alterTable('club')
      .addColumn(name, type, (c) => c.notNull().defaultTo(value))
      .execute()
  await column('policy_mode', 'text', 'none')
  await column('policy_cap', 'integer', 5)
  await column('policy_threshold', 'integer', 50)
  await column('policy_percent', 'integer', 10)
  await column('policy_statuses', 'text', '["active"]')
  await db.schema.alterTable('club').addColumn('policy_level', 'integer').execute()
  // BNI admits one member per classification: files from before the policy get that rule.
  await sql`update club set policy_mode = 'exclusive' where kind = 'bni'`.execute(db)

  await sql`PRAGMA user_version = 3`.execute(db)
}
