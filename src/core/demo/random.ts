import type { Day } from './days.ts'

/** A seeded source of randomness: the same seed always yields the same demo club. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number
  /** Uniform integer, both ends included. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(probability: number): boolean
  /** Uniform calendar day, both ends included. */
  dateBetween(from: Day, to: Day): Day
}

/** mulberry32: one 32-bit word of state, fast, and good enough for made-up data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => {
    if (max < min) throw new RangeError(`empty range ${min}..${max}`)
    return min + Math.floor(next() * (max - min + 1))
  }
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list')
      // The index is in range, so the element exists.
      return items[Math.floor(next() * items.length)] as T
    },
    chance: (probability) => next() < probability,
    dateBetween: int,
  }
}
