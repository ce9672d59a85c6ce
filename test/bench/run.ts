import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { countMembers, insertClub } from '../../src/core/club/profile.ts'
import { systemClock } from '../../src/core/clock.ts'
import { createKysely } from '../../src/core/db/connection.ts'
import { createClubFile } from '../../src/core/db/createClubFile.ts'
import { openClubFile } from '../../src/core/db/openClubFile.ts'
import { fillDemoClub } from '../../src/core/demo/demoClub.ts'
import { exportMembers } from '../../src/core/members/export/exportMembers.ts'
import { commitImport, previewImport } from '../../src/core/members/import/importMembers.ts'
import { listMembers } from '../../src/core/members/memberList.ts'
import { realisticQueries, timeSearches } from './members.ts'
import { benchBackup } from './backup.ts'
import { benchDirectory } from './directory.ts'
import { benchDues } from './dues.ts'
import { benchMeetings } from './meetings.ts'
import { gauge } from './gauge.ts'
import { benchSectors } from './sectors.ts'

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
  record(label, performance.now() - started)
  return value
}

function record(label: string, ms: number): void {
  results[label] = Math.round(ms * 10) / 10
  console.log(`${label.padEnd(36)} ${results[label]} ms`)
}

try {
  results['gauge.start.ms'] = gauge()
  await time('demo.create.ms', () =>
    createClubFile(path, (db) =>
      fillDemoClub(db, { members, seed: 1, locale: 'de', clock: systemClock, taxonomy: 'wz2008' }),
    ),
  )
  results['demo.fileSize.mb'] = Math.round(statSync(path).size / 1024 / 10.24) / 100

  const opened = performance.now()
  const file = await time('open.ms', () => openClubFile(path, { clock: systemClock }))
  await time('open.firstQuery.ms', () => countMembers(file.db))
  record('open.timeToFirstQuery.ms', performance.now() - opened)
  await time('members.firstPage.ms', () =>
    listMembers(file.db, { sort: 'name', limit: 200 }, 'de', systemClock),
  )
  await time('members.pageAt90pct.ms', () =>
    listMembers(
      file.db,
      { sort: 'name', offset: Math.floor(members * 0.9), limit: 200 },
      'de',
      systemClock,
    ),
  )

  const queries = await realisticQueries(file.db)
  const search = await timeSearches(file.db, queries, systemClock)
  results['search.queries'] = queries.length
  results['search.p50.ms'] = search.p50
  results['search.p95.ms'] = search.p95
  results['search.max.ms'] = search.max
  console.log(`search over ${queries.length} queries: p50 ${search.p50} ms, p95 ${search.p95} ms`)
  const firstTime = await timeSearches(file.db, queries, systemClock, () =>
    createKysely(file.sqlite),
  )
  results['search.firstTime.p95.ms'] = firstTime.p95
  console.log(`the same, none kept from earlier queries: p95 ${firstTime.p95} ms`)
  Object.assign(results, await benchSectors(file.db, systemClock))

  // Every member, the former ones too: the import below takes in a 100,000-row file, with the
  // statuses and leaving dates it states.
  const ids = (await file.db.selectFrom('member').select('id').execute()).map((m) => m.id)
  const csv = await time('export.csv.ms', () =>
    exportMembers(file.db, { format: 'csv', publication: false, ids }, 'de', systemClock),
  )
  await time('export.xlsx.ms', () =>
    exportMembers(file.db, { format: 'xlsx', publication: false, ids }, 'de', systemClock),
  )
  results['export.rows'] = csv.count
  await file.db.destroy()

  const target = join(dir, 'import.kreis')
  await createClubFile(target, (db) =>
    insertClub(db, { name: 'Import', kind: 'chamber', locale: 'de' }, systemClock),
  )
  const into = await openClubFile(target, { clock: systemClock })
  const source = {
    fileName: 'members.csv',
    contentBase64: Buffer.from(csv.bytes).toString('base64'),
  }
  await time('import.preview.ms', () =>
    previewImport(into.db, { source, mapping: null, updateDuplicates: false }, 'de'),
  )
  const report = await time('import.commit.ms', () =>
    commitImport(
      into.db,
      { source, mapping: null, updateDuplicates: false, skipInvalid: true },
      systemClock,
      'de',
    ),
  )
  results['import.rows'] = report.created + report.updated
  results['import.rejected'] = report.rejected.length
  await into.db.destroy()

  Object.assign(results, await benchDirectory(dir))
  Object.assign(results, await benchDues(dir))
  Object.assign(results, await benchBackup(dir, path))
  Object.assign(results, await benchMeetings(dir))

  const cli = resolve('src/cli/kreis.ts')
  await time('cli.info.ms', () => execFileSync(process.execPath, [cli, 'info', path, '--json']))

  results['gauge.end.ms'] = gauge()
  console.log(
    `machine gauge: ${results['gauge.start.ms']} ms at the start, ${results['gauge.end.ms']} ms at the end`,
  )
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
