import * as v from 'valibot'

/** Free text, trimmed, at most `max` characters (may be empty). */
export const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max))

/** Text that must not be empty once trimmed. */
export const requiredText = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max))

/** A row's id as the renderer sends it. */
export const IdSchema = v.pipe(v.number(), v.integer(), v.minValue(1))
