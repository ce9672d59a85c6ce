import type { Kysely } from 'kysely'
import type { DirectoryOptions } from '../../api/directory.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { renderPdf, type PdfOptions } from '../pdf/pdfmake.ts'
import { loadDirectoryData } from './directoryData.ts'
import { directoryDocument } from './directoryDocument.ts'
import { printPhotos } from './printPhoto.ts'

export interface MadeDocument {
  readonly bytes: Uint8Array
  readonly pages: number
  readonly memberCount: number
}

/** Entries in a preview: enough for the first pages of the A–Z part. */
export const previewEntries = 12

/**
 * Makes the directory book. `preview` lays out only the first few members, so the first
 * pages show up in a moment whatever the size of the club.
 */
export async function makeDirectory(
  db: Kysely<Database>,
  options: DirectoryOptions,
  clock: Clock,
  use: { readonly preview?: boolean; readonly pdf?: PdfOptions } = {},
): Promise<MadeDocument> {
  const today = isoTimestamp(clock).slice(0, 10)
  const query = {
    statuses: options.statuses,
    locale: options.locale,
    clubYear: options.clubYear,
  }
  const data = await loadDirectoryData(
    db,
    use.preview === true ? { ...query, limit: previewEntries } : query,
    today,
  )
  const wanted = options.photos ? data.entries.filter((entry) => entry.photo) : []
  const photos = await printPhotos(
    db,
    wanted.map((entry) => entry.id),
  )
  const { bytes, pages } = await renderPdf(directoryDocument(data, options, photos), use.pdf)
  return { bytes, pages, memberCount: data.listed }
}
