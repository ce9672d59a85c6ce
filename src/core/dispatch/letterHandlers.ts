import { dirname, join } from 'node:path'
import { KreisError } from '../../api/errors.ts'
import { fileStamp, localToday } from '../clock.ts'
import type { ClubFile } from '../db/openClubFile.ts'
import { exportAccounting } from '../dues/accountingExport.ts'
import { dunningPreview, runDunning } from '../dues/dunning.ts'
import { dunningLevels, saveDunningLevels } from '../dues/dunningLevels.ts'
import { exportOutstanding } from '../dues/outstandingExport.ts'
import type { TableFile } from '../dues/tableExport.ts'
import { makePreNotifications, preNotificationGroups } from '../dues/preNotification.ts'
import { duesReport } from '../dues/reports.ts'
import { checkRange, makeStatement, statementMember } from '../dues/statement.ts'
import { dunningText } from '../letters/dunningText.ts'
import { preNotificationText } from '../letters/preNotificationLetter.ts'
import { statementText } from '../letters/statementText.ts'
import { memberLocale } from '../members/locale.ts'
import { shortDate } from '../pdf/dates.ts'
import { slugify } from '../session/slug.ts'
import type { Handlers } from './context.ts'
import type { Host } from './host.ts'
import { openSaved, saveDocument } from './saveDocument.ts'
import { writeExport } from './writeExport.ts'

type LetterProcedures =
  | 'dues/statement'
  | 'dunning/levels'
  | 'dunning/saveLevels'
  | 'dunning/preview'
  | 'dunning/run'
  | 'sepa/preNotify'
  | 'dues/exportOutstanding'
  | 'dues/report'
  | 'dues/exportAccounting'

/** Offers the export's own file name next to the club file; null when the user cancels. */
async function saveTable(
  file: ClubFile,
  made: TableFile,
  format: 'csv' | 'xlsx',
  host: Host,
): Promise<{ path: string | null }> {
  const path = await host.chooseExportPath(join(dirname(file.path), made.fileName), format)
  if (path === null) return { path: null }
  writeExport(path, made.bytes)
  return { path }
}

export const letterHandlers: Pick<Handlers, LetterProcedures> = {
  'dues/statement': async ({ memberId, range, open: wantOpen }, { session, host, clock }) => {
    const file = session.requireClub()
    checkRange(range)
    const member = await statementMember(file.db, memberId)
    const t = statementText[await memberLocale(file.db)]
    const name = `${t.fileStem}-${slugify(member.member_number)}-${range.from}-${range.to}.pdf`
    return saveDocument(file, name, 'pdf', wantOpen, host, () =>
      makeStatement(file.db, memberId, range, clock),
    )
  },
  'dunning/levels': async (_input, { session }) => dunningLevels(session.requireClub().db),
  'dunning/saveLevels': async (levels, { session }) =>
    saveDunningLevels(session.requireClub().db, levels),
  'dunning/preview': async ({ date }, { session, clock }) =>
    dunningPreview(session.requireClub().db, date, clock),
  'dunning/run': async ({ date, open: wantOpen }, { session, host, clock }) => {
    const file = session.requireClub()
    const locale = await memberLocale(file.db)
    // A day ahead, or nobody due, is said before a folder is asked for.
    const preview = await dunningPreview(file.db, date, clock)
    if (preview.letters.length === 0) {
      throw new KreisError('dunning.nothing', { date: shortDate(date, locale) })
    }
    const suggested = join(dirname(file.path), `${dunningText[locale].fileStem}-${date}`)
    const folder = await host.chooseFolder(suggested, 'letters')
    if (folder === null) return { folder: null, letters: 0 }
    const run = await runDunning(file.db, date, folder, clock)
    if (wantOpen) await openSaved(host, folder)
    return { folder, letters: run.files.length }
  },
  'sepa/preNotify': async ({ collection, open: wantOpen }, { session, host, clock }) => {
    const file = session.requireClub()
    const groups = await preNotificationGroups(file.db, collection, clock)
    const t = preNotificationText[await memberLocale(file.db)]
    const name = `${t.fileStem}-${collection.collectionDate}-${fileStamp(clock)}.pdf`
    return saveDocument(file, name, 'pdf', wantOpen, host, () =>
      makePreNotifications(file.db, collection, groups, clock),
    )
  },
  'dues/exportOutstanding': async ({ query, format }, { session, host, clock }) => {
    const file = session.requireClub()
    const asOf = query.asOf === '' ? localToday(clock) : query.asOf
    const made = await exportOutstanding(file.db, { ...query, asOf }, format, clock)
    return saveTable(file, made, format, host)
  },
  'dues/report': async (range, { session }) => duesReport(session.requireClub().db, range),
  'dues/exportAccounting': async ({ range, format }, { session, host }) => {
    const file = session.requireClub()
    return saveTable(file, await exportAccounting(file.db, range, format), format, host)
  },
}
