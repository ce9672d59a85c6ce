/** Where the clubs Kreis is made for meet (Germany, Austria and Switzerland share its rules). */
const clubTimeZone = 'Europe/Berlin'

const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: clubTimeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
})

/** How far the club's clock is ahead of UTC at the instant `ms`, in milliseconds. */
function offsetAt(ms: number): number {
  const part = (type: string) =>
    Number(formatter.formatToParts(ms).find((item) => item.type === type)?.value)
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'))
  return wall - Math.floor(ms / 60_000) * 60_000
}

/**
 * The instant a day and `HH:MM` on the club's clock stand for, whatever zone the computer
 * running Kreis is set to. The offset of the wall time read as UTC is right except near a
 * switch of daylight saving time; a second look at the instant found settles that.
 */
export function clubInstant(date: string, time: string): Date {
  const wall = Date.parse(`${date}T${time}:00Z`)
  return new Date(wall - offsetAt(wall - offsetAt(wall)))
}
