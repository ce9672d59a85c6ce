import { parseArgs } from 'node:util'
import { formatError } from '../api/messages/errors.ts'
import { KreisError, toErrorData } from '../api/errors.ts'
import type { Locale } from '../api/club.ts'
import { cliLocale, type CliIo } from './io.ts'
import { cliText } from './messages.ts'
import { runInit } from './commands/init.ts'
import { runInfo } from './commands/info.ts'
import { runDemo } from './commands/demo.ts'

export interface CommandContext {
  readonly io: CliIo
  readonly locale: Locale
  readonly json: boolean
  readonly file: string
  readonly values: Readonly<Record<string, string | boolean | undefined>>
}

const commands: Readonly<Record<string, (ctx: CommandContext) => Promise<void>>> = {
  init: runInit,
  info: runInfo,
  demo: runDemo,
}

/** Runs one CLI invocation and returns the exit code; never throws. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let locale = cliLocale(undefined, io.env)
  let json = argv.includes('--json')
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        locale: { type: 'string' },
        name: { type: 'string' },
        kind: { type: 'string' },
        members: { type: 'string' },
        seed: { type: 'string' },
      },
    })
    locale = cliLocale(values.locale, io.env)
    json = values.json === true
    const [command, file] = positionals
    if (values.help === true || command === undefined) {
      io.out(cliText(locale, 'usage'))
      return command === undefined && values.help !== true ? 2 : 0
    }
    const run = commands[command]
    if (run === undefined) {
      io.err(cliText(locale, 'unknownCommand', { command }))
      return 2
    }
    if (file === undefined) {
      io.err(cliText(locale, 'missingFile'))
      return 2
    }
    await run({ io, locale, json, file, values })
    return 0
  } catch (error) {
    if (isParseArgsError(error)) {
      io.err(cliText(locale, 'badOption', { reason: error.message }))
      return 2
    }
    const data = toErrorData(error)
    // Stack traces are for developers who ask for them, never for the club secretary.
    if (!(error instanceof KreisError) && io.env['KREIS_DEBUG'] !== undefined) io.err(String(error))
    io.err(json ? JSON.stringify({ error: data }) : formatError(data, locale))
    return 1
  }
}

function isParseArgsError(error: unknown): error is Error {
  return (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('ERR_PARSE_ARGS')
  )
}
