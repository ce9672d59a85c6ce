import { dirname, join } from 'node:path'
import { KreisError } from '../../api/errors.ts'
import { fileStamp } from '../clock.ts'
import { exportMembers } from '../members/export/exportMembers.ts'
import { commitImport, previewImport } from '../members/import/importMembers.ts'
import { memberLocale } from '../members/locale.ts'
import { personalDataExport } from '../members/personalData.ts'
import { slugify } from '../session/slug.ts'
import type { Handlers } from './context.ts'
import { writeExport } from './writeExport.ts'

type TransferProcedures =
  'members/importPreview' | 'members/importCommit' | 'members/export' | 'members/exportPersonalData'

export const transferHandlers: Pick<Handlers, TransferProcedures> = {
  'members/importPreview': async (options, { session }) => {
    const { db } = session.requireClub()
    return previewImport(db, options, await memberLocale(db))
  },
  'members/importCommit': async (options, { session, clock }) => {
    const { db } = session.requireClub()
    return commitImport(db, options, clock, await memberLocale(db))
  },
  'members/export': async (options, { session, host, clock }) => {
    const file = session.requireClub()
    const made = await exportMembers(file.db, options, await memberLocale(file.db), clock)
    const path = await host.chooseExportPath(
      join(dirname(file.path), made.fileName),
      options.format,
    )
    if (path === null) return { path: null }
    writeExport(path, made.bytes)
    return { path }
  },
  'members/exportPersonalData': async ({ id }, { session, host, clock }) => {
    const file = session.requireClub()
    const made = await personalDataExport(file.db, id, await memberLocale(file.db), clock)
    const stem = `auskunft-${slugify(made.displayName)}-${fileStamp(clock)}`
    const jsonPath = await host.chooseExportPath(join(dirname(file.path), `${stem}.json`), 'json')
    if (jsonPath === null) return { paths: [] }
    // The readable PDF goes next to the JSON under the same name.
    const pdfPath = jsonPath.replace(/\.json$/i, '') + '.pdf'
    if (pdfPath === jsonPath) throw new KreisError('file.exists', { path: pdfPath })
    writeExport(jsonPath, made.json)
    writeExport(pdfPath, made.pdf)
    return { paths: [jsonPath, pdfPath] }
  },
}
