import { afterAll } from 'vitest'

// Components leave timers behind that fire after their test file has ended: naive-ui's messages
// hide themselves after a few seconds. By then the DOM environment is torn down, and the
// callback's `window` throws an uncaught error into whichever file runs next. Each file clears
// the timers it started and that have not run when it ends.
const pending = new Set<ReturnType<typeof setTimeout>>()
const start = globalThis.setTimeout
const stop = globalThis.clearTimeout

function tracked(callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) {
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
}

globalThis.setTimeout = Object.assign(tracked, { __promisify__: start.__promisify__ })
globalThis.clearTimeout = (timer?: Parameters<typeof stop>[0]) => {
  if (timer !== undefined && typeof timer === 'object' && timer !== null) pending.delete(timer)
  stop(timer)
}

afterAll(() => {
  for (const timer of pending) stop(timer)
  pending.clear()
})
