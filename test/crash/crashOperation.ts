import type { Kysely, RawBuilder } from 'kysely'
import type { Clock } from '../../src/core/clock.ts'
import type { ClubFile } from '../../src/core/db/openClubFile.ts'
import type { Database } from '../../src/core/db/schema.ts'

/** Every crash run's "now": the unit tests' day, so dues and letters fall as they do there. */
export const crashClock: Clock = { now: () => new Date('2026-11-21T10:00:00.000Z') }

/** An operation after a kill is either not there at all or there in full; nothing between. */
export type CrashState = 'absent' | 'complete'

/** What a check found: one of the two states, or why the file is in neither. */
export type CheckResult = CrashState | `broken: ${string}`

export interface CheckContext {
  /** The club file after the kill, opened as the app opens it. */
  readonly db: Kysely<Database>
  /** The template every run started from, read-only: the state before the operation. */
  readonly before: Kysely<Database>
  /** The run's own folder, where it wrote letters or export files. */
  readonly workDir: string
}

/**
 * A multi-row operation the crash test kills at random moments. `prepare` and `check` run in
 * the test process, `run` in a child process of its own, which the test kills.
 */
export interface CrashOperation {
  /**
   * Turns a copy of the base club (baseClub.ts: the demo club, 1,500 members, a billed and
   * partly collected running year) into the template every run starts from. Runs once.
   */
  prepare(file: ClubFile): Promise<void>
  /** The operation itself, through the core function the app calls. */
  run(file: ClubFile, workDir: string): Promise<void>
  /** Which state the file after a kill is in; every table it touched is compared as well. */
  check(context: CheckContext): Promise<CheckResult>
}

/** A check's answer when the file is in neither state. */
export function broken(reason: string): CheckResult {
  return `broken: ${reason}`
}

/** The number a `select count(*) as n …` (or any one-number query named `n`) answers. */
export async function count(
  db: Kysely<Database>,
  query: RawBuilder<{ n: number }>,
): Promise<number> {
  const { rows } = await query.execute(db)
  return Number(rows[0]?.n ?? 0)
}

/**
 * What a check needs to know of the template, worked out once: the template never changes,
 * and a preview of it costs as much as the rest of the check.
 */
export function perTemplate<T>(
  compute: (before: Kysely<Database>) => Promise<T>,
): (before: Kysely<Database>) => Promise<T> {
  const kept = new WeakMap<Kysely<Database>, Promise<T>>()
  return (before) => {
    let value = kept.get(before)
    if (value === undefined) {
      value = compute(before)
      kept.set(before, value)
    }
    return value
  }
}
