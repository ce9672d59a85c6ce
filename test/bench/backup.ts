import { mkdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { backupClub } from '../../src/core/backup/backupClub.ts'
import { quickCheck } from '../../src/core/backup/fileCheck.ts'
import { checkFile } from '../../src/core/backup/fullCheck.ts'
import type { Clock } from '../../src/core/clock.ts'

const clock: Clock = { now: () => new Date('2026-11-21T10:00:00Z') }
const round = (ms: number) => Math.round(ms * 10) / 10

/** Wall time, and the process's processor time beside it: on a busy machine the two part. */
async function timed<T>(work: () => Promise<T> | T): Promise<[T, number, number]> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  const value = await work()
  const used = process.cpuUsage(cpu)
  return [value, round(performance.now() - started), round((used.user + used.system) / 1000)]
}

/**
 * Backup and `kreis check` of the bench's big club (targets: under 1 s and under 2 s). The
 * backup is the app's own (SQLite backup API, quick_check of the copy, rename, retention);
 * beside it, its parts and `VACUUM INTO` for comparison, the other way SQLite copies a live file.
 */
export async function benchBackup(dir: string, club: string): Promise<Record<string, number>> {
  const folder = join(dir, 'backups')
  mkdirSync(folder, { recursive: true })
  const [entry, backupMs, backupCpuMs] = await timed(() =>
    backupClub(club, folder, 'manual', clock),
  )
  const copy = join(folder, entry.fileName)
  const [, quickCheckMs] = await timed(() => quickCheck(copy))

  const source = new BetterSqlite3(club, { readonly: true })
  const viaApi = join(dir, 'api-copy.kreis')
  const [, apiCopyMs] = await timed(() => source.backup(viaApi, { progress: () => 1024 }))
  const viaVacuum = join(dir, 'vacuum-copy.kreis')
  const [, vacuumMs] = await timed(() => source.prepare('VACUUM INTO ?').run(viaVacuum))
  source.close()
  const [, vacuumCheckMs] = await timed(() => quickCheck(viaVacuum))
  const vacuumBytes = statSync(viaVacuum).size
  for (const path of [viaApi, viaVacuum]) rmSync(path, { force: true })

  const [check, checkMs, checkCpuMs] = await timed(() => checkFile(club))
  if (!check.ok) throw new Error(`kreis check found problems in the bench club: ${check.integrity}`)

  const figures = {
    'backup.ms': backupMs,
    'backup.cpu.ms': backupCpuMs,
    'backup.mb': round(entry.sizeBytes / 1024 / 1024),
    'backup.members': entry.memberCount ?? 0,
    'backup.quickCheck.ms': quickCheckMs,
    'backup.apiCopy.ms': apiCopyMs,
    'backup.vacuumInto.ms': vacuumMs,
    'backup.vacuumInto.quickCheck.ms': vacuumCheckMs,
    'backup.vacuumInto.mb': round(vacuumBytes / 1024 / 1024),
    'check.ms': checkMs,
    'check.cpu.ms': checkCpuMs,
  }
  console.log(
    `backup of ${entry.memberCount} members (${figures['backup.mb']} MB): ${backupMs} ms ` +
      `(copy by the backup API ${apiCopyMs} ms, quick_check ${quickCheckMs} ms; ` +
      `VACUUM INTO would take ${vacuumMs} ms + ${vacuumCheckMs} ms); kreis check ${checkMs} ms`,
  )
  return figures
}
