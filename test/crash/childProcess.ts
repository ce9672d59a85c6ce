import { spawn } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

const childScript = join(import.meta.dirname, 'child.ts')

/** What the child had said by the time it ended, each line with when the test read it. */
export interface ChildLines {
  /** Milliseconds after `ready` each line arrived; `ready` itself is 0. */
  readonly at: ReadonlyMap<string, number>
  /** How many transactions the operation ran (from `done n`), if it got that far. */
  readonly transactions: number | null
}

export interface ChildEnd {
  readonly lines: ChildLines
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stderr: string
}

/**
 * A child running one operation on one file. `started` settles once it has loaded and opened
 * everything; `go` lets it run; `ended` settles when it has exited and its output is all read.
 */
export interface CrashChild {
  readonly started: Promise<void>
  /** Lets the operation run; settles when the child says `ready`. */
  go(): Promise<void>
  /** Calls `listener` with each line after `ready` as it arrives. */
  onLine(listener: (line: string) => void): void
  kill(): boolean
  readonly alive: () => boolean
  readonly ended: Promise<ChildEnd>
}

export function startChild(operation: string, path: string, workDir: string): CrashChild {
  const child = spawn(process.execPath, [childScript, operation, path, workDir], {
    stdio: ['pipe', 'pipe', 'pipe'],
    // Compiled module code is kept between the children: each starts in half the time.
    env: { ...process.env, NODE_COMPILE_CACHE: join(tmpdir(), 'kreis-crash-compile-cache') },
  })
  const at = new Map<string, number>()
  const listeners: ((line: string) => void)[] = []
  let transactions: number | null = null
  let readyAt = 0
  let stderr = ''
  let loaded: () => void = () => {}
  let ready: () => void = () => {}
  const started = new Promise<void>((resolve) => (loaded = resolve))
  const isReady = new Promise<void>((resolve) => (ready = resolve))
  // A child that died before reading `go` closes its end: the write's EPIPE is expected.
  child.stdin.on('error', () => {})
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line === 'loaded') return loaded()
    if (line === 'ready') {
      readyAt = performance.now()
      ready()
    }
    const [word = '', n] = line.split(' ')
    if (word === 'done') transactions = Number(n)
    at.set(word, performance.now() - readyAt)
    for (const listener of listeners) listener(word)
  })
  const ended = new Promise<ChildEnd>((resolve) => {
    child.on('close', (code, signal) => {
      loaded()
      ready()
      resolve({ lines: { at, transactions }, code, signal, stderr })
    })
  })
  return {
    started,
    go() {
      child.stdin.write('go\n')
      return isReady
    },
    onLine: (listener) => listeners.push(listener),
    kill: () => child.kill('SIGKILL'),
    alive: () => child.exitCode === null && child.signalCode === null,
    ended,
  }
}
