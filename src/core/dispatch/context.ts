import type { ParsedInputOf, ProcedureName, ResultOf } from '../../api/procedures.ts'
import type { Clock } from '../clock.ts'
import type { Session } from '../session/session.ts'
import type { Host } from './host.ts'

export interface DispatchContext {
  readonly session: Session
  readonly host: Host
  readonly clock: Clock
}

export type Handler<N extends ProcedureName> = (
  input: ParsedInputOf<N>,
  ctx: DispatchContext,
) => Promise<ResultOf<N>>

export type Handlers = { [N in ProcedureName]: Handler<N> }
