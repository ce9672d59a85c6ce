import type { Locale } from '../../api/club.ts'
import type { SectorCount } from '../../api/sectors.ts'
import { sectorTree } from '../../core/sectors/counts.ts'
import type { CommandContext } from '../main.ts'
import { cliText } from '../messages.ts'
import { withClub } from './clubFile.ts'
import { table } from './table.ts'

function sectorName(sector: Pick<SectorCount, 'nameDe' | 'nameEn'>, locale: Locale): string {
  return locale === 'de' ? sector.nameDe : sector.nameEn
}

/**
 * `kreis sectors <club> [--tree]`: every sector with its members counted over its subtree;
 * `--tree` indents by level, the flat list leaves out sectors nobody belongs to.
 */
export async function runSectors(ctx: CommandContext): Promise<void> {
  const { sectors } = await withClub(ctx, (db) => sectorTree(db))
  if (ctx.json) {
    ctx.io.out(JSON.stringify({ sectors }))
    return
  }
  if (sectors.length === 0) {
    ctx.io.out(cliText(ctx.locale, 'sectorsNone'))
    return
  }
  const tree = ctx.values['tree'] === true
  const shown = tree ? sectors : sectors.filter((s) => s.allMembers > 0)
  const retired = cliText(ctx.locale, 'sectorRetired')
  ctx.io.out(
    table([
      cliText(ctx.locale, 'sectorHeader').split('|'),
      ...shown.map((s) => [
        tree ? `${'  '.repeat(s.depth - 1)}${s.code}` : s.code,
        `${sectorName(s, ctx.locale)}${s.active ? '' : ` ${retired}`}`,
        String(s.activeMembers),
        String(s.allMembers),
      ]),
    ]),
  )
}
