import type { Locale } from '../api/club.ts'

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  readonly out: (text: string) => void
  readonly err: (text: string) => void
  readonly env: Readonly<Record<string, string | undefined>>
  readonly now: () => Date
}

/** The language for messages: `--locale`, else the environment's, else German. */
export function cliLocale(flag: string | undefined, env: CliIo['env']): Locale {
  if (flag === 'de' || flag === 'en') return flag
  const lang = env['KREIS_LOCALE'] ?? env['LC_ALL'] ?? env['LC_MESSAGES'] ?? env['LANG'] ?? ''
  return lang.toLowerCase().startsWith('en') ? 'en' : 'de'
}
