import type { Kysely } from 'kysely'
import type { ListOptions } from '../../../api/directory.ts'
import { isoTimestamp, type Clock } from '../../clock.ts'
import type { Database } from '../../db/schema.ts'
import { renderPdf, type PdfOptions } from '../../pdf/pdfmake.ts'
import { loadDirectoryData, type DirectoryData } from '../directoryData.ts'
import type { MadeDocument } from '../makeDirectory.ts'
import { addressLabels } from './addressLabels.ts'
import { anniversaryList } from './anniversaryList.ts'
import { birthdayList } from './birthdayList.ts'
import type { ListDocument } from './listPage.ts'
import { phoneList } from './phoneList.ts'
import { sectorList } from './sectorList.ts'

function listOf(data: DirectoryData, options: ListOptions): ListDocument {
  switch (options.kind) {
    case 'phone':
      return phoneList(data)
    case 'birthdays':
      return birthdayList(data, options.year)
    case 'anniversaries':
      return anniversaryList(data, options.year)
    case 'sectors':
      return sectorList(data)
    case 'labels':
      return addressLabels(data, options.labelLayout)
  }
}

/**
 * Makes one of the shorter lists. Like the book, every list is made from the directory's
 * entries only, so a member is on it only as far as they agreed to be published.
 */
export async function makeList(
  db: Kysely<Database>,
  options: ListOptions,
  clock: Clock,
  pdf: PdfOptions = {},
): Promise<MadeDocument> {
  const today = isoTimestamp(clock).slice(0, 10)
  const data = await loadDirectoryData(
    db,
    { statuses: options.statuses, locale: options.locale },
    today,
  )
  const list = listOf(data, options)
  const { bytes, pages } = await renderPdf(list.doc, pdf)
  return { bytes, pages, memberCount: list.memberCount }
}
