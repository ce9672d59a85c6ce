import * as v from 'valibot'
import {
  ListOptionsSchema,
  defaultDirectoryOptions,
  labelLayouts,
  listKinds,
  type ListKind,
} from '../../api/directory.ts'
import { makeList } from '../../core/directory/lists/makeList.ts'
import type { CommandContext } from '../main.ts'
import { withClub } from './clubFile.ts'
import {
  listOption,
  localeOption,
  numberOrText,
  optionProblem,
  outPath,
  pdfCommand,
  reportPdf,
  statusOption,
  stringOption,
  UsageProblem,
} from './pdfCommand.ts'

const names = {
  statuses: statusOption,
  year: { option: 'year', allowed: '1900–2200' },
  labelLayout: { option: 'layout', allowed: labelLayouts },
  locale: localeOption,
}

/**
 * `kreis list phone|birthdays|anniversaries|sectors|labels <club> --out <file.pdf>
 * [--year N] [--layout 3x7|3x8] [--statuses …] [--locale de|en]`.
 */
export function runList(kind: ListKind) {
  return (ctx: CommandContext): Promise<number | undefined> =>
    pdfCommand(ctx, async () => {
      const out = outPath(ctx)
      const year = stringOption(ctx, 'year')
      const candidate = (locale: string) => ({
        kind,
        statuses: listOption(ctx, 'statuses') ?? defaultDirectoryOptions('de').statuses,
        year: year === undefined ? ctx.io.now().getUTCFullYear() : numberOrText(year),
        labelLayout: stringOption(ctx, 'layout') ?? '3x7',
        locale: stringOption(ctx, 'locale') ?? locale,
      })
      // Checked before the club is opened; its language is filled in once it is.
      const checked = v.safeParse(ListOptionsSchema, candidate('de'))
      if (!checked.success) throw optionProblem(ctx, checked.issues, names)
      const made = await withClub(ctx, async (db, clock) => {
        const club = await db.selectFrom('club').select('locale').executeTakeFirstOrThrow()
        return makeList(db, v.parse(ListOptionsSchema, candidate(club.locale)), clock)
      })
      reportPdf(ctx, out, made, { list: kind })
    })
}

/** `kreis list <club>` without a list, or with one that does not exist. */
export function runListWithoutKind(ctx: CommandContext): Promise<number | undefined> {
  return pdfCommand(ctx, () => {
    // `kreis list bogus club.kreis` reads `bogus` where the club file would be.
    const named = ctx.args.length > 0 ? ctx.file : ''
    throw new UsageProblem(
      named === '' ? 'missingList' : 'unknownList',
      { option: 'list', value: named, allowed: listKinds.join(', ') },
      named === '' ? 'required' : 'notAllowed',
    )
  })
}
