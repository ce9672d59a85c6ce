import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { clubBackupFolder } from '../../../src/core/backup/backupFolder.ts'
import { afterEach } from 'vitest'
import type { Clock } from '../../../src/core/clock.ts'
import { createDispatcher, type Dispatch } from '../../../src/core/dispatch/dispatcher.ts'
import { Session } from '../../../src/core/session/session.ts'
import { person } from '../../support/members.ts'
import { ScriptedHost, value } from '../../support/session.ts'

/** A clock the test moves on by hand. */
export class HandClock implements Clock {
  private at = new Date('2026-11-21T10:00:00Z').getTime()

  now(): Date {
    return new Date(this.at)
  }

  advance(minutes: number): void {
    this.at += minutes * 60_000
  }
}

export interface SessionClub {
  readonly session: Session
  readonly dispatch: Dispatch
  readonly host: ScriptedHost
  readonly clock: HandClock
  readonly warnings: unknown[]
  /** `<userData>/backups/rc-test-<hash>`, where this club's backups go by default. */
  readonly folder: string
  readonly path: string
}

/** Each call: a session of its own in `dir` with the club "RC Test" open; disposed after the test. */
export function useSessionClub(): (dir: string) => Promise<SessionClub> {
  const sessions: Session[] = []
  afterEach(async () => {
    for (const session of sessions.splice(0)) await session.dispose()
  })
  return async (dir) => {
    const clock = new HandClock()
    const warnings: unknown[] = []
    const session = new Session({
      userDataDir: dir,
      clock,
      systemLocale: 'de',
      version: '0.1.0-test',
      warn: (error) => warnings.push(error),
    })
    sessions.push(session)
    const host = new ScriptedHost()
    const dispatch = createDispatcher({ session, host, clock })
    value(
      await dispatch('clubs/create', {
        name: 'RC Test',
        kind: 'rotary',
        locale: 'de',
        location: 'default',
      }),
    )
    await session.requireBackups().idle()
    return {
      session,
      dispatch,
      host,
      clock,
      warnings,
      folder: clubBackupFolder(join(dir, 'backups'), session.requireClub().path),
      path: session.requireClub().path,
    }
  }
}

export async function addMember(club: SessionClub, lastName: string): Promise<void> {
  value(await club.dispatch('members/create', { member: person({ lastName }), status: 'active' }))
}

/** The backups in a folder by reason, oldest first (names sort by time). */
export function reasonsIn(folder: string): string[] {
  let files: string[]
  try {
    files = readdirSync(folder)
  } catch {
    return []
  }
  return files.sort().map((name) => /-\d{6}-(\w+?)(?:-\d+)?\.kreis$/.exec(name)?.[1] ?? name)
}
