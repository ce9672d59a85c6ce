import type { ChildEnd } from './childProcess.ts'
import type { CrashState } from './crashOperation.ts'

/** Milliseconds after `ready` at which an uninterrupted run said each of its lines. */
export interface Timeline {
  readonly beginMs: number
  readonly commitMs: number
  readonly committedMs: number
  readonly doneMs: number
  readonly closedMs: number
}

export function timelineOf(end: ChildEnd): Timeline {
  const at = (line: string) => end.lines.at.get(line) ?? Number.NaN
  return {
    beginMs: at('begin'),
    commitMs: at('commit'),
    committedMs: at('committed'),
    doneMs: at('done'),
    closedMs: at('closed'),
  }
}

/** The quicker of two runs, by when each was done. */
export function fastest(a: Timeline, b: Timeline): Timeline {
  return b.doneMs < a.doneMs ? b : a
}

/**
 * What a kill's delay counts from. `ready`: anywhere in the operation. `begin`: within the
 * transaction, which for an operation that does much before it (the dunning letters) is the
 * only way to hit it often. `commit`: within SQLite's commit and the checkpoint it runs after
 * a commit that filled the WAL. `done`: within the close, whose checkpoint copies the WAL into
 * the file. Those last two are a few milliseconds each, and where the file itself is written.
 */
export type Anchor = 'ready' | 'begin' | 'commit' | 'done'

export function drawKill(random: () => number, timeline: Timeline) {
  const draw = random()
  const anchor: Anchor =
    draw < 0.35 ? 'ready' : draw < 0.6 ? 'begin' : draw < 0.8 ? 'commit' : 'done'
  const windowMs = {
    ready: timeline.doneMs,
    begin: (timeline.committedMs - timeline.beginMs) * 1.1,
    commit: (timeline.committedMs - timeline.commitMs) * 1.5 + 2,
    done: (timeline.closedMs - timeline.doneMs) * 1.5 + 2,
  }[anchor]
  return { anchor, delayMs: Math.round(random() * windowMs * 10) / 10 }
}

/** Where the child was when it died, from the last line it had written. */
export type Phase =
  'before transaction' | 'in transaction' | 'committing' | 'after commit' | 'closing' | 'exited'

export const phases: readonly Phase[] = [
  'before transaction',
  'in transaction',
  'committing',
  'after commit',
  'closing',
  'exited',
]

export function phaseOf(end: ChildEnd): Phase {
  const { at } = end.lines
  if (at.has('closed')) return 'exited'
  if (at.has('done')) return 'closing'
  if (at.has('committed')) return 'after commit'
  if (at.has('commit')) return 'committing'
  return at.has('begin') ? 'in transaction' : 'before transaction'
}

/** What a phase allows: before the commit starts nothing may show, after it returned all. */
export function phaseProblem(phase: Phase, state: CrashState | null): string | null {
  if (state === null || phase === 'committing') return null
  const wanted: CrashState =
    phase === 'before transaction' || phase === 'in transaction' ? 'absent' : 'complete'
  return state === wanted ? null : `killed ${phase}, but the operation is ${state}`
}
