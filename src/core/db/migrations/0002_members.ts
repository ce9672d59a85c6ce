import { sql, type Kysely } from 'kysely'

// Frozen in time: this migration must never change once released. It talks to the database
// as `Kysely<any>` so later schema types cannot break it.
//
// The roster grows from a flat list into the full record: people and organisations, two
// structured addresses, consent, offices, custom fields and a change history. SQLite cannot
// alter constraints in place, so `member` is rebuilt and its rows copied over.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('club')
    .addColumn('member_number_pattern', 'text', (c) => c.notNull().defaultTo('{n:4}'))
    .execute()
  // Sort keys and the search index are derived in code; a version below the code's own makes
  // the next open rebuild them (see core/members/searchIndex.ts).
  await db.schema
    .alterTable('club')
    .addColumn('search_index_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema
    .alterTable('club')
    .addColumn('member_number_next', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()

  await db.schema
    .createTable('sector')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_de', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'integer', (c) => c.references('sector.id').onDelete('restrict'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()

  await db.schema
    .createTable('membership_type')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()

  await db.schema
    .createTable('member_new')
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
    .addColumn('name_affix', 'text')
    .addColumn('birthday', 'text')
    .addColumn('partner_name', 'text')
    .addColumn('organisation_name', 'text')
    .addColumn('legal_form', 'text')
    .addColumn('register_number', 'text')
    .addColumn('organisation_id', 'integer', (c) =>
      c.references('member_new.id').onDelete('set null'),
    )
    .addColumn('organisation_role', 'text', (c) =>
      c.check(sql`organisation_role is null or organisation_role in ('employee', 'contact')`),
    )
    .addColumn('company', 'text')
    .addColumn('position', 'text')
    .addColumn('classification', 'text')
    .addColumn('sector_id', 'integer', (c) => c.references('sector.id').onDelete('set null'))
    .addColumn('email_business', 'text')
    .addColumn('email_private', 'text')
    .addColumn('phone_business', 'text')
    .addColumn('phone_mobile', 'text')
    .addColumn('phone_private', 'text')
    .addColumn('website', 'text')
    .addColumn('business_street', 'text')
    .addColumn('business_house_number', 'text')
    .addColumn('business_postcode', 'text')
    .addColumn('business_town', 'text')
    .addColumn('business_country', 'text')
    .addColumn('private_street', 'text')
    .addColumn('private_house_number', 'text')
    .addColumn('private_postcode', 'text')
    .addColumn('private_town', 'text')
    .addColumn('private_country', 'text')
    .addColumn('photo_mime', 'text')
    .addColumn('photo', 'blob')
    .addColumn('notes', 'text')
    .addColumn('join_date', 'text')
    .addColumn('leave_date', 'text')
    .addColumn('leave_reason', 'text', (c) =>
      c.check(
        sql`leave_reason is null or leave_reason in ('resigned', 'deceased', 'excluded', 'transferred')`,
      ),
    )
    .addColumn('sponsor_id', 'integer', (c) => c.references('member_new.id').onDelete('set null'))
    .addColumn('membership_type_id', 'integer', (c) =>
      c.references('membership_type.id').onDelete('set null'),
    )
    .addColumn('sort_key_de', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_key_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await sql`
    insert into member_new (
      id, member_number, kind, status, salutation, title, first_name, last_name,
      organisation_name, company, position, classification, email_business, phone_business,
      phone_mobile, website, business_street, business_house_number, business_postcode,
      business_town, business_country, birthday, join_date, leave_date, sort_key_de, sort_key_en,
      created_at, updated_at)
    select
      id, member_number, kind, status, salutation, title, first_name, last_name,
      organisation_name, company, position, classification, email, phone,
      mobile, website, street, house_number, postcode,
      town, country, birthday, join_date, leave_date, '', '',
      created_at, updated_at
    from member`.execute(db)
  await db.schema.dropTable('member').execute()
  await sql`alter table member_new rename to member`.execute(db)

  await db.schema.createIndex('member_status').on('member').column('status').execute()
  await db.schema
    .createIndex('member_sort_de')
    .on('member')
    .columns(['sort_key_de', 'id'])
    .execute()
  await db.schema
    .createIndex('member_sort_en')
    .on('member')
    .columns(['sort_key_en', 'id'])
    .execute()
  await db.schema
    .createIndex('member_organisation')
    .on('member')
    .column('organisation_id')
    .execute()
  await db.schema.createIndex('member_sector').on('member').column('sector_id').execute()
  await db.schema.createIndex('member_email').on('member').column('email_business').execute()

  // Member numbers are never reused, even after a member is deleted: the counter only grows.
  await sql`
    update club set member_number_next =
      coalesce((select max(cast(member_number as integer)) from member), 0) + 1`.execute(db)

  await db.schema
    .createTable('custom_field')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) =>
      c.notNull().check(sql`type in ('text', 'number', 'date', 'boolean', 'choice')`),
    )
    .addColumn('options', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()

  await db.schema
    .createTable('member_custom_value')
    .addColumn('member_id', 'integer', (c) =>
      c.notNull().references('member.id').onDelete('cascade'),
    )
    .addColumn('field_id', 'integer', (c) =>
      c.notNull().references('custom_field.id').onDelete('cascade'),
    )
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('member_custom_value_pk', ['member_id', 'field_id'])
    .execute()

  await db.schema
    .createTable('role')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('name_de', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('board', 'committee')`))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()

  // The offices every club knows; clubs rename, add and retire roles in Settings.
  await sql`insert into role (key, name_de, name_en, kind, sort_order) values
    ('president', 'Präsident/in', 'President', 'board', 1),
    ('president_elect', 'Designierte/r Präsident/in', 'President-elect', 'board', 2),
    ('vice_president', 'Vizepräsident/in', 'Vice president', 'board', 3),
    ('past_president', 'Past President', 'Past president', 'board', 4),
    ('secretary', 'Sekretär/in', 'Secretary', 'board', 5),
    ('treasurer', 'Schatzmeister/in', 'Treasurer', 'board', 6),
    ('sergeant_at_arms', 'Clubmeister/in', 'Sergeant-at-arms', 'board', 7),
    ('club_service', 'Clubdienst', 'Club service', 'committee', 8),
    ('community_service', 'Gemeindienst', 'Community service', 'committee', 9),
    ('international_service', 'Internationaler Dienst', 'International service', 'committee', 10),
    ('youth_service', 'Jugenddienst', 'Youth service', 'committee', 11),
    ('foundation', 'Foundation', 'Foundation', 'committee', 12)`.execute(db)

  await db.schema
    .createTable('office')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('member_id', 'integer', (c) =>
      c.notNull().references('member.id').onDelete('cascade'),
    )
    .addColumn('role_id', 'integer', (c) => c.notNull().references('role.id').onDelete('restrict'))
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .addColumn('note', 'text')
    .addCheckConstraint('office_dates', sql`end_date is null or end_date >= start_date`)
    .execute()
  await db.schema.createIndex('office_member').on('office').column('member_id').execute()
  await db.schema
    .createIndex('office_dates')
    .on('office')
    .columns(['start_date', 'end_date'])
    .execute()

  await db.schema
    .createTable('consent')
    .addColumn('member_id', 'integer', (c) =>
      c.notNull().references('member.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('directory', 'photo', 'private_address', 'private_phone', 'private_email', 'birthday', 'partner')`,
        ),
    )
    .addColumn('granted', 'integer', (c) => c.notNull())
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('consent_pk', ['member_id', 'kind'])
    .execute()

  await db.schema
    .createTable('member_history')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('member_id', 'integer', (c) =>
      c.notNull().references('member.id').onDelete('cascade'),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('field', 'text')
    .addColumn('old_value', 'text')
    .addColumn('new_value', 'text')
    .addColumn('note', 'text')
    .execute()
  await db.schema
    .createIndex('member_history_member')
    .on('member_history')
    .columns(['member_id', 'id'])
    .execute()

  // Folded text (see core/members/fold.ts), kept in step by the member service; rowid = member.id.
  await sql`create virtual table member_search using fts5(
    names, organisation, classification, town, email, number, state,
    content='', contentless_delete=1, prefix='1 2 3', tokenize='unicode61 remove_diacritics 2')`.execute(
    db,
  )

  await sql`PRAGMA user_version = 2`.execute(db)
}
