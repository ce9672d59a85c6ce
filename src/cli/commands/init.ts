import { resolve } from 'node:path'
import * as v from 'valibot'
import { ClubNameSchema, clubKinds, locales } from '../../api/club.ts'
import { defaultTaxonomy, taxonomies } from '../../api/sectors.ts'
import { fillNewClub } from '../../core/club/newClub.ts'
import { createClubFile } from '../../core/db/createClubFile.ts'
import type { CommandContext } from '../main.ts'
import { cliText } from '../messages.ts'
import { optionValue } from './options.ts'

export async function runInit(ctx: CommandContext): Promise<void> {
  const name = optionValue(ctx, 'name', ClubNameSchema)
  const kind = optionValue(ctx, 'kind', v.picklist(clubKinds))
  const locale = optionValue(ctx, 'locale', v.optional(v.picklist(locales), ctx.locale))
  const taxonomy = optionValue(ctx, 'taxonomy', v.optional(v.picklist(taxonomies)))
  const path = resolve(ctx.file)
  await createClubFile(path, (db) =>
    fillNewClub(db, { name, kind, locale, taxonomy }, { now: ctx.io.now }),
  )
  ctx.io.out(
    ctx.json
      ? JSON.stringify({ path, name, kind, locale, taxonomy: taxonomy ?? defaultTaxonomy(kind) })
      : cliText(ctx.locale, 'created', { name, path }),
  )
}
