import { sql, type Kysely } from 'kysely'
import type { Clock } from '../../src/core/clock.ts'
import type { Database } from '../../src/core/db/schema.ts'
import { listMembers } from '../../src/core/members/memberList.ts'

/**
 * 200 queries a secretary would type, drawn from the club itself: whole and partial last
 * names (with and without umlauts), first + last name, towns, professions, e-mail fragments
 * and member numbers.
 */
export async function realisticQueries(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('member')
    .select([
      'first_name',
      'last_name',
      'organisation_name',
      'business_town',
      'classification',
      'email_business',
      'member_number',
    ])
    .where(sql<boolean>`id % 487 = 7`)
    .limit(200)
    .execute()
  const unumlaut = (s: string) =>
    s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
  const queries: string[] = []
  for (let i = 0; queries.length < 200 && rows.length > 0; i++) {
    const r = rows[i % rows.length] as (typeof rows)[number]
    const last = r.last_name ?? r.organisation_name ?? 'Müller'
    const kinds = [
      () => last,
      () => last.slice(0, 3),
      () => unumlaut(last).toLowerCase(),
      () => `${r.first_name ?? ''} ${last}`.trim(),
      () => r.business_town ?? 'Frankfurt',
      () => (r.classification ?? 'Steuer').split(/\s/)[0] ?? 'Steuer',
      () => (r.email_business ?? 'info@').split('@')[0] ?? 'info',
      () => r.member_number,
      () => `${last.slice(0, 4)} ${(r.business_town ?? '').slice(0, 3)}`.trim(),
      () => last.slice(0, 1),
    ]
    queries.push((kinds[i % kinds.length] as () => string)())
  }
  return queries
}

export function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return Math.round((sorted[Math.max(0, index)] ?? 0) * 100) / 100
}

/**
 * Each query as the members view sends it: first page of 100 rows plus the total. With
 * `connect`, every query goes through a connection object of its own, so no search kept from
 * an earlier query (core/members/memberSets.ts) answers it: text typed for the first time.
 */
export async function timeSearches(
  db: Kysely<Database>,
  queries: readonly string[],
  clock: Clock,
  connect?: () => Kysely<Database>,
): Promise<{ p50: number; p95: number; max: number }> {
  const connections = queries.map(() => connect?.() ?? db)
  for (const connection of connections) await connection.selectFrom('club').select('id').execute()
  const times: number[] = []
  for (const [index, search] of queries.entries()) {
    const started = performance.now()
    await listMembers(connections[index] ?? db, { search, limit: 100 }, 'de', clock)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: percentile(times, 100) }
}
