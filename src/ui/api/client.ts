import type { KreisErrorData } from '../../api/errors.ts'
import type { InputOf, ProcedureName, ResultOf } from '../../api/procedures.ts'

/** A refused call, carrying the typed error to be rendered through i18n. */
export class CallError extends Error {
  readonly data: KreisErrorData

  constructor(data: KreisErrorData) {
    super(data.code)
    this.name = 'CallError'
    this.data = data
  }
}

export async function call<N extends ProcedureName>(
  name: N,
  input: InputOf<N>,
): Promise<ResultOf<N>> {
  const envelope = await window.kreis.invoke(name, input)
  if (envelope.ok) return envelope.value
  throw new CallError(envelope.error)
}

export function errorDataOf(error: unknown): KreisErrorData {
  return error instanceof CallError ? error.data : { code: 'internal', params: {} }
}
