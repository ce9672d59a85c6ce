import { sql, type Kysely } from 'kysely'
import type { OutstandingQuery, OutstandingRow } from '../../api/dues.ts'
import { localToday, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { displayName } from '../members/displayName.ts'
import { searchQuery } from '../members/fold.ts'
import { memberLocale } from '../members/locale.ts'
import { searchMatches } from '../members/memberSets.ts'
import { openCents, openChargeRows } from './openAmount.ts'
import { daysAfter } from './periods.ts'

/**
 * Who owes what since when, sorted by name: one grouped query over the open charges, however
 * many members there are. Former members who still owe are listed too.
 */
export async function outstanding(
  db: Kysely<Database>,
  query: OutstandingQuery,
  clock: Clock,
): Promise<OutstandingRow[]> {
  const asOf = query.asOf === '' ? localToday(clock) : query.asOf
  const match = searchQuery(query.search)
  const matches = match === null ? null : await searchMatches(db, match)
  if (matches?.size === 0) return []
  const sortKey = (await memberLocale(db)) === 'de' ? 'm.sort_key_de' : 'm.sort_key_en'
  const rows = await db
    .with('open_charge', () =>
      openChargeRows(db).select([
        'c.member_id',
        'c.due_date',
        'c.dunning_level',
        openCents.as('open'),
      ]),
    )
    .with('owed', (w) =>
      w
        .selectFrom('open_charge')
        .select([
          'member_id',
          sql<number>`sum(open)`.as('open_cents'),
          sql<number>`count(*)`.as('charges'),
          sql<string>`min(due_date)`.as('oldest_due'),
          sql<number>`max(dunning_level)`.as('level'),
        ])
        .groupBy('member_id'),
    )
    .selectFrom('owed as o')
    .innerJoin('member as m', 'm.id', 'o.member_id')
    .select([
      'm.id',
      'm.member_number',
      'm.kind',
      'm.title',
      'm.first_name',
      'm.last_name',
      'm.name_affix',
      'm.organisation_name',
      'm.status',
      'o.open_cents',
      'o.charges',
      'o.oldest_due',
      'o.level',
      sql<number>`exists (select 1 from mandate d where d.member_id = m.id and d.status = 'active')`.as(
        'mandate',
      ),
    ])
    .orderBy(sql.ref(sortKey))
    .orderBy('m.id')
    .execute()
  const result: OutstandingRow[] = []
  for (const row of rows) {
    if (matches !== null && !matches.has(row.id)) continue
    const daysOverdue = Math.max(0, daysAfter(row.oldest_due, asOf))
    if (daysOverdue < query.minDaysOverdue) continue
    result.push({
      memberId: row.id,
      memberNumber: row.member_number,
      displayName: displayName(row),
      status: row.status,
      openCents: Number(row.open_cents),
      openCharges: Number(row.charges),
      oldestDue: row.oldest_due,
      daysOverdue,
      dunningLevel: Number(row.level),
      hasMandate: Number(row.mandate) === 1,
    })
  }
  return result
}
