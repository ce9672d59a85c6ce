import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { createKysely } from '../../src/core/db/connection.ts'
import { openClubFile } from '../../src/core/db/openClubFile.ts'
import { startChild, type ChildEnd, type CrashChild } from './childProcess.ts'
import { crashClock, type CrashState } from './crashOperation.ts'
import { differing, fingerprint } from './fingerprint.ts'
import type { OperationEntry } from './operations.ts'
import { mulberry32, seedFor } from './prng.ts'
import {
  drawKill,
  fastest,
  phaseOf,
  phaseProblem,
  timelineOf,
  type Anchor,
  type Phase,
  type Timeline,
} from './timeline.ts'
import { verifyClubFile, type Expected } from './verify.ts'

export interface Kill {
  readonly anchor: Anchor
  readonly delayMs: number
  /** False when the child had closed its file before the signal: not a kill. */
  readonly landed: boolean
  readonly phase: Phase
  readonly state: CrashState | null
  readonly problems: readonly string[]
  /** Time spent checking the file afterwards. */
  readonly verifyMs: number
}

export interface CampaignReport {
  readonly operation: string
  readonly timeline: Timeline
  readonly kills: readonly Kill[]
  /** Problems outside any kill: the template, the uninterrupted run. */
  readonly problems: readonly string[]
}

export interface CampaignOptions {
  readonly base: string
  readonly dir: string
  readonly seed: number
  readonly kills: number
}

function childFailure(end: ChildEnd): string | null {
  if (end.signal === 'SIGKILL' || end.code === 0) return null
  return `the child failed (code ${end.code}, signal ${end.signal}): ${end.stderr.trim()}`
}

/** A copy of the template in a folder of its own, and a child started on it. */
function launch(entry: OperationEntry, template: string, dir: string, run: string) {
  const workDir = join(dir, run)
  mkdirSync(workDir)
  const path = join(workDir, 'club.kreis')
  copyFileSync(template, path)
  return { workDir, path, child: startChild(entry.name, path, workDir) }
}

/** Runs the child to the end once: times it, and prints the tables of a complete run. */
async function calibrate(
  entry: OperationEntry,
  template: string,
  dir: string,
  expected: Expected,
): Promise<{ timeline: Timeline; expected: Expected; problems: string[] }> {
  const { workDir, path, child } = launch(entry, template, dir, 'uninterrupted')
  await child.started
  await child.go()
  const end = await child.ended
  const problems: string[] = []
  const failure = childFailure(end)
  if (failure !== null) problems.push(failure)
  if (end.lines.transactions !== 1) {
    problems.push(`${end.lines.transactions ?? 'no'} transactions seen; all or nothing needs one`)
  }
  const verdict = await verifyClubFile(path, { ...expected, workDir })
  problems.push(...verdict.problems)
  if (verdict.state !== 'complete') problems.push(`an uninterrupted run is ${verdict.state}`)
  rmSync(workDir, { recursive: true, force: true })
  if (verdict.print === null) throw new Error(problems.join('\n'))
  const touched = differing(verdict.print, expected.beforePrint)
  if (touched.length === 0) problems.push('an uninterrupted run changed nothing')
  return {
    timeline: timelineOf(end),
    expected: { ...expected, afterPrint: verdict.print, touched },
    problems,
  }
}

/** Sends the kill at the drawn moment; settles with the child's end. */
async function killAt(
  child: CrashChild,
  anchor: Anchor,
  delayMs: number,
): Promise<{ end: ChildEnd; landed: boolean }> {
  let landed = false
  let timer: NodeJS.Timeout | undefined
  const fire = () => {
    timer = setTimeout(() => {
      landed = child.alive() && child.kill()
    }, delayMs)
  }
  if (anchor !== 'ready') child.onLine((line) => line === anchor && fire())
  await child.go()
  if (anchor === 'ready') fire()
  const end = await child.ended
  clearTimeout(timer)
  return { end, landed }
}

/** The template, prepared once, and a read-only view of it for the checks. */
async function prepareTemplate(entry: OperationEntry, options: CampaignOptions, dir: string) {
  const operation = await entry.load()
  const template = join(dir, 'template.kreis')
  copyFileSync(options.base, template)
  const prepared = await openClubFile(template, { clock: crashClock })
  await operation.prepare(prepared)
  await prepared.db.destroy()
  // The checks read a copy: the template itself stays closed, so copying it is always safe.
  const beforePath = join(dir, 'before.kreis')
  copyFileSync(template, beforePath)
  const sqlite = new BetterSqlite3(beforePath, { fileMustExist: true })
  return { operation, template, sqlite, before: createKysely(sqlite) }
}

/**
 * Prepares the operation's template, times an uninterrupted run, then kills children at
 * random moments until `kills` have landed, checking each file. The next child is started
 * (it loads and opens its copy) while the last killed file is checked.
 */
export async function runCampaign(
  entry: OperationEntry,
  options: CampaignOptions,
): Promise<CampaignReport> {
  const dir = join(options.dir, entry.name)
  mkdirSync(dir)
  const { operation, template, sqlite, before } = await prepareTemplate(entry, options, dir)
  try {
    const problems: string[] = []
    const emptyDir = join(dir, 'empty')
    mkdirSync(emptyDir)
    const untouched = await operation.check({ db: before, before, workDir: emptyDir })
    if (untouched !== 'absent') problems.push(`the template is not absent: ${untouched}`)
    const calibrated = await calibrate(entry, template, dir, {
      operation,
      before,
      workDir: emptyDir,
      beforePrint: fingerprint(sqlite),
      afterPrint: null,
      touched: null,
    })
    problems.push(...calibrated.problems)
    const random = mulberry32(seedFor(options.seed, entry.name))
    const kills: Kill[] = []
    // A kill drawn past the end of a run that went quicker than the timed one is no kill: it
    // is drawn again, and the quickest run seen so far sets the windows from then on.
    let { timeline } = calibrated
    // On a busy machine one run in two can end before its drawn moment (seen: 12 kills took 21
    // tries); the allowance is generous, as a kill that did not land proves nothing either way.
    const maxTries = options.kills * 4
    let landedKills = 0
    let next: ReturnType<typeof launch> | null = launch(entry, template, dir, 'kill-0')
    try {
      for (let i = 0; next !== null; i++) {
        const { child, path, workDir } = next
        next = null
        await child.started
        const { anchor, delayMs } = drawKill(random, timeline)
        const killed = await killAt(child, anchor, delayMs)
        const phase = phaseOf(killed.end)
        // A child that had closed its file and was only exiting was not killed in anything.
        const landed = killed.landed && phase !== 'exited'
        if (landed) landedKills += 1
        if (phase === 'exited') timeline = fastest(timeline, timelineOf(killed.end))
        if (landedKills < options.kills && i + 1 < maxTries) {
          next = launch(entry, template, dir, `kill-${i + 1}`)
        }
        const started = performance.now()
        const verdict = await verifyClubFile(path, { ...calibrated.expected, workDir })
        const found = [
          childFailure(killed.end),
          phaseProblem(phase, verdict.state),
          ...verdict.problems,
        ]
        kills.push({
          anchor,
          delayMs,
          landed,
          phase,
          state: verdict.state,
          problems: found.filter((problem) => problem !== null),
          verifyMs: performance.now() - started,
        })
        rmSync(workDir, { recursive: true, force: true })
      }
    } finally {
      // A child started for a kill that never came (a check threw) must not outlive the test.
      if (next !== null) {
        next.child.kill()
        await next.child.ended
      }
    }
    return { operation: entry.name, timeline: calibrated.timeline, kills, problems }
  } finally {
    await before.destroy()
  }
}
