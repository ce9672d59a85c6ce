import { listMembers } from '../../core/members/memberList.ts'
import type { CommandContext } from '../main.ts'
import { cliText } from '../messages.ts'
import { argument, withClub } from './clubFile.ts'
import { table } from './table.ts'

const pageSize = 100

/** `kreis search <club> <text>`: the list's own search, former members included. */
export async function runSearch(ctx: CommandContext): Promise<number> {
  const text = ctx.args.join(' ').trim()
  if (argument(ctx, 0) === undefined || text === '') {
    ctx.io.err(cliText(ctx.locale, 'missingSearch'))
    return 2
  }
  const page = await withClub(ctx, (db, clock) =>
    listMembers(db, { search: text, includeFormer: true, limit: pageSize }, ctx.locale, clock),
  )
  if (ctx.json) {
    ctx.io.out(JSON.stringify(page))
    return 0
  }
  if (page.rows.length === 0) {
    ctx.io.out(cliText(ctx.locale, 'searchNone', { text }))
    return 0
  }
  ctx.io.out(
    table(
      page.rows.map((row) => [
        row.memberNumber,
        row.status === 'active' ? row.displayName : `${row.displayName} (${row.status})`,
        row.town ?? '',
        row.classification ?? '',
      ]),
    ),
  )
  if (page.total > page.rows.length) {
    ctx.io.out(cliText(ctx.locale, 'searchMore', { more: page.total - page.rows.length }))
  }
  return 0
}
