import { main } from '../../src/cli/main.ts'

export interface CliRun {
  readonly code: number
  readonly out: string
  readonly err: string
}

/** Runs the CLI in-process with captured output, a German environment and a fixed "now". */
export async function runCli(
  args: readonly string[],
  env: Record<string, string> = { LANG: 'de_DE.UTF-8' },
): Promise<CliRun> {
  const out: string[] = []
  const err: string[] = []
  const code = await main(args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env,
    now: () => new Date('2026-11-21T10:00:00Z'),
  })
  return { code, out: out.join('\n'), err: err.join('\n') }
}
