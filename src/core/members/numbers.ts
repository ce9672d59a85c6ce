import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { Database } from '../db/schema.ts'

const counterPattern = /\{n(?::(\d{1,2}))?\}/g

/** `{n:4}` → `0042`, `M-{n:5}` → `M-00042`: exactly one counter, optionally zero-padded. */
export function checkNumberPattern(pattern: string): void {
  const counters = pattern.match(counterPattern) ?? []
  if (counters.length !== 1 || pattern.length > 40) {
    throw new KreisError('member.numberPattern')
  }
}

export function formatMemberNumber(pattern: string, n: number): string {
  return pattern.replace(counterPattern, (_whole, width: string | undefined) =>
    String(n).padStart(width === undefined ? 0 : Number(width), '0'),
  )
}

/**
 * Hands out the next `count` numbers of the club's pattern. The counter only ever grows, so a
 * number once given is never given again, and numbers typed in by hand are stepped over.
 */
export async function allocateMemberNumbers(
  db: Kysely<Database>,
  count: number,
  taken: ReadonlySet<string>,
): Promise<string[]> {
  if (count === 0) return []
  const club = await db
    .selectFrom('club')
    .select(['member_number_pattern', 'member_number_next'])
    .executeTakeFirstOrThrow()
  const numbers: string[] = []
  let n = club.member_number_next
  while (numbers.length < count) {
    const candidate = formatMemberNumber(club.member_number_pattern, n++)
    if (!taken.has(candidate)) numbers.push(candidate)
  }
  await db.updateTable('club').set({ member_number_next: n }).execute()
  return numbers
}

export async function takenMemberNumbers(db: Kysely<Database>): Promise<Set<string>> {
  const rows = await db.selectFrom('member').select('member_number').execute()
  return new Set(rows.map((r) => r.member_number))
}
