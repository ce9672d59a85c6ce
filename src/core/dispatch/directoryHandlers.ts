import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Locale } from '../../api/club.ts'
import type { ListKind } from '../../api/directory.ts'
import { fileStamp, type Clock } from '../clock.ts'
import { directoryOptions, rememberDirectoryOptions } from '../directory/directoryOptions.ts'
import { makeList } from '../directory/lists/makeList.ts'
import { makeDirectory, type MadeDocument } from '../directory/makeDirectory.ts'
import type { Host } from './host.ts'
import type { ClubFile } from '../db/openClubFile.ts'
import { slugify } from '../session/slug.ts'
import type { Handlers } from './context.ts'
import { writeExport } from './writeExport.ts'

type DirectoryProcedures =
  'directory/options' | 'directory/preview' | 'directory/save' | 'directory/print' | 'lists/save'

const stems: Record<Locale, Record<ListKind | 'directory', string>> = {
  de: {
    directory: 'mitgliederverzeichnis',
    phone: 'telefonliste',
    birthdays: 'geburtstage',
    anniversaries: 'jubilaeen',
    sectors: 'branchenliste',
    labels: 'etiketten',
  },
  en: {
    directory: 'member-directory',
    phone: 'phone-list',
    birthdays: 'birthdays',
    anniversaries: 'anniversaries',
    sectors: 'sector-list',
    labels: 'labels',
  },
}

async function saveDocument(
  file: ClubFile,
  made: MadeDocument,
  stem: string,
  open: boolean,
  { host, clock }: { host: Host; clock: Clock },
) {
  const suggested = join(dirname(file.path), `${stem}-${fileStamp(clock)}.pdf`)
  const path = await host.chooseExportPath(suggested, 'pdf')
  if (path === null) return { path: null, pages: made.pages }
  writeExport(path, made.bytes)
  if (open) await host.openFile(path)
  return { path, pages: made.pages }
}

export const directoryHandlers: Pick<Handlers, DirectoryProcedures> = {
  'directory/options': async (_input, { session }) => directoryOptions(session.requireClub().db),
  'directory/preview': async (options, { session, clock }) => {
    const made = await makeDirectory(session.requireClub().db, options, clock, { preview: true })
    return { pdfBase64: Buffer.from(made.bytes).toString('base64'), memberCount: made.memberCount }
  },
  'directory/save': async ({ options, open }, context) => {
    const file = context.session.requireClub()
    const made = await makeDirectory(file.db, options, context.clock)
    await rememberDirectoryOptions(file.db, options)
    const stem = `${stems[options.locale].directory}-${slugify(await clubName(file))}`
    return saveDocument(file, made, stem, open, context)
  },
  'directory/print': async (options, { session, host, clock }) => {
    const file = session.requireClub()
    const made = await makeDirectory(file.db, options, clock)
    await rememberDirectoryOptions(file.db, options)
    // The print dialog needs a file; it goes to a folder of its own in the system's temp.
    const path = join(
      mkdtempSync(join(tmpdir(), 'kreis-print-')),
      `${stems[options.locale].directory}.pdf`,
    )
    writeExport(path, made.bytes)
    await host.printPdf(path)
    return { pages: made.pages }
  },
  'lists/save': async ({ options, open }, context) => {
    const file = context.session.requireClub()
    const made = await makeList(file.db, options, context.clock)
    const stem = `${stems[options.locale][options.kind]}-${slugify(await clubName(file))}`
    return saveDocument(file, made, stem, open, context)
  },
}

async function clubName(file: ClubFile): Promise<string> {
  const club = await file.db.selectFrom('club').select('name').executeTakeFirstOrThrow()
  return club.name
}
