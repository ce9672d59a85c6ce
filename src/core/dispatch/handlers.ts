import { basename, dirname, extname, join } from 'node:path'
import { fileStamp } from '../clock.ts'
import { countMembers, getProfile, setLogo, updateProfile } from '../club/profile.ts'
import { attendanceHandlers } from './attendanceHandlers.ts'
import { backupHandlers } from './backupHandlers.ts'
import type { Handlers } from './context.ts'
import { directoryHandlers } from './directoryHandlers.ts'
import { duesHandlers } from './duesHandlers.ts'
import { guestHandlers } from './guestHandlers.ts'
import { letterHandlers } from './letterHandlers.ts'
import { meetingDocumentHandlers } from './meetingDocumentHandlers.ts'
import { meetingHandlers } from './meetingHandlers.ts'
import { memberHandlers } from './memberHandlers.ts'
import { policyHandlers } from './policyHandlers.ts'
import { referralHandlers } from './referralHandlers.ts'
import { rosterHandlers } from './rosterHandlers.ts'
import { sectorHandlers } from './sectorHandlers.ts'
import { sepaHandlers } from './sepaHandlers.ts'
import { transferHandlers } from './transferHandlers.ts'

export type { DispatchContext } from './context.ts'

/** One handler per procedure of the contract; the map's type makes a missing one a compile error. */
export const handlers: Handlers = {
  'app/state': async (_input, { session }) => session.state(),
  'app/setWelcomeLocale': async ({ locale }, { session }) => session.setWelcomeLocale(locale),

  'clubs/create': async ({ name, kind, locale, taxonomy, location }, { session, host }) => {
    if (location === 'default') return session.create({ name, kind, locale, taxonomy })
    const path = await host.chooseNewClubPath(session.defaultPathFor(name))
    return path === null ? session.state() : session.create({ name, kind, locale, taxonomy }, path)
  },
  'clubs/openDemo': async (_input, { session }) => session.openDemo(session.state().welcomeLocale),
  'clubs/openDialog': async (_input, { session, host }) => {
    const path = await host.chooseClubToOpen()
    return path === null ? session.state() : session.open(path)
  },
  'clubs/openRecent': async ({ path }, { session }) => session.openRecent(path),
  'clubs/forgetRecent': async ({ path }, { session }) => session.forgetRecent(path),
  'clubs/clearRecent': async (_input, { session }) => session.clearRecent(),
  'clubs/saveCopy': async (_input, { session, host, clock }) => {
    const open = session.requireClub().path
    const stem = basename(open, extname(open))
    const path = await host.chooseCopyPath(join(dirname(open), `${stem}-${fileStamp(clock)}.kreis`))
    if (path === null) return { path: null }
    session.saveCopy(path)
    return { path }
  },
  'clubs/close': async (_input, { session }) => session.close(),

  'club/profile': async (_input, { session }) => getProfile(session.requireClub().db),
  'club/update': async (input, { session, clock }) => {
    const profile = await updateProfile(session.requireClub().db, input, clock)
    await session.refresh()
    return profile
  },
  'club/setLogo': async ({ dataUrl }, { session, clock }) =>
    setLogo(session.requireClub().db, dataUrl, clock),
  'club/counts': async (_input, { session }) => countMembers(session.requireClub().db),
  ...memberHandlers,
  ...rosterHandlers,
  ...transferHandlers,
  ...sectorHandlers,
  ...policyHandlers,
  ...directoryHandlers,
  ...duesHandlers,
  ...sepaHandlers,
  ...letterHandlers,
  ...backupHandlers,
  ...meetingHandlers,
  ...attendanceHandlers,
  ...guestHandlers,
  ...referralHandlers,
  ...meetingDocumentHandlers,
}
