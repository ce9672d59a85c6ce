import { dirname, join } from 'node:path'
import type { Locale } from '../../api/club.ts'
import { collectionPreview, nothingToCollect } from '../sepa/collection.ts'
import { exportCollection } from '../sepa/collectionExport.ts'
import { keptFile, listCollections, recordReturn } from '../sepa/collections.ts'
import { listMandates, saveMandate } from '../sepa/mandates.ts'
import { getSepaSettings, saveSepaSettings } from '../sepa/settings.ts'
import type { Handlers } from './context.ts'
import { writeExport } from './writeExport.ts'

type SepaProcedures =
  | 'sepa/settings'
  | 'sepa/saveSettings'
  | 'sepa/mandates'
  | 'sepa/saveMandate'
  | 'sepa/preview'
  | 'sepa/export'
  | 'sepa/collections'
  | 'sepa/saveCollectionFile'
  | 'sepa/recordReturn'

const stems: Record<Locale, string> = { de: 'lastschriften', en: 'direct-debits' }

export const sepaHandlers: Pick<Handlers, SepaProcedures> = {
  'sepa/settings': async (_input, { session }) => getSepaSettings(session.requireClub().db),
  'sepa/saveSettings': async (input, { session, clock }) =>
    saveSepaSettings(session.requireClub().db, input, clock),
  'sepa/mandates': async ({ memberId }, { session, clock }) =>
    listMandates(session.requireClub().db, memberId, clock),
  'sepa/saveMandate': async (input, { session, clock }) =>
    saveMandate(session.requireClub().db, input, clock),
  'sepa/preview': async (input, { session, clock }) =>
    collectionPreview(session.requireClub().db, input, clock),
  /**
   * Checks first, so a date too early or a collection with nobody in it is said before the
   * save dialog, not after; a cancelled dialog marks nothing.
   */
  'sepa/export': async (input, { session, host, clock }) => {
    const file = session.requireClub()
    const preview = await collectionPreview(file.db, input, clock)
    if (preview.lines.length === 0) throw await nothingToCollect(file.db, input)
    const club = await file.db.selectFrom('club').select('locale').executeTakeFirstOrThrow()
    const suggested = join(dirname(file.path), `${stems[club.locale]}-${input.collectionDate}.xml`)
    const path = await host.chooseExportPath(suggested, 'xml')
    if (path === null) return { path: null, collection: null }
    const { collection } = await exportCollection(file.db, input, path, clock)
    return { path, collection }
  },
  'sepa/collections': async (_input, { session }) => listCollections(session.requireClub().db),
  /**
   * The file exactly as the bank got it, never made anew: the books have moved on since. A
   * collection kept without its file says so before the save dialog opens.
   */
  'sepa/saveCollectionFile': async ({ id }, { session, host }) => {
    const file = session.requireClub()
    const kept = await keptFile(file.db, id)
    const path = await host.chooseExportPath(join(dirname(file.path), kept.fileName), 'xml')
    if (path === null) return { path: null }
    writeExport(path, kept.xml)
    return { path }
  },
  'sepa/recordReturn': async (input, { session, clock }) =>
    recordReturn(session.requireClub().db, input, clock),
}
