import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeBaseClub } from './baseClub.ts'
import { runCampaign } from './campaign.ts'
import { crashOperations } from './operations.ts'
import { describeCampaign, problemsOf } from './report.ts'

/**
 * Kills a process in the middle of each multi-row operation and checks that the file opens,
 * is whole, and holds the operation entirely or not at all. A failure prints the seed:
 * `KREIS_CRASH_SEED=<seed> npm run test:crash` draws the same kill moments again (a busy
 * machine still shifts each by a few milliseconds).
 * `KREIS_CRASH_KILLS` sets the kills per operation for a longer hunt.
 */
const seed = Number(process.env['KREIS_CRASH_SEED'] ?? Math.floor(Math.random() * 2 ** 32))
const kills = Number(process.env['KREIS_CRASH_KILLS'] ?? 12)

let dir = ''
let base = ''

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kreis-crash-'))
  base = join(dir, 'base.kreis')
  await makeBaseClub(base)
  console.log(`crash test: seed ${seed}, ${kills} kills per operation`)
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('killed in the middle of an operation, a club file', () => {
  for (const entry of crashOperations) {
    it(`holds all or nothing of ${entry.name}`, async () => {
      const report = await runCampaign(entry, { base, dir, seed, kills })
      console.log(describeCampaign(report))
      expect(problemsOf(report), `KREIS_CRASH_SEED=${seed}`).toEqual([])
      const landed = report.kills.filter((kill) => kill.landed).length
      expect(landed).toBe(kills)
    })
  }
})
