import { parseArgs } from 'node:util'
import { formatError } from '../api/messages/errors.ts'
import { KreisError, toErrorData } from '../api/errors.ts'
import type { Locale } from '../api/club.ts'
import { cliLocale, type CliIo } from './io.ts'
import { cliText } from './messages.ts'
import { runInit } from './commands/init.ts'
import { runInfo } from './commands/info.ts'
import { runDemo } from './commands/demo.ts'
import { runImportMembers } from './commands/importMembers.ts'
import { runExportMembers } from './commands/exportMembers.ts'
import { runSearch } from './commands/search.ts'
import { runMemberShow } from './commands/memberShow.ts'
import { runPolicyCheck } from './commands/policyCheck.ts'
import { runSectors } from './commands/sectors.ts'
import { runSectorsImport } from './commands/sectorsImport.ts'
import { runOpenSeats } from './commands/openSeats.ts'
import { runDirectory } from './commands/directory.ts'
import { runList, runListWithoutKind } from './commands/list.ts'
import { runDuesBill, runDuesOutstanding, runDuesPay, runDuesTypes } from './commands/dues.ts'
import { runDuesDun } from './commands/duesDun.ts'
import { runSepaExport } from './commands/sepaExport.ts'
import { runMeetings, runMeetingsGenerate, runMeetingsIcs } from './commands/meetings.ts'
import { runAttendance, runAttendanceReport } from './commands/attendance.ts'
import { runReferralsReport } from './commands/referrals.ts'
import { runBackup, runCheck, runRestore } from './commands/backup.ts'

export interface CommandContext {
  readonly io: CliIo
  readonly locale: Locale
  readonly json: boolean
  readonly file: string
  /** Positional arguments after the club file. */
  readonly args: readonly string[]
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>
}

/** A command may return its exit code; anything else means success. */
type Command = (ctx: CommandContext) => Promise<unknown>

const commands: Readonly<Record<string, Command>> = {
  init: runInit,
  info: runInfo,
  demo: runDemo,
  search: runSearch,
  'import members': runImportMembers,
  'export members': runExportMembers,
  'member show': runMemberShow,
  'policy check': runPolicyCheck,
  sectors: runSectors,
  'sectors import': runSectorsImport,
  'sectors open-seats': runOpenSeats,
  directory: runDirectory,
  list: runListWithoutKind,
  'list phone': runList('phone'),
  'list birthdays': runList('birthdays'),
  'list anniversaries': runList('anniversaries'),
  'list sectors': runList('sectors'),
  'list labels': runList('labels'),
  'dues types': runDuesTypes,
  'dues bill': runDuesBill,
  'dues pay': runDuesPay,
  'dues outstanding': runDuesOutstanding,
  'dues dun': runDuesDun,
  'sepa export': runSepaExport,
  meetings: runMeetings,
  'meetings generate': runMeetingsGenerate,
  'meetings ics': runMeetingsIcs,
  attendance: runAttendance,
  'attendance report': runAttendanceReport,
  'referrals report': runReferralsReport,
  backup: runBackup,
  restore: runRestore,
  check: runCheck,
}

/** `import members <file>` is one command of two words, `info <file>` one of one. */
function findCommand(positionals: readonly string[]): { name: string; rest: string[] } | null {
  const [first, second, ...rest] = positionals
  if (first === undefined) return null
  const pair = `${first} ${second ?? ''}`
  if (commands[pair] !== undefined) return { name: pair, rest }
  return { name: first, rest: second === undefined ? rest : [second, ...rest] }
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
        'dry-run': { type: 'boolean' },
        'update-duplicates': { type: 'boolean' },
        'skip-invalid': { type: 'boolean' },
        format: { type: 'string' },
        out: { type: 'string' },
        publication: { type: 'boolean' },
        taxonomy: { type: 'string' },
        tree: { type: 'boolean' },
        paper: { type: 'string' },
        columns: { type: 'string' },
        photos: { type: 'boolean' },
        'bank-details': { type: 'boolean' },
        'club-year': { type: 'string' },
        sections: { type: 'string' },
        statuses: { type: 'string' },
        year: { type: 'string' },
        layout: { type: 'string' },
        period: { type: 'string' },
        date: { type: 'string' },
        method: { type: 'string' },
        'collection-date': { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        meeting: { type: 'string' },
        set: { type: 'string', multiple: true },
      },
    })
    locale = cliLocale(values.locale, io.env)
    json = values.json === true
    const found = findCommand(positionals)
    if (values.help === true || found === null) {
      io.out(cliText(locale, 'usage'))
      return found === null && values.help !== true ? 2 : 0
    }
    const run = commands[found.name]
    if (run === undefined) {
      io.err(cliText(locale, 'unknownCommand', { command: found.name }))
      return 2
    }
    const [file, ...args] = found.rest
    if (file === undefined) {
      io.err(cliText(locale, 'missingFile'))
      return 2
    }
    const code = await run({ io, locale, json, file, args, values })
    return typeof code === 'number' ? code : 0
  } catch (error) {
    if (isParseArgsError(error)) {
      io.err(cliText(locale, 'badOption', { reason: error.message }))
      return 2
    }
    const data = toErrorData(error)
    // Stack traces are for developers who ask for them, never for the club secretary.
    if (
      io.env['KREIS_DEBUG'] !== undefined &&
      (!(error instanceof KreisError) || data.code === 'internal')
    ) {
      io.err(String(error instanceof Error && error.cause !== undefined ? error.cause : error))
    }
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
