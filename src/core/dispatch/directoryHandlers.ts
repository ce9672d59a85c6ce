import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locale } from '../../api/club.ts'
import type { ListKind } from '../../api/directory.ts'
import { fileStamp, type Clock } from '../clock.ts'
import {
  directoryOptions,
  listOptions,
  rememberDirectoryOptions,
  rememberListOptions,
} from '../directory/directoryOptions.ts'
import { makeList } from '../directory/lists/makeList.ts'
import { makeDirectory } from '../directory/makeDirectory.ts'
import type { ClubFile } from '../db/openClubFile.ts'
import { slugify } from '../session/slug.ts'
import type { Handlers } from './context.ts'
import { saveDocument } from './saveDocument.ts'
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

export const directoryHandlers: Pick<Handlers, DirectoryProcedures> = {
  'directory/options': async (_input, { session }) => directoryOptions(session.requireClub().db),
  'directory/preview': async (options, { session, clock }) => {
    const made = await makeDirectory(session.requireClub().db, options, clock, { preview: true })
    return { pdfBase64: Buffer.from(made.bytes).toString('base64'), memberCount: made.memberCount }
  },
  'directory/save': async ({ options, open }, { session, host, clock }) => {
    const file = session.requireClub()
    const name = await fileName(file, stems[options.locale].directory, clock)
    return saveDocument(file, name, 'pdf', open, host, async () => {
      const made = await makeDirectory(file.db, options, clock)
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
  'lists/save': async ({ options, open }, { session, host, clock }) => {
    const file = session.requireClub()
    const name = await fileName(file, stems[options.locale][options.kind], clock)
    return saveDocument(file, name, 'pdf', open, host, async () => {
      const made = await makeList(file.db, options, clock)
      await rememberListOptions(file.db, options)
      return made
    })
  },
}

/** Kind of document, club and moment of saving: a later edition does not offer the same name. */
async function fileName(file: ClubFile, stem: string, clock: Clock): Promise<string> {
  const club = await file.db.selectFrom('club').select('name').executeTakeFirstOrThrow()
  return `${stem}-${slugify(club.name)}-${fileStamp(clock)}.pdf`
}
