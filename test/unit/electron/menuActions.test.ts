import { describe, expect, it, vi } from 'vitest'
import { createMenuActions } from '../../../electron/main/menuActions.ts'
import type { Envelope } from '../../../src/api/bridge.ts'
import type { Dispatch } from '../../../src/core/dispatch/dispatcher.ts'

function setup(answer: Envelope<unknown> = { ok: true, value: { path: null } }) {
  const dispatch = vi.fn<Dispatch>(async () => answer)
  const send = vi.fn()
  const actions = createMenuActions({ dispatch, send })
  return { dispatch, send, actions }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('the menu actions', () => {
  it('send renderer commands', () => {
    const { actions, send, dispatch } = setup()
    actions.newClub()
    actions.settings()
    actions.about()
    expect(send.mock.calls).toEqual([
      ['menu/command', 'newClub'],
      ['menu/command', 'settings'],
      ['menu/command', 'about'],
    ])
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('go through the dispatcher for everything that touches the club', async () => {
    const { actions, dispatch, send } = setup()
    actions.openClub()
    actions.openRecent('/a.kreis')
    actions.saveCopy()
    actions.closeClub()
    await settle()
    expect(dispatch.mock.calls).toEqual([
      ['clubs/openDialog', {}],
      ['clubs/openRecent', { path: '/a.kreis' }],
      ['clubs/saveCopy', {}],
      ['clubs/close', {}],
    ])
    expect(send).not.toHaveBeenCalled()
  })

  it('show a failure in the renderer', async () => {
    const error = { code: 'file.locked', params: { path: '/a.kreis' } } as const
    const { actions, send } = setup({ ok: false, error })
    actions.openRecent('/a.kreis')
    await settle()
    expect(send).toHaveBeenCalledExactlyOnceWith('app/error', error)
  })

  it('clear the recent list in one call', async () => {
    const { actions, dispatch } = setup()
    actions.clearRecent()
    await settle()
    expect(dispatch.mock.calls).toEqual([['clubs/clearRecent', {}]])
  })

  it('tell the renderer where a copy was saved, and nothing when cancelled', async () => {
    const saved = setup({ ok: true, value: { path: '/copies/club.kreis' } })
    saved.actions.saveCopy()
    await settle()
    expect(saved.send).toHaveBeenCalledExactlyOnceWith('clubs/copySaved', {
      path: '/copies/club.kreis',
    })

    const cancelled = setup({ ok: true, value: { path: null } })
    cancelled.actions.saveCopy()
    await settle()
    expect(cancelled.send).not.toHaveBeenCalled()
  })
})
