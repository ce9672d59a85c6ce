import { sql, type Kysely } from 'kysely'

// Frozen in time: this migration must never change once released. It talks to the database
// as `Kysely<any>` so later schema types cannot break it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // The directory's and the lists' options as last used, so the next edition starts from them.
  await db.schema.alterTable('club').addColumn('directory_options', 'text').execute()
  await db.schema.alterTable('club').addColumn('list_options', 'text').execute()
  // The account the club page of the directory may show (and the dues issue collects into).
  for (const name of ['bank_name', 'iban', 'bic']) {
    await db.schema
      .alterTable('club')
      .addColumn(name, 'text', (c) => c.notNull().defaultTo(''))
      .execute()
  }
  // Each photo made small enough for print once (a JPEG, or the photo itself when it already
  // is that small), kept apart from the wide member row: a directory of a thousand photos
  // embeds these instead of the 512-pixel originals.
  await db.schema
    .createTable('print_photo')
    .addColumn('member_id', 'integer', (c) =>
      c.primaryKey().references('member.id').onDelete('cascade'),
    )
    .addColumn('image', 'blob', (c) => c.notNull())
    .execute()

  await sql`PRAGMA user_version = 4`.execute(db)
}
