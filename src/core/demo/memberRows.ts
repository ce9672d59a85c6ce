import { CompiledQuery, type Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'
import type { DemoMember } from './types.ts'

const memberColumns = [
  'id',
  'member_number',
  'kind',
  'status',
  'salutation',
  'title',
  'first_name',
  'last_name',
  'name_affix',
  'birthday',
  'partner_name',
  'organisation_name',
  'legal_form',
  'register_number',
  'organisation_id',
  'organisation_role',
  'company',
  'position',
  'classification',
  'email_business',
  'email_private',
  'phone_business',
  'phone_mobile',
  'phone_private',
  'website',
  'business_street',
  'business_house_number',
  'business_postcode',
  'business_town',
  'business_country',
  'private_street',
  'private_house_number',
  'private_postcode',
  'private_town',
  'private_country',
  'notes',
  'join_date',
  'leave_date',
  'leave_reason',
  'sponsor_id',
  'membership_type_id',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof DemoMember)[]

// Does not compile while a column of DemoMember is missing from the list above.
type Unlisted = Exclude<keyof DemoMember, (typeof memberColumns)[number]>
const allListed: [Unlisted] extends [never] ? true : Unlisted = true

/** SQLite binds at most 32,766 parameters per statement. */
export const maxParameters = 32_766
export const rowsPerInsert = Math.floor(maxParameters / memberColumns.length)

const statements = new Map<number, string>()

function statementFor(rows: number): string {
  let text = statements.get(rows)
  if (text === undefined) {
    const row = `(${memberColumns.map(() => '?').join(', ')})`
    const columns = memberColumns.map((column) => `"${column}"`).join(', ')
    text = `insert into "member" (${columns}) values ${Array<string>(rows).fill(row).join(', ')}`
    statements.set(rows, text)
  }
  return text
}

/**
 * Up to `rowsPerInsert` members in one statement. Written as SQL with a flat parameter list:
 * the query builder makes an object per value, which at 100,000 members of 43 columns took
 * more than a second on its own.
 */
export async function insertMemberRows(
  db: Kysely<Database>,
  rows: readonly DemoMember[],
): Promise<void> {
  if (!allListed || rows.length === 0) return
  if (rows.length > rowsPerInsert) throw new RangeError(`${rows.length} rows in one insert`)
  const parameters: unknown[] = []
  for (const row of rows) for (const column of memberColumns) parameters.push(row[column])
  await db.executeQuery(CompiledQuery.raw(statementFor(rows.length), parameters))
}
