import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import * as v from 'valibot'
import { exportFormats } from '../../api/memberTransfer.ts'
import { fileErrorFrom } from '../../core/db/sqliteErrors.ts'
import { exportMembers } from '../../core/members/export/exportMembers.ts'
import type { CommandContext } from '../main.ts'
import { cliText } from '../messages.ts'
import { withClub } from './clubFile.ts'
import { optionValue } from './options.ts'

/** `kreis export members <club> --format csv|xlsx|vcf --out <path> [--publication]`. */
export async function runExportMembers(ctx: CommandContext): Promise<void> {
  const format = optionValue(ctx, 'format', v.picklist(exportFormats))
  const out = resolve(optionValue(ctx, 'out', v.pipe(v.string(), v.trim(), v.minLength(1))))
  const publication = ctx.values['publication'] === true
  const made = await withClub(ctx, (db, clock) =>
    exportMembers(db, { format, publication }, ctx.locale, clock),
  )
  try {
    writeFileSync(out, made.bytes)
  } catch (error) {
    throw fileErrorFrom(error, out)
  }
  ctx.io.out(
    ctx.json
      ? JSON.stringify({
          path: out,
          format,
          publication,
          members: made.count,
          bytes: made.bytes.length,
        })
      : cliText(ctx.locale, 'exported', { count: made.count, path: out }),
  )
}
