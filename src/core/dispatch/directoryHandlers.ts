import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Locale } from '../../api/club.ts'
import type { ListKind, SavedDocument } from '../../api/directory.ts'
import { KreisError } from '../../api/errors.ts'
import { fileStamp, type Clock } from '../clock.ts'
import {
  directoryOptions,
  listOptions,
  rememberDirectoryOptions,
  rememberListOptions,
} from '../directory/directoryOptions.ts'
import { makeList } from '../directory/lists/makeList.ts'
import { makeDirectory, type MadeDocument } from '../directory/makeDirectory.ts'
import type { Host } from './host.ts'
import type { ClubFile } from '../db/openClubFile.ts'
import { slugify } from '../session/slug.ts'
import type { Handlers } from './context.ts'
import { writeExport } from './writeExport.ts'

type DirectoryProcedures =
  | 'directory/options'
  | 'directory/preview'
  | 'directory/save'
  | 'directory/print'
  | 'lists/options'
  | 'lists/save'

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

/**
 * Asks where to save first, so a cancelled dialog costs nothing; then makes the document and
 * writes it. A viewer that will not open it does not undo the save: the message names the file.
 */
async function saveDocument(
  file: ClubFile,
  stem: string,
  open: boolean,
  { host, clock }: { host: Host; clock: Clock },
  make: () => Promise<MadeDocument>,
): Promise<SavedDocument> {
  const suggested = join(dirname(file.path), `${stem}-${fileStamp(clock)}.pdf`)
  const path = await host.chooseExportPath(suggested, 'pdf')
  if (path === null) return { path: null, pages: 0 }
  const made = await make()
  writeExport(path, made.bytes)
  if (open) {
    try {
      await host.openFile(path)
    } catch (error) {
      throw new KreisError('file.notOpened', { path }, { cause: error })
    }
  }
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
    const stem = `${stems[options.locale].directory}-${slugify(await clubName(file))}`
    return saveDocument(file, stem, open, context, async () => {
      const made = await makeDirectory(file.db, options, context.clock)
      await rememberDirectoryOptions(file.db, options)
      return made
    })
  },
  'directory/print': async (options, { session, host, clock }) => {
    const file = session.requireClub()
    const made = await makeDirectory(file.db, options, clock)
    await rememberDirectoryOptions(file.db, options)
    // The print dialog needs a file: a folder of its own in the system's temp, removed once
    // printing is done, so no copy of the book stays behind.
    const folder = mkdtempSync(join(tmpdir(), 'kreis-print-'))
    try {
      const path = join(folder, `${stems[options.locale].directory}.pdf`)
      writeExport(path, made.bytes)
      await host.printPdf(path)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
    return { pages: made.pages }
  },
  'lists/options': async (_input, { session, clock }) =>
    listOptions(session.requireClub().db, clock.now().getFullYear()),
  'lists/save': async ({ options, open }, context) => {
    const file = context.session.requireClub()
    const stem = `${stems[options.locale][options.kind]}-${slugify(await clubName(file))}`
    return saveDocument(file, stem, open, context, async () => {
      const made = await makeList(file.db, options, context.clock)
      await rememberListOptions(file.db, options)
      return made
    })
  },
}

async function clubName(file: ClubFile): Promise<string> {
  const club = await file.db.selectFrom('club').select('name').executeTakeFirstOrThrow()
  return club.name
}
