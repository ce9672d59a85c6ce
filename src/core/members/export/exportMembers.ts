import type { Kysely } from 'kysely'
import type * as v from 'valibot'
import type { Locale } from '../../../api/club.ts'
import { KreisError } from '../../../api/errors.ts'
import type { ExportSchema } from '../../../api/memberTransfer.ts'
import { fileStamp, type Clock } from '../../clock.ts'
import type { Database } from '../../db/schema.ts'
import { exportColumns } from './columns.ts'
import { writeCsv } from './csv.ts'
import { loadExportData } from './selection.ts'
import { writeVcards } from './vcard.ts'
import { writeXlsx } from './xlsx.ts'

export type ExportOptions = v.InferInput<typeof ExportSchema>

export interface ExportedFile {
  readonly bytes: Uint8Array
  readonly fileName: string
  /** How many members went out. */
  readonly count: number
}

/**
 * Members as CSV, XLSX or vCard. `publication` honours consent: only members in the directory,
 * private data only where agreed. Without it everything goes out, for the secretary's own use.
 */
export async function exportMembers(
  db: Kysely<Database>,
  options: ExportOptions,
  locale: Locale,
  clock: Clock,
): Promise<ExportedFile> {
  const { format, publication } = options
  const data = await loadExportData(
    db,
    { publication, ids: options.ids ?? [], withPhotos: format === 'vcf' },
    locale,
  )
  if (data.members.length === 0) throw new KreisError('export.nothing')
  const fileName = `${fileStem(locale, publication)}-${fileStamp(clock)}.${format}`
  const count = data.members.length
  if (format === 'vcf') return { bytes: writeVcards(data, publication), fileName, count }
  const columns = exportColumns(data, locale, publication)
  const bytes =
    format === 'csv'
      ? writeCsv(columns, data.members, locale)
      : await writeXlsx(columns, data.members, locale)
  return { bytes, fileName, count }
}

function fileStem(locale: Locale, publication: boolean): string {
  if (locale === 'de') return publication ? 'mitgliederverzeichnis' : 'mitglieder'
  return publication ? 'member-directory' : 'members'
}
