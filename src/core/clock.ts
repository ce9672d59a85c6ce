/** Everything that asks for the time asks a clock, so tests can fix it. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

export function isoTimestamp(clock: Clock): string {
  return clock.now().toISOString()
}

/** `20261121-143005`: sortable and safe in file names on every platform. */
export function fileStamp(clock: Clock): string {
  return clock
    .now()
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/[-:]/g, '')
    .replace('T', '-')
}

/**
 * Today in the user's own time zone, as the app's date pickers show it and as a letter is
 * dated: just after midnight in Berlin it is already the next day there while UTC still says
 * the one before.
 */
export function localToday(clock: Clock): string {
  const now = clock.now()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
