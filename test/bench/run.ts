import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { countMembers } from '../../src/core/club/profile.ts'
import { systemClock } from '../../src/core/clock.ts'
import { createClubFile } from '../../src/core/db/createClubFile.ts'
import { openClubFile } from '../../src/core/db/openClubFile.ts'
import { fillDemoClub } from '../../src/core/demo/demoClub.ts'
import { listMembers } from '../../src/core/members/memberList.ts'

/**
 * `npm run bench`: the figures that matter at chamber scale, written to bench-results.json.
 * Performance lives here, never in timed tests.
 */
const members = Number(process.env['KREIS_BENCH_MEMBERS'] ?? 100_000)
const dir = mkdtempSync(join(tmpdir(), 'kreis-bench-'))
const path = join(dir, 'bench.kreis')
const results: Record<string, number | string> = {}

async function time<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now()
  const value = await work()
  results[label] = Math.round((performance.now() - started) * 10) / 10
  console.log(`${label.padEnd(34)} ${results[label]} ms`)
  return value
}

try {
  await time('demo.create100k.ms', () =>
    createClubFile(path, (db) =>
      fillDemoClub(db, { members, seed: 1, locale: 'de', clock: systemClock }),
    ),
  )
  results['demo.fileSize.mb'] = Math.round(statSync(path).size / 1024 / 10.24) / 100

  const file = await time('open.ms', () => openClubFile(path, { clock: systemClock }))
  await time('open.firstQuery.ms', () => countMembers(file.db))
  await time('members.firstPage.ms', () =>
    listMembers(file.db, { sort: 'name', limit: 200 }, 'de', systemClock),
  )
  await file.db.destroy()

  const cli = resolve('src/cli/kreis.ts')
  await time('cli.info.ms', () => execFileSync(process.execPath, [cli, 'info', path, '--json']))

  results['memory.peakRss.mb'] = Math.round(process.resourceUsage().maxRSS / 1024)
  results['members'] = members
  results['node'] = process.version
  results['cpu'] = cpus()[0]?.model ?? 'unknown'
  results['date'] = new Date().toISOString()
  writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`)
  console.log('written to bench-results.json')
} finally {
  rmSync(dir, { recursive: true, force: true })
}
