import * as v from 'valibot'
import { KreisError } from '../../api/errors.ts'
import { inputError } from '../../core/dispatch/inputErrors.ts'
import type { CommandContext } from '../main.ts'

/** Parses one option with the contract's own schema, so the CLI refuses what the UI refuses. */
export function optionValue<S extends v.GenericSchema>(
  ctx: CommandContext,
  option: string,
  schema: S,
): v.InferOutput<S> {
  const result = v.safeParse(schema, ctx.values[option])
  if (!result.success) {
    const error = inputError(result.issues)
    throw new KreisError('input.invalid', { ...error.params, field: `--${option}` })
  }
  return result.output
}

export function integerOption(
  ctx: CommandContext,
  option: string,
  fallback: number,
  min: number,
): number {
  const raw = ctx.values[option]
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || value < min) {
    throw new KreisError('input.invalid', { field: `--${option}`, reason: 'format' })
  }
  return value
}
