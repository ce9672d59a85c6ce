import type { Kysely } from 'kysely'
import type { Locale } from '../../api/club.ts'
import { KreisError } from '../../api/errors.ts'
import { fileStamp, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { writeCsv } from '../members/export/csv.ts'
import type { ExportedFile } from '../members/export/exportMembers.ts'
import { directoryText } from './directoryLabels.ts'
import { loadDirectory } from './directoryRows.ts'
import { writeDirectoryXlsx } from './directoryXlsx.ts'

/**
 * The sector directory (Branchenverzeichnis) as CSV or XLSX, in the club's language, written
 * as the members export writes its files.
 */
export async function exportDirectory(
  db: Kysely<Database>,
  format: 'csv' | 'xlsx',
  locale: Locale,
  clock: Clock,
): Promise<ExportedFile> {
  const directory = await loadDirectory(db, locale)
  if (directory.entries.length === 0) throw new KreisError('export.nothing')
  const fileName = `${directoryText[locale].fileStem}-${fileStamp(clock)}.${format}`
  const bytes =
    format === 'csv'
      ? writeCsv(directory.columns, directory.entries, locale)
      : await writeDirectoryXlsx(directory, locale)
  return { bytes, fileName, count: directory.entries.length }
}
