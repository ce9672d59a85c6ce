/**
 * mulberry32: a tiny seeded generator, so that the kill moments of a failed run can be drawn
 * again from its printed seed (timing on a busy machine still varies by a few milliseconds).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A seed of its own per operation: adding an operation leaves the others' draws as they were. */
export function seedFor(seed: number, name: string): number {
  let hash = seed >>> 0
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0
  return hash
}
