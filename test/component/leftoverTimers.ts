import { afterAll } from 'vitest'

// Components leave timers behind that fire after their test file has ended: naive-ui's messages
// hide themselves after a few seconds. By then the DOM environment is torn down, and the
// callback's `window` throws an uncaught error into whichever file runs next. Each file clears
// the timers it started and that have not run when it ends.
type Timer = ReturnType<typeof setTimeout>
const pending = new Set<Timer>()
const start = globalThis.setTimeout
const stop = globalThis.clearTimeout

globalThis.setTimeout = ((
  callback: (...args: unknown[]) => void,
  ms?: number,
  ...args: unknown[]
) => {
  const timer = start(
    (...given: unknown[]) => {
      pending.delete(timer)
      callback(...given)
    },
    ms,
    ...args,
  )
  pending.add(timer)
  return timer
}) as typeof setTimeout

globalThis.clearTimeout = ((timer?: Timer) => {
  if (timer !== undefined) pending.delete(timer)
  stop(timer)
}) as typeof clearTimeout

afterAll(() => {
  for (const timer of pending) stop(timer)
  pending.clear()
})
