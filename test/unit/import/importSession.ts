import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect } from 'vitest'
import type { Envelope } from '../../../src/api/bridge.ts'
import type { KreisErrorData } from '../../../src/api/errors.ts'
import type { ImportPreview } from '../../../src/api/memberTransfer.ts'
import { formatError } from '../../../src/api/messages/errors.ts'
import type { SectorImportReport } from '../../../src/api/sectors.ts'
import type { Dispatch } from '../../../src/core/dispatch/dispatcher.ts'
import type { Session } from '../../../src/core/session/session.ts'
import { makeSession, value } from '../../support/session.ts'
import { databaseHash, totalChanges } from '../fuzz/fingerprint.ts'

/**
 * The demo club, opened once for a whole test file through the real dispatcher: broken files
 * must leave it as it is, so every case can share it, and any write shows in the fingerprint.
 */
export function useDemoSession(): { readonly dispatch: Dispatch; readonly session: () => Session } {
  let folder = ''
  let made: ReturnType<typeof makeSession> | null = null
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'kreis-broken-'))
    made = makeSession(folder)
    value(await made.dispatch('clubs/openDemo', {}))
  })
  afterAll(async () => {
    await made?.session.dispose()
    rmSync(folder, { recursive: true, force: true })
  })
  const current = () => {
    if (made === null) throw new Error('useDemoSession: only inside a test')
    return made
  }
  return {
    dispatch: (name, input) => current().dispatch(name, input),
    session: () => current().session,
  }
}

export interface ClubState {
  readonly members: number
  readonly sectors: number
  readonly changes: number
  readonly hash: string
}

export function clubState(session: Session): ClubState {
  const { sqlite } = session.requireClub()
  const count = (table: string) =>
    sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number
  return {
    members: count('member'),
    sectors: count('sector'),
    changes: totalChanges(sqlite),
    hash: databaseHash(sqlite),
  }
}

export function source(fileName: string, bytes: Uint8Array) {
  return { fileName, contentBase64: Buffer.from(bytes).toString('base64') }
}

export function memberImport(fileName: string, bytes: Uint8Array) {
  return { source: source(fileName, bytes), mapping: null, updateDuplicates: false }
}

export function refusalOf(envelope: Envelope<unknown>): KreisErrorData {
  if (envelope.ok) throw new Error(`expected a refusal, got ${JSON.stringify(envelope.value)}`)
  return envelope.error
}

/** A refusal that reads as a sentence in both languages and names the file. */
export function expectTranslated(error: KreisErrorData, fileName: string): void {
  for (const locale of ['de', 'en'] as const) {
    const message = formatError(error, locale)
    expect(message).not.toMatch(/\{\w+\}/)
    if ('file' in error.params) expect(message).toContain(fileName)
  }
}

export const preview = (envelope: Envelope<unknown>) => value<ImportPreview>(envelope)
export const sectorReport = (envelope: Envelope<unknown>) => value<SectorImportReport>(envelope)
