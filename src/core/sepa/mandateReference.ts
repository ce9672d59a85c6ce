import { sepaId } from './transliterate.ts'

const placeholders = /\{number\}|\{n\}/g
const literal = /^[A-Za-z0-9+?/:().,' -]*$/

/**
 * A pattern makes references from the member number (`{number}`) and a running count per
 * member (`{n}`); around them only characters every bank takes in a mandate reference.
 */
export function isValidMandatePattern(pattern: string): boolean {
  const rest = pattern.replace(placeholders, '')
  return rest.length < pattern.length && literal.test(rest)
}

/**
 * The reference the pattern gives for the member's `n`-th mandate. A member number may hold
 * characters a reference must not (umlauts, `_`): they are transliterated or dropped.
 */
export function referenceFromPattern(pattern: string, memberNumber: string, n: number): string {
  return sepaId(pattern.replaceAll('{number}', memberNumber).replaceAll('{n}', String(n)))
}
