import { expect } from 'vitest'
import type { KreisErrorData } from '../../../src/api/errors.ts'
import { formatError } from '../../../src/api/messages/errors.ts'

/**
 * A refusal must read as a sentence in both languages: no placeholder left open, and nothing
 * an inherited property would turn into (`constructor` as a field once printed Object's source).
 */
export function expectReadableError(error: KreisErrorData): void {
  for (const locale of ['de', 'en'] as const) {
    const message = formatError(error, locale)
    expect(message).not.toMatch(/\[native code\]|\[object \w+\]/)
    for (const key of ['field', 'reason', 'name']) {
      if (key in error.params) expect(message).not.toContain(`{${key}}`)
    }
  }
}

const prototypes = {
  Object: Object.prototype,
  Array: Array.prototype,
  Function: Function.prototype,
}

/** The own keys of the prototypes every plain value inherits from. */
export function prototypeKeys(): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(prototypes).map(([name, proto]) => [name, Reflect.ownKeys(proto).map(String)]),
  )
}

export function expectCleanPrototypes(before: Record<string, string[]>): void {
  expect(prototypeKeys()).toEqual(before)
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
}
