import { dirname, join } from 'node:path'
import { memberLocale } from '../members/locale.ts'
import { sectorTree } from '../sectors/counts.ts'
import { exportDirectory } from '../sectors/directoryExport.ts'
import { setSectorActive, setSectorTargets } from '../sectors/flags.ts'
import { importSectors } from '../sectors/importSectors.ts'
import { mergeSectors } from '../sectors/merge.ts'
import { openSeats } from '../sectors/openSeats.ts'
import { saveSector } from '../sectors/save.ts'
import { searchSectors } from '../sectors/search.ts'
import { loadTaxonomy } from '../sectors/taxonomy.ts'
import type { Handlers } from './context.ts'
import { writeExport } from './writeExport.ts'

type SectorProcedures =
  | 'sectors/tree'
  | 'sectors/search'
  | 'sectors/save'
  | 'sectors/merge'
  | 'sectors/setActive'
  | 'sectors/setTargets'
  | 'sectors/openSeats'
  | 'sectors/loadTaxonomy'
  | 'sectors/import'
  | 'sectors/export'

export const sectorHandlers: Pick<Handlers, SectorProcedures> = {
  'sectors/tree': async (_input, { session }) => sectorTree(session.requireClub().db),
  'sectors/search': async (options, { session }) =>
    searchSectors(session.requireClub().db, options),
  'sectors/save': async (input, { session }) => saveSector(session.requireClub().db, input),
  'sectors/merge': async ({ sourceId, targetId }, { session, clock }) =>
    mergeSectors(session.requireClub().db, sourceId, targetId, clock),
  'sectors/setActive': async ({ id, active }, { session }) => {
    const { db } = session.requireClub()
    await setSectorActive(db, id, active)
    return sectorTree(db)
  },
  'sectors/setTargets': async ({ sectorIds, target }, { session }) => {
    const { db } = session.requireClub()
    await setSectorTargets(db, sectorIds, target)
    return sectorTree(db)
  },
  'sectors/openSeats': async (_input, { session, clock }) =>
    openSeats(session.requireClub().db, clock),
  'sectors/loadTaxonomy': async ({ taxonomy }, { session }) => ({
    added: await loadTaxonomy(session.requireClub().db, taxonomy),
  }),
  'sectors/import': async ({ source }, { session }) =>
    importSectors(session.requireClub().db, source),
  'sectors/export': async ({ format }, { session, host, clock }) => {
    const file = session.requireClub()
    const made = await exportDirectory(file.db, format, await memberLocale(file.db), clock)
    const path = await host.chooseExportPath(join(dirname(file.path), made.fileName), format)
    if (path === null) return { path: null }
    writeExport(path, made.bytes)
    return { path }
  },
}
