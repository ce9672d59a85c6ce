import { sql, type Kysely } from 'kysely'

// Frozen in time: this migration must never change once released. It talks to the database
// as `Kysely<any>` so later schema types cannot break it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('club')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('street', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('house_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('postcode', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('town', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('country', 'text', (c) => c.notNull().defaultTo('DE'))
    .addColumn('meeting_place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('EUR'))
    .addColumn('year_start_month', 'integer', (c) =>
      c.notNull().check(sql`year_start_month between 1 and 12`),
    )
    .addColumn('logo_mime', 'text')
    .addColumn('logo', 'blob')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('member')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('member_number', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('person', 'organisation')`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('prospect', 'active', 'honorary', 'on_leave', 'former')`),
    )
    .addColumn('salutation', 'text')
    .addColumn('title', 'text')
    .addColumn('first_name', 'text')
    .addColumn('last_name', 'text')
    .addColumn('organisation_name', 'text')
    .addColumn('company', 'text')
    .addColumn('position', 'text')
    .addColumn('classification', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('mobile', 'text')
    .addColumn('website', 'text')
    .addColumn('street', 'text')
    .addColumn('house_number', 'text')
    .addColumn('postcode', 'text')
    .addColumn('town', 'text')
    .addColumn('country', 'text')
    .addColumn('birthday', 'text')
    .addColumn('join_date', 'text')
    .addColumn('leave_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema.createIndex('member_status').on('member').column('status').execute()
  await db.schema
    .createIndex('member_last_name')
    .on('member')
    .columns(['last_name', 'first_name'])
    .execute()

  await sql`PRAGMA user_version = 1`.execute(db)
}
