import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { Clock } from '../../src/core/clock.ts'

/** A fixed clock: every test sees the same "now". */
export const fixedClock: Clock = { now: () => new Date('2026-11-21T10:00:00.000Z') }

/** A fresh folder per call, removed after the test. */
export function useTempDir(): () => string {
  const made: string[] = []
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'kreis-test-'))
    made.push(dir)
    return dir
  }
}
