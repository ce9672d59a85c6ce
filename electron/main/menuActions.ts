import type { EventMap, EventName } from '../../src/api/bridge.ts'
import type { InputOf, ProcedureName, ResultOf } from '../../src/api/procedures.ts'
import type { Dispatch } from '../../src/core/dispatch/dispatcher.ts'
import type { MenuActions } from './menu.ts'

export interface MenuActionContext {
  /** The same dispatcher IPC uses, so menu and renderer share one path into the core. */
  readonly dispatch: Dispatch
  readonly send: <E extends EventName>(name: E, payload: EventMap[E]) => void
}

/**
 * Menu clicks have no caller to return an error to, so a failure is shown by the renderer.
 * Successes mostly need no reply: the session's change event updates renderer, menu and title.
 */
export function createMenuActions({ dispatch, send }: MenuActionContext): MenuActions {
  const call = async <N extends ProcedureName>(
    name: N,
    input: InputOf<N>,
  ): Promise<ResultOf<N> | null> => {
    const envelope = await dispatch(name, input)
    if (envelope.ok) return envelope.value as ResultOf<N>
    send('app/error', envelope.error)
    return null
  }
  return {
    newClub: () => send('menu/command', 'newClub'),
    openClub: () => void call('clubs/openDialog', {}),
    openRecent: (path) => void call('clubs/openRecent', { path }),
    clearRecent: () => void call('clubs/clearRecent', {}),
    saveCopy: () =>
      void call('clubs/saveCopy', {}).then((result) => {
        if (result?.path != null) send('clubs/copySaved', { path: result.path })
      }),
    closeClub: () => void call('clubs/close', {}),
    settings: () => send('menu/command', 'settings'),
    about: () => send('menu/command', 'about'),
  }
}
