import { resolve } from 'node:path'
import type * as v from 'valibot'
import { locales } from '../../api/club.ts'
import { memberStatuses } from '../../api/members.ts'
import type { InputReason } from '../../api/messages/errors.ts'
import type { MadeDocument } from '../../core/directory/makeDirectory.ts'
import { inputError } from '../../core/dispatch/inputErrors.ts'
import { writeExport } from '../../core/dispatch/writeExport.ts'
import type { CommandContext } from '../main.ts'
import { cliText, type CliMessageKey } from '../messages.ts'

/**
 * A value on the command line the command cannot take. It is a usage error, like an unknown
 * option: exit code 2 and a message that names the option and what it may be.
 */
export class UsageProblem extends Error {
  readonly key: CliMessageKey
  readonly params: Readonly<Record<string, string>>
  /** The input reason `--json` reports, as the app's own input errors do. */
  readonly reason: InputReason

  constructor(
    key: CliMessageKey,
    params: Readonly<Record<string, string>>,
    reason: InputReason = 'required',
  ) {
    super(key)
    this.key = key
    this.params = params
    this.reason = reason
  }
}

/** What a contract field is called on the command line and which values it takes. */
export interface OptionName {
  readonly option: string
  readonly allowed: readonly (string | number)[] | string
}

export const statusOption: OptionName = { option: 'statuses', allowed: memberStatuses }
export const localeOption: OptionName = { option: 'locale', allowed: locales }

/** Runs a command that writes a PDF, turning a usage problem into its message and exit code 2. */
export async function pdfCommand(
  ctx: CommandContext,
  run: () => Promise<void>,
): Promise<number | undefined> {
  try {
    await run()
    return undefined
  } catch (error) {
    if (!(error instanceof UsageProblem)) throw error
    const field = `--${error.params['option'] ?? ''}`
    ctx.io.err(
      ctx.json
        ? JSON.stringify({
            error: { code: 'input.invalid', params: { field, reason: error.reason } },
          })
        : cliText(ctx.locale, error.key, error.params),
    )
    return 2
  }
}

/** `--out`, required: where the PDF goes. */
export function outPath(ctx: CommandContext): string {
  const out = ctx.values['out']
  if (typeof out !== 'string' || out.trim() === '') {
    throw new UsageProblem('missingOut', { option: 'out' })
  }
  return resolve(out.trim())
}

/** The string an option was given, or undefined when it was left out. */
export function stringOption(ctx: CommandContext, option: string): string | undefined {
  const value = ctx.values[option]
  return typeof value === 'string' ? value : undefined
}

/** A number where the text is one, else the text itself for the schema to refuse by name. */
export function numberOrText(text: string): number | string {
  return /^\d+$/.test(text.trim()) ? Number(text) : text
}

/** `a,b , c` as `['a', 'b', 'c']`, each once. */
export function listOption(ctx: CommandContext, option: string): string[] | undefined {
  const raw = stringOption(ctx, option)
  if (raw === undefined) return undefined
  return [
    ...new Set(
      raw
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    ),
  ]
}

/**
 * The problem with the first failing field of a parsed contract object, in the words of the
 * command line: the option, the value typed and the values it may take.
 */
export function optionProblem(
  ctx: CommandContext,
  issues: readonly v.BaseIssue<unknown>[],
  names: Readonly<Record<string, OptionName>>,
): UsageProblem {
  const issue = issues[0]
  const key = String((issue?.path?.[0] as { key: unknown } | undefined)?.key ?? '')
  const name = names[key] ?? { option: key, allowed: '' }
  // The one wrong item of a list where there is one, else the whole value as typed.
  const input: unknown = issue?.input
  const value =
    typeof input === 'string' || typeof input === 'number'
      ? String(input)
      : (stringOption(ctx, name.option) ?? '')
  const allowed = typeof name.allowed === 'string' ? name.allowed : name.allowed.join(', ')
  const blank = value.trim() === ''
  return new UsageProblem(
    blank ? 'emptyOption' : 'badChoice',
    { option: name.option, value, allowed },
    // inputError always names one of the input reasons.
    blank ? 'required' : (inputError(issues).params['reason'] as InputReason),
  )
}

/** Writes the PDF and says what it holds: pages, members and where it went. */
export function reportPdf(
  ctx: CommandContext,
  out: string,
  made: MadeDocument,
  extra: Readonly<Record<string, string | number | boolean>> = {},
): void {
  writeExport(out, made.bytes)
  ctx.io.out(
    ctx.json
      ? JSON.stringify({
          path: out,
          ...extra,
          pages: made.pages,
          members: made.memberCount,
          bytes: made.bytes.length,
        })
      : cliText(ctx.locale, 'madeDocument', {
          pages: made.pages,
          members: made.memberCount,
          path: out,
        }),
  )
}
