import { commitImport, previewImport } from '../../core/members/import/importMembers.ts'
import { formatError } from '../../api/messages/errors.ts'
import type { CommandContext } from '../main.ts'
import { cliText } from '../messages.ts'
import { argument, withClub } from './clubFile.ts'
import { previewText } from './importText.ts'
import { importSourceFrom } from './sourceFile.ts'

/**
 * `kreis import members <club> <file>`: shows the preview, then writes in one transaction.
 * Rejected rows mean exit code 1 and nothing written, unless --skip-invalid says otherwise.
 */
export async function runImportMembers(ctx: CommandContext): Promise<number> {
  const source = argument(ctx, 0)
  if (source === undefined) {
    ctx.io.err(cliText(ctx.locale, 'missingImportFile'))
    return 2
  }
  const options = {
    source: importSourceFrom(source),
    mapping: null,
    updateDuplicates: ctx.values['update-duplicates'] === true,
  }
  const dryRun = ctx.values['dry-run'] === true
  const skipInvalid = ctx.values['skip-invalid'] === true
  return withClub(ctx, async (db, clock) => {
    // The preview keeps its plan, so the commit after it does not read the file again.
    const preview = await previewImport(db, options, ctx.locale, clock)
    const refused = preview.counts.reject > 0 && !skipInvalid
    if (dryRun || refused) {
      if (ctx.json) ctx.io.out(JSON.stringify({ preview, written: false }))
      else {
        ctx.io.out(previewText(preview, options.source.fileName, ctx.locale))
        if (dryRun) ctx.io.out(cliText(ctx.locale, 'dryRun'))
      }
      if (refused) {
        const error = {
          code: 'import.rejectedRows' as const,
          params: { count: preview.counts.reject },
        }
        ctx.io.err(ctx.json ? JSON.stringify({ error }) : formatError(error, ctx.locale))
      }
      return refused ? 1 : 0
    }
    const report = await commitImport(db, { ...options, skipInvalid }, clock, ctx.locale)
    if (ctx.json) {
      ctx.io.out(JSON.stringify({ preview, ...report }))
      return 0
    }
    ctx.io.out(previewText(preview, options.source.fileName, ctx.locale))
    if (report.rejected.length > 0) {
      ctx.io.out(cliText(ctx.locale, 'skipped', { count: report.rejected.length }))
    }
    ctx.io.out(
      report.written
        ? cliText(ctx.locale, 'imported', { created: report.created, updated: report.updated })
        : cliText(ctx.locale, 'nothingImported'),
    )
    return 0
  })
}
