import fc from 'fast-check'

/**
 * Values a compromised or buggy renderer could send over IPC. Electron's structured clone
 * carries objects, arrays, Maps, Sets, Dates, typed arrays, bigints and boxed primitives, so
 * all of them are fair game; functions and symbols cannot cross and are left out.
 */

/** An own, enumerable property even for `__proto__`, as JSON.parse or structured clone make one. */
export function withOwnKeys(
  target: Record<string, unknown>,
  entries: readonly (readonly [string, unknown])[],
): Record<string, unknown> {
  for (const [key, value] of entries) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true })
  }
  return target
}

function deepObject(depth: number): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

function deepArray(depth: number): unknown {
  let value: unknown = []
  for (let i = 0; i < depth; i++) value = [value]
  return value
}

// Made once: building megabytes per run would measure the generator, not the dispatcher.
const megabyte = 'A'.repeat(1024 * 1024)
const longEmoji = '👩‍👩‍👧'.repeat(20_000)
const longKey = 'k'.repeat(10_000)

/** Keys that pollute prototypes when code copies them blindly into plain objects. */
export const pollutingKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']

const pollutingObject = (): unknown =>
  JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}')

export const hostileStrings: readonly string[] = [
  '',
  ' ',
  '\t\r\n',
  '\u0000',
  '\uD800',
  '\u202Eevil',
  "'; drop table member; --",
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil","click")',
  '../../../../etc/passwd',
  'NaN',
  '1e400',
  '-1',
  '__proto__',
  'data:',
  'data:image/png;base64,AAAA',
  megabyte,
  longEmoji,
]

export const hostileNumbers: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  0,
  -0,
  0.5,
  -(2 ** 31),
  2 ** 53 + 2,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
]

/** One hostile value: a wrong type, an edge number, a huge string, a deep or polluting object. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...hostileStrings),
  fc.constantFrom<unknown>(...hostileNumbers),
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    0n,
    -(2n ** 70n),
    [],
    {},
    new Date(Number.NaN),
    new Date(8.64e15),
    new Map([['id', 1]]),
    new Set([1]),
    new Uint8Array(16),
    Object.create(null),
  ),
  fc.constant(null).map(() => deepObject(5_000)),
  fc.constant(null).map(() => deepArray(5_000)),
  fc.constant(null).map(pollutingObject),
  fc.constant(null).map(() => withOwnKeys({}, [[longKey, 1]])),
)

/** Everything fast-check can make that structured clone could carry. */
export const garbage: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withSparseArray: true,
  withTypedArray: true,
  key: fc.oneof(fc.string(), fc.constantFrom(...pollutingKeys)),
})

/** Keys no schema knows, the prototype-polluting ones first among them. */
export const strayKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...pollutingKeys),
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.constant(longKey),
)
