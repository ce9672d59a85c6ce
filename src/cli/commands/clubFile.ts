import { resolve } from 'node:path'
import type { Kysely } from 'kysely'
import type { Clock } from '../../core/clock.ts'
import { openClubFile } from '../../core/db/openClubFile.ts'
import type { Database } from '../../core/db/schema.ts'
import type { CommandContext } from '../main.ts'

/** Opens the club file for one command and always closes it, whatever the command does. */
export async function withClub<T>(
  ctx: CommandContext,
  run: (db: Kysely<Database>, clock: Clock) => Promise<T>,
): Promise<T> {
  const clock: Clock = { now: ctx.io.now }
  const file = await openClubFile(resolve(ctx.file), { clock })
  try {
    return await run(file.db, clock)
  } finally {
    await file.db.destroy()
  }
}

/** The positional argument after the club file, e.g. the CSV to import. */
export function argument(ctx: CommandContext, index: number): string | undefined {
  return ctx.args[index]
}
