import type { AppState } from './club.ts'
import type { KreisErrorData } from './errors.ts'
import type { InputOf, ProcedureName, ResultOf } from './procedures.ts'

export type Envelope<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: KreisErrorData }

/** Commands the application menu sends to the renderer. */
export type MenuCommand = 'newClub' | 'settings' | 'about'

/** Events pushed from the main side to the renderer. */
export interface EventMap {
  'app/state': AppState
  'app/error': KreisErrorData
  'menu/command': MenuCommand
  /** A copy was saved from the menu, where no caller waits for the answer. */
  'clubs/copySaved': { readonly path: string }
}
export type EventName = keyof EventMap

/** The one object the renderer sees: `window.kreis`. */
export interface KreisBridge {
  invoke<N extends ProcedureName>(name: N, input: InputOf<N>): Promise<Envelope<ResultOf<N>>>
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void
}

/** The IPC channel names, shared by preload and main. */
export const channels = {
  invoke: 'kreis:invoke',
  event: 'kreis:event',
} as const
