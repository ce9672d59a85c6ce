import { sectorTree } from '../../core/sectors/counts.ts'
import { openSeats } from '../../core/sectors/openSeats.ts'
import type { CommandContext } from '../main.ts'
import { cliText } from '../messages.ts'
import { withClub } from './clubFile.ts'
import { table } from './table.ts'

/** `kreis sectors open-seats <club>`: the recruiting list and the shrinking sectors. */
export async function runOpenSeats(ctx: CommandContext): Promise<void> {
  const { seats, targets } = await withClub(ctx, async (db, clock) => ({
    seats: await openSeats(db, clock),
    targets: (await sectorTree(db)).sectors.filter((s) => s.target).length,
  }))
  if (ctx.json) {
    ctx.io.out(JSON.stringify(seats))
    return
  }
  const name = (s: { nameDe: string; nameEn: string }) =>
    ctx.locale === 'de' ? s.nameDe : s.nameEn
  if (targets === 0) ctx.io.out(cliText(ctx.locale, 'noTargets'))
  else if (seats.vacant.length === 0) ctx.io.out(cliText(ctx.locale, 'vacantNone'))
  else {
    ctx.io.out(cliText(ctx.locale, 'vacantTitle'))
    ctx.io.out(table(seats.vacant.map((s) => [`  ${s.code}`, name(s)])))
  }
  ctx.io.out('')
  if (seats.declining.length === 0) {
    ctx.io.out(cliText(ctx.locale, 'decliningNone'))
    return
  }
  ctx.io.out(cliText(ctx.locale, 'decliningTitle'))
  const years = seats.declining[0]?.years.map((y) => String(y.year)) ?? []
  ctx.io.out(
    table([
      ['', '', ...years],
      ...seats.declining.map((d) => [
        `  ${d.sector.code}`,
        name(d.sector),
        ...d.years.map((y) => String(y.members)),
      ]),
    ]),
  )
}
