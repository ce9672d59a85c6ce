import * as v from 'valibot'
import { IdSchema } from './schemaParts.ts'

/**
 * A procedure pairs a runtime input schema with the result type it promises.
 * The result lives only in the type system; `__result` is never set.
 */
export interface Procedure<S extends v.GenericSchema, R> {
  readonly input: S
  readonly __result?: R
}

export function procedure<R>() {
  return <S extends v.GenericSchema>(input: S): Procedure<S, R> => ({ input })
}

export const none = v.strictObject({})
export const byId = v.strictObject({ id: IdSchema })
export { IdSchema }
