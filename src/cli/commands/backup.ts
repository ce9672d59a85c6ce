import { existsSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import * as v from 'valibot'
import type { FileCheck } from '../../api/backups.ts'
import { formatBytes } from '../../api/bytes.ts'
import { KreisError } from '../../api/errors.ts'
import { clubStem, prepareFolder } from '../../core/backup/backupFolder.ts'
import { fileFacts } from '../../core/backup/backupList.ts'
import { backupFileName } from '../../core/backup/backupNames.ts'
import { writeCheckedCopy } from '../../core/backup/checkedCopy.ts'
import { requireKreisFile } from '../../core/backup/fileCheck.ts'
import { checkFile } from '../../core/backup/fullCheck.ts'
import { restoreFileTo } from '../../core/backup/restoreFile.ts'
import type { CommandContext } from '../main.ts'
import { backupMessage, type BackupTextKey } from './backupText.ts'
import { optionValue } from './options.ts'

const pathOption = v.pipe(v.string(), v.trim(), v.minLength(1))

/**
 * `kreis backup <club> --out <file or folder>`: a checked copy made by SQLite, safe while the
 * app has the club open. A folder gets the name the app gives its manual backups; an existing
 * file is never replaced.
 */
export async function runBackup(ctx: CommandContext): Promise<void> {
  const source = resolve(ctx.file)
  let target = resolve(optionValue(ctx, 'out', pathOption))
  requireKreisFile(source)
  if (isFolder(target)) {
    target = join(target, backupFileName(clubStem(source), ctx.io.now(), 'manual'))
  }
  if (existsSync(target)) throw new KreisError('file.exists', { path: target })
  prepareFolder(dirname(target))
  await writeCheckedCopy(source, target)
  const facts = fileFacts(target)
  if (facts === null) throw new KreisError('backup.failed', { path: target })
  if (ctx.json) {
    ctx.io.out(JSON.stringify({ path: target, ...facts }))
    return
  }
  const lines = [backupMessage(ctx.locale, 'written', { path: target })]
  if (facts.memberCount !== null && facts.schemaVersion !== null) {
    lines.push(
      backupMessage(ctx.locale, 'details', {
        size: formatBytes(facts.sizeBytes, ctx.locale),
        members: facts.memberCount,
        version: facts.schemaVersion,
      }),
    )
  }
  ctx.io.out(lines.join('\n'))
}

/**
 * `kreis restore <backup> --to <club>`: the backup, checked, in the club file's place. What was
 * there is kept beside it first (`<club>.before-restore-<stamp>.kreis`) and named, so nothing
 * is lost and no `--force` is needed.
 */
export async function runRestore(ctx: CommandContext): Promise<number> {
  const backup = resolve(ctx.file)
  const target = resolve(optionValue(ctx, 'to', pathOption))
  if (backup === target) {
    ctx.io.err(backupMessage(ctx.locale, 'sameFile', { path: target }))
    return 2
  }
  const done = await restoreFileTo(backup, target, { now: ctx.io.now })
  if (ctx.json) {
    ctx.io.out(JSON.stringify(done))
    return 0
  }
  const lines = [backupMessage(ctx.locale, 'restored', { path: done.path })]
  if (done.previous !== null) {
    lines.push(backupMessage(ctx.locale, 'previous', { path: done.previous }))
  }
  ctx.io.out(lines.join('\n'))
  return 0
}

/** `kreis check <club>`: exit code 0 only when integrity and foreign keys are both sound. */
export async function runCheck(ctx: CommandContext): Promise<number> {
  const check = await checkFile(resolve(ctx.file))
  ctx.io.out(ctx.json ? JSON.stringify(check) : checkText(ctx, check))
  return check.ok ? 0 : 1
}

function checkText(ctx: CommandContext, check: FileCheck): string {
  const t = (key: BackupTextKey, params: Record<string, string | number> = {}) =>
    backupMessage(ctx.locale, key, params)
  const integrity =
    check.integrity.length === 0 ? t('fine') : t('problems', { count: check.integrity.length })
  const foreignKeys =
    check.foreignKeyProblems === 0
      ? t('fine')
      : t('violations', { count: check.foreignKeyProblems })
  const rows: Array<[string, string | number]> = [
    [t('file'), check.path],
    [t('integrity'), integrity],
    [t('foreignKeys'), foreignKeys],
    [t('schemaVersion'), check.schemaVersion],
    [t('members'), check.memberCount ?? t('unknown')],
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  return [
    ...rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`),
    ...check.integrity.slice(0, 20).map((line) => `  ${line}`),
    check.ok ? t('verdictOk') : t('verdictBad'),
  ].join('\n')
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
