import { importSectors } from '../../core/sectors/importSectors.ts'
import type { CommandContext } from '../main.ts'
import { cliMessages, cliText, type CliMessageKey } from '../messages.ts'
import { argument, withClub } from './clubFile.ts'
import { importSourceFrom } from './sourceFile.ts'

/** `kreis sectors import <club> <csv>`: all rows or none; exit code 1 when any row is wrong. */
export async function runSectorsImport(ctx: CommandContext): Promise<number> {
  const source = argument(ctx, 0)
  if (source === undefined) {
    ctx.io.err(cliText(ctx.locale, 'missingSectorFile'))
    return 2
  }
  const file = importSourceFrom(source)
  const report = await withClub(ctx, (db) => importSectors(db, file))
  if (ctx.json) {
    ctx.io.out(JSON.stringify(report))
    return report.written ? 0 : 1
  }
  if (report.written) {
    ctx.io.out(
      cliText(ctx.locale, 'sectorsImported', {
        created: report.created,
        updated: report.updated,
      }),
    )
    return 0
  }
  for (const p of report.problems) {
    const reason = `reason_${p.reason}`
    ctx.io.err(
      cliText(ctx.locale, 'sectorProblem', {
        row: p.row,
        field: p.field,
        value: p.value,
        reason: isMessageKey(reason) ? cliText(ctx.locale, reason) : p.reason,
      }),
    )
  }
  const rows = new Set(report.problems.map((p) => p.row)).size
  ctx.io.err(cliText(ctx.locale, 'sectorsRejected', { count: rows }))
  return 1
}

function isMessageKey(key: string): key is CliMessageKey {
  return Object.hasOwn(cliMessages.de, key)
}
