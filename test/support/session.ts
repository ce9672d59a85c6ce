import { readFileSync } from 'node:fs'
import { afterEach, beforeEach } from 'vitest'
import type { Envelope } from '../../src/api/bridge.ts'
import type { FolderPurpose, Host } from '../../src/core/dispatch/host.ts'
import { createDispatcher, type Dispatch } from '../../src/core/dispatch/dispatcher.ts'
import { Session } from '../../src/core/session/session.ts'
import { fixedClock, useTempDir } from './temp.ts'

/** A host whose dialogs answer from queues the test fills. */
export class ScriptedHost implements Host {
  readonly toOpen: Array<string | null> = []
  readonly toSave: Array<string | null> = []
  /** What each folder dialog was opened for, in order. */
  readonly foldersFor: FolderPurpose[] = []
  /** The files the procedures asked to open, in order. */
  readonly opened: string[] = []
  /** The files sent to print, with their first bytes as they were then (print copies go away). */
  readonly printed: { readonly path: string; readonly head: string }[] = []

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

  chooseFolder(_defaultPath: string, purpose: FolderPurpose): Promise<string | null> {
    this.foldersFor.push(purpose)
    return Promise.resolve(this.toSave.shift() ?? null)
  }

  openFile(path: string): Promise<void> {
    this.opened.push(path)
    return Promise.resolve()
  }

  printPdf(path: string): Promise<void> {
    this.printed.push({ path, head: readFileSync(path).subarray(0, 5).toString('latin1') })
    return Promise.resolve()
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

/** Each test gets a fresh club of its own, opened through the real dispatcher. */
export function useClub(club: { name: string; kind: 'rotary' | 'bni' }): {
  readonly dispatch: Dispatch
  readonly session: () => Session
} {
  let made: ReturnType<typeof makeSession> | null = null
  const tempDir = useTempDir()
  beforeEach(async () => {
    made = makeSession(tempDir())
    await made.dispatch('clubs/create', { ...club, locale: 'de', location: 'default' })
  })
  afterEach(async () => {
    await made?.session.dispose()
    made = null
  })
  const current = () => {
    if (made === null) throw new Error('useClub: only inside a test')
    return made
  }
  return {
    dispatch: (name, input) => current().dispatch(name, input),
    session: () => current().session,
  }
}

/**
 * Each call opens a new club, "RC Test", in a session of its own (under `dir()`), closed
 * again after the test: for tests that need several clubs, or a club per test set up apart.
 */
export function useClubSessions(dir: () => string): () => Promise<ReturnType<typeof makeSession>> {
  const sessions: ReturnType<typeof makeSession>[] = []
  afterEach(async () => {
    for (const made of sessions.splice(0)) await made.session.dispose()
  })
  return async () => {
    const made = makeSession(dir())
    sessions.push(made)
    value(
      await made.dispatch('clubs/create', {
        name: 'RC Test',
        kind: 'rotary',
        locale: 'de',
        location: 'default',
      }),
    )
    return made
  }
}

/** The value of an accepted call; a refusal fails the test with its error. */
export function value<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`refused: ${JSON.stringify(envelope.error)}`)
  return envelope.value as T
}
