import type { Host } from '../../src/core/dispatch/host.ts'
import { createDispatcher, type Dispatch } from '../../src/core/dispatch/dispatcher.ts'
import { Session } from '../../src/core/session/session.ts'
import { fixedClock } from './temp.ts'

/** A host whose dialogs answer from queues the test fills. */
export class ScriptedHost implements Host {
  readonly toOpen: Array<string | null> = []
  readonly toSave: Array<string | null> = []

  chooseClubToOpen(): Promise<string | null> {
    return Promise.resolve(this.toOpen.shift() ?? null)
  }

  chooseNewClubPath(): Promise<string | null> {
    return Promise.resolve(this.toSave.shift() ?? null)
  }

  chooseCopyPath(): Promise<string | null> {
    return Promise.resolve(this.toSave.shift() ?? null)
  }

  chooseExportPath(): Promise<string | null> {
    return Promise.resolve(this.toSave.shift() ?? null)
  }
}

export function makeSession(userDataDir: string): {
  session: Session
  host: ScriptedHost
  dispatch: Dispatch
} {
  const session = new Session({
    userDataDir,
    clock: fixedClock,
    systemLocale: 'de',
    version: '0.1.0-test',
  })
  const host = new ScriptedHost()
  const dispatch = createDispatcher({ session, host, clock: fixedClock })
  return { session, host, dispatch }
}
