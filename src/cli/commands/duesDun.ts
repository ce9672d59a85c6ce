import { localToday } from '../../core/clock.ts'
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { KreisError } from '../../api/errors.ts'
import { isIsoDate } from '../../api/members.ts'
import { dunningPreview, runDunning } from '../../core/dues/dunning.ts'
import { clubMoney } from '../../core/dues/money.ts'
import { shortDate } from '../../core/pdf/dates.ts'
import type { CommandContext } from '../main.ts'
import { withClub } from './clubFile.ts'
import { duesDunText, previewText } from './duesDunText.ts'
import { stringOption } from './pdfCommand.ts'

/** A command-line mistake: its message, exit code 2, and the field `--json` names. */
function usage(
  ctx: CommandContext,
  message: string,
  field: string,
  reason: 'required' | 'date' | 'outOfRange',
): number {
  ctx.io.err(
    ctx.json
      ? JSON.stringify({ error: { code: 'input.invalid', params: { field, reason } } })
      : message,
  )
  return 2
}

/**
 * `kreis dues dun <club> --out <folder> [--date YYYY-MM-DD] [--dry-run] [--json]`: one PDF
 * letter per member due a reminder on the date (today without one, never a day ahead), written
 * into the folder and recorded as sent. A dry run lists who would get which level and writes
 * nothing.
 */
export async function runDuesDun(ctx: CommandContext): Promise<number | undefined> {
  const today = localToday({ now: ctx.io.now })
  const date = (stringOption(ctx, 'date') ?? today).trim()
  if (!isIsoDate(date)) {
    return usage(ctx, duesDunText(ctx.locale, 'badDate', { value: date }), '--date', 'date')
  }
  if (date > today) {
    return usage(ctx, duesDunText(ctx.locale, 'future', { value: date }), '--date', 'outOfRange')
  }
  const dryRun = ctx.values['dry-run'] === true
  const out = stringOption(ctx, 'out')?.trim() ?? ''
  if (!dryRun && out === '') {
    return usage(ctx, duesDunText(ctx.locale, 'missingOut'), '--out', 'required')
  }
  return withClub(ctx, async (db, clock) => {
    const { currency } = await clubMoney(db)
    const preview = await dunningPreview(db, date, clock)
    if (dryRun) {
      ctx.io.out(
        ctx.json
          ? JSON.stringify({ ...preview, dryRun: true })
          : `${previewText(preview, ctx.locale, currency)}\n${duesDunText(ctx.locale, 'dryRun')}`,
      )
      return undefined
    }
    // Said before the folder is made, so a run with nobody due leaves nothing behind.
    if (preview.letters.length === 0) {
      throw new KreisError('dunning.nothing', { date: shortDate(date, ctx.locale) })
    }
    const folder = resolve(out)
    mkdirSync(folder, { recursive: true })
    const run = await runDunning(db, date, folder, clock)
    if (ctx.json) {
      ctx.io.out(
        JSON.stringify({
          date,
          folder,
          letters: run.files.length,
          files: run.files,
          withoutAddress: run.withoutAddress.map((letter) => letter.memberNumber),
        }),
      )
      return undefined
    }
    const lines = [
      previewText(preview, ctx.locale, currency),
      duesDunText(ctx.locale, 'written', { count: run.files.length, folder }),
    ]
    if (run.withoutAddress.length > 0) {
      const names = run.withoutAddress.map((l) => `${l.memberNumber} ${l.displayName}`).join(', ')
      lines.push(duesDunText(ctx.locale, 'skipped', { names }))
    }
    ctx.io.out(lines.join('\n'))
    return undefined
  })
}
