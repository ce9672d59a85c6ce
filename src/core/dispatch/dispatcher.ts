import * as v from 'valibot'
import type { Envelope } from '../../api/bridge.ts'
import { KreisError, toErrorData } from '../../api/errors.ts'
import { isProcedureName, procedures, type ProcedureName } from '../../api/procedures.ts'
import { handlers, type DispatchContext } from './handlers.ts'
import { inputError } from './inputErrors.ts'

export type Dispatch = (name: unknown, input: unknown) => Promise<Envelope<unknown>>

export interface DispatcherOptions {
  /** Where unexpected failures are reported in full; the caller only ever sees `internal`. */
  readonly logError?: (error: unknown) => void
}

/**
 * The single entry point for every call from a renderer: the Electron IPC handler and the
 * browser test bridge both use this. Unknown names and malformed input are refused with a
 * typed error before any handler runs.
 */
export function createDispatcher(ctx: DispatchContext, options: DispatcherOptions = {}): Dispatch {
  return async (name, input) => {
    try {
      if (!isProcedureName(name)) {
        throw new KreisError('procedure.unknown', { name: quotedName(name) })
      }
      return { ok: true, value: await run(name, input, ctx) }
    } catch (error) {
      // The caller only ever sees `internal`; the full story, cause included, goes to the log.
      if (!(error instanceof KreisError) || error.code === 'internal') options.logError?.(error)
      return { ok: false, error: toErrorData(error) }
    }
  }
}

/**
 * What the refusal quotes of a name that is no procedure. An object is named by its type only:
 * String() would call its own `toString`, which a caller can set to anything that throws.
 */
function quotedName(name: unknown): string {
  const text =
    typeof name === 'function' || (typeof name === 'object' && name !== null)
      ? typeof name
      : String(name)
  return text.slice(0, 80)
}

async function run<N extends ProcedureName>(
  name: N,
  input: unknown,
  ctx: DispatchContext,
): Promise<unknown> {
  const parsed = v.safeParse(procedures[name].input, input ?? {})
  if (!parsed.success) throw inputError(parsed.issues)
  const handler = handlers[name] as (input: unknown, ctx: DispatchContext) => Promise<unknown>
  return handler(parsed.output, ctx)
}
