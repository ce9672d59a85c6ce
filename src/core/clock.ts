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
