/**
 * The machine's speed at this moment: a fixed piece of arithmetic, timed (about 0.37 s on the
 * development machine at its quickest). That shared virtual machine runs the same work up to
 * twice as slowly at times; the gauge at the start and the end of a run tells a slow machine
 * from a slower Kreis.
 */
export function gauge(): number {
  const started = performance.now()
  let sum = 0
  for (let i = 0; i < 300_000_000; i++) sum += i % 7
  // Using the sum keeps the loop from being optimised away.
  if (sum < 0) throw new Error('the gauge overflowed')
  return Math.round(performance.now() - started)
}
