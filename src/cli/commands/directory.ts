import * as v from 'valibot'
import {
  DirectoryOptionsSchema,
  clubYearChoices,
  defaultDirectoryOptions,
  directorySections,
  paperSizes,
  type DirectoryOptions,
} from '../../api/directory.ts'
import { makeDirectory } from '../../core/directory/makeDirectory.ts'
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
  paper: { option: 'paper', allowed: paperSizes },
  columns: { option: 'columns', allowed: [1, 2] },
  statuses: statusOption,
  sections: { option: 'sections', allowed: directorySections },
  locale: localeOption,
  clubYear: { option: 'club-year', allowed: clubYearChoices },
}

/**
 * The book's options from the command line over the defaults; photos only when asked for, as
 * a thousand of them take a while. Without `--locale` the book is in the club's language.
 */
function directoryOptions(ctx: CommandContext, clubLocale: DirectoryOptions['locale']) {
  const defaults = defaultDirectoryOptions(clubLocale)
  const columns = stringOption(ctx, 'columns')
  const sections = listOption(ctx, 'sections')
  if (sections?.length === 0) {
    throw new UsageProblem('emptyOption', {
      option: 'sections',
      allowed: directorySections.join(', '),
    })
  }
  const candidate = {
    ...defaults,
    paper: stringOption(ctx, 'paper') ?? defaults.paper,
    columns: columns === undefined ? defaults.columns : numberOrText(columns),
    photos: ctx.values['photos'] === true,
    statuses: listOption(ctx, 'statuses') ?? defaults.statuses,
    sections: sections ?? defaults.sections,
    bankDetails: ctx.values['bank-details'] === true,
    clubYear: stringOption(ctx, 'club-year') ?? defaults.clubYear,
    locale: stringOption(ctx, 'locale') ?? clubLocale,
  }
  const parsed = v.safeParse(DirectoryOptionsSchema, candidate)
  if (!parsed.success) throw optionProblem(ctx, parsed.issues, names)
  return parsed.output
}

/**
 * `kreis directory <club> --out <file.pdf> [--paper a4|a5] [--columns 1|2] [--photos]
 * [--sections …] [--statuses …] [--locale de|en]`: the member directory as a PDF.
 */
export function runDirectory(ctx: CommandContext): Promise<number | undefined> {
  return pdfCommand(ctx, async () => {
    const out = outPath(ctx)
    // Checked before the club is opened, so a typo costs nothing; the club's language is
    // filled in once the file is open.
    directoryOptions(ctx, 'de')
    const { made, options } = await withClub(ctx, async (db, clock) => {
      const club = await db.selectFrom('club').select('locale').executeTakeFirstOrThrow()
      const options = directoryOptions(ctx, club.locale)
      return { made: await makeDirectory(db, options, clock), options }
    })
    reportPdf(ctx, out, made, {
      paper: options.paper,
      columns: options.columns,
      photos: options.photos,
      locale: options.locale,
      clubYear: options.clubYear,
      bankDetails: options.bankDetails,
    })
  })
}
