import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { appUrlFor } from '../../../electron/main/appUrl.ts'
import { isOwnFrame, registerIpc, type Frame } from '../../../electron/main/ipc.ts'
import { channels, type Envelope } from '../../../src/api/bridge.ts'
import type { AppState } from '../../../src/api/club.ts'
import type { Clock } from '../../../src/core/clock.ts'
import { createDispatcher, type Dispatch } from '../../../src/core/dispatch/dispatcher.ts'
import type { Host } from '../../../src/core/dispatch/host.ts'
import { Session } from '../../../src/core/session/session.ts'

const indexHtml = '/opt/Kreis/out/renderer/index.html'
const appUrl = appUrlFor(undefined, indexHtml)
const ownUrl = `file://${indexHtml}`

const mainFrame = (url: string): Frame => ({ url, parent: null })
const subFrame = (url: string): Frame => ({ url, parent: mainFrame(ownUrl) })

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown

/** Registers on a fake ipcMain and returns a function that invokes like a renderer would. */
function register(dispatch: Dispatch) {
  const handle = vi.fn<(channel: string, handler: Handler) => void>()
  registerIpc({ handle } as unknown as Pick<IpcMain, 'handle'>, dispatch, (frame) =>
    isOwnFrame(frame, appUrl),
  )
  const invoke = (frame: Frame | null, name: unknown, input: unknown) => {
    const handler = handle.mock.calls[0]?.[1]
    if (handler === undefined) throw new Error('no handler registered')
    const event = { senderFrame: frame } as unknown as IpcMainInvokeEvent
    return Promise.resolve(handler(event, name, input)) as Promise<Envelope<unknown>>
  }
  return { handle, invoke }
}

describe('isOwnFrame', () => {
  it('accepts only our top-level page', () => {
    expect(isOwnFrame(mainFrame(ownUrl), appUrl)).toBe(true)
    expect(isOwnFrame(mainFrame(`${ownUrl}#/settings`), appUrl)).toBe(true)
    expect(isOwnFrame(subFrame(ownUrl), appUrl)).toBe(false)
    expect(isOwnFrame(mainFrame('https://evil.example/'), appUrl)).toBe(false)
    expect(isOwnFrame(mainFrame('file:///home/user/Downloads/index.html'), appUrl)).toBe(false)
    expect(isOwnFrame(null, appUrl)).toBe(false)
  })

  it('treats a frame that throws on access (destroyed) as foreign', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed')
      },
      parent: null,
    }
    expect(isOwnFrame(disposed, appUrl)).toBe(false)
  })
})

describe('registerIpc', () => {
  it('registers exactly one handler, on the invoke channel', () => {
    const { handle } = register(vi.fn())
    expect(handle).toHaveBeenCalledTimes(1)
    expect(handle.mock.calls[0]?.[0]).toBe(channels.invoke)
  })

  it.each([
    ['another page', mainFrame('https://evil.example/')],
    ['a subframe of our page', subFrame(ownUrl)],
    ['a local file', mainFrame('file:///tmp/attachment.html')],
    ['no frame', null],
  ])('refuses %s without dispatching', async (_what, frame) => {
    const dispatch = vi.fn<Dispatch>()
    const { invoke } = register(dispatch)
    expect(await invoke(frame, 'app/state', {})).toEqual({
      ok: false,
      error: { code: 'ipc.forbidden', params: {} },
    })
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('passes name and input from our page to the dispatcher unchanged', async () => {
    const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: 'done' }))
    const { invoke } = register(dispatch)
    const input = { path: '/clubs/a.kreis' }
    expect(await invoke(mainFrame(ownUrl), 'clubs/openRecent', input)).toEqual({
      ok: true,
      value: 'done',
    })
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('clubs/openRecent', input)
  })
})

describe('the IPC entry point with the real dispatcher', () => {
  const clock: Clock = { now: () => new Date('2026-03-01T10:00:00Z') }
  const host: Host = {
    chooseClubToOpen: async () => null,
    chooseNewClubPath: async () => null,
    chooseCopyPath: async () => null,
    chooseFolder: async () => null,
    chooseExportPath: async () => null,
    openFile: async () => undefined,
    printPdf: async () => undefined,
  }
  let userDataDir: string
  let session: Session
  let invoke: ReturnType<typeof register>['invoke']

  beforeEach(() => {
    userDataDir = mkdtempSync(join(tmpdir(), 'kreis-'))
    session = new Session({ userDataDir, clock, systemLocale: 'de', version: '1.2.3' })
    invoke = register(createDispatcher({ session, host, clock }, {})).invoke
  })

  afterEach(async () => {
    await session.dispose()
    rmSync(userDataDir, { recursive: true, force: true })
  })

  it('answers app/state', async () => {
    const envelope = await invoke(mainFrame(ownUrl), 'app/state', {})
    expect(envelope.ok).toBe(true)
    const state = (envelope as { value: AppState }).value
    expect(state).toMatchObject({ version: '1.2.3', systemLocale: 'de', club: null, recent: [] })
  })

  it.each([['members/deleteEverything'], [42], [null], ['__proto__'], ['toString']])(
    'refuses the unknown procedure %j',
    async (name) => {
      const envelope = await invoke(mainFrame(ownUrl), name, {})
      expect(envelope).toMatchObject({ ok: false, error: { code: 'procedure.unknown' } })
    },
  )

  it.each([
    ['a wrong type', { locale: 7 }],
    ['a value outside the list', { locale: 'fr' }],
    ['an extra key', { locale: 'de', admin: true }],
    ['no object at all', 'de'],
  ])('refuses malformed input (%s) as input.invalid', async (_what, input) => {
    const envelope = await invoke(mainFrame(ownUrl), 'app/setWelcomeLocale', input)
    expect(envelope).toMatchObject({ ok: false, error: { code: 'input.invalid' } })
    expect(session.state().welcomeLocale).toBe('de')
  })
})
