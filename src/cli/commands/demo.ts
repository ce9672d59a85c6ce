import { resolve } from 'node:path'
import * as v from 'valibot'
import { locales } from '../../api/club.ts'
import { createClubFile } from '../../core/db/createClubFile.ts'
import { demoClubNames, demoKinds, fillDemoClub } from '../../core/demo/demoClub.ts'
import type { CommandContext } from '../main.ts'
import { cliText } from '../messages.ts'
import { integerOption, optionValue } from './options.ts'

export async function runDemo(ctx: CommandContext): Promise<void> {
  const members = integerOption(ctx, 'members', 60, 0)
  const seed = integerOption(ctx, 'seed', 1, 0)
  const locale = optionValue(ctx, 'locale', v.optional(v.picklist(locales), ctx.locale))
  const kind = optionValue(ctx, 'kind', v.optional(v.picklist(demoKinds), 'rotary'))
  const name = demoClubNames[kind]
  const path = resolve(ctx.file)
  const started = performance.now()
  await createClubFile(path, (db) =>
    fillDemoClub(db, { members, seed, locale, kind, clock: { now: ctx.io.now } }),
  )
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  ctx.io.out(
    ctx.json
      ? JSON.stringify({ path, name, kind, members, seed, seconds: Number(seconds) })
      : cliText(ctx.locale, 'demoCreated', { name, members, path, seconds }),
  )
}
