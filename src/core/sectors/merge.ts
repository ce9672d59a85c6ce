import { sql, type Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import { bulkInsert } from '../db/bulkInsert.ts'
import type { Database } from '../db/schema.ts'
import { memberLocale } from '../members/locale.ts'
import { isWithin, loadSectorIndex, requireSector, sectorLabel } from './sectorIndex.ts'
import { lastAmong } from './save.ts'
import { inTransaction } from '../db/transaction.ts'

/**
 * Folds `sourceId` into `targetId`, all or nothing: members whose primary sector it was move
 * (each with a history entry), further-sector entries move without doubling up, children
 * move under the target, the target inherits the source's place on the recruiting list, and
 * the source is retired, pointing at the target so old records still read sensibly.
 */
export async function mergeSectors(
  db: Kysely<Database>,
  sourceId: number,
  targetId: number,
  clock: Clock,
): Promise<{ movedMembers: number }> {
  return inTransaction(db, async (trx) => {
    const index = await loadSectorIndex(trx)
    const source = requireSector(index, sourceId)
    const target = requireSector(index, targetId)
    if (isWithin(target, source)) throw new KreisError('sector.mergeSelf')
    if (!target.active) throw new KreisError('sector.retired', { code: target.code })
    const now = isoTimestamp(clock)
    const locale = await memberLocale(trx)

    const moved = await trx
      .selectFrom('member')
      .select('id')
      .where('sector_id', '=', source.id)
      .execute()
    if (moved.length > 0) {
      await trx
        .updateTable('member')
        .set({ sector_id: target.id, updated_at: now })
        .where('sector_id', '=', source.id)
        .execute()
      const change = {
        at: now,
        action: 'sectorMerge',
        field: 'sector_id',
        old_value: sectorLabel(source, locale),
        new_value: sectorLabel(target, locale),
        note: null,
      }
      // One statement per hundred members: a merge may move thousands of them.
      await bulkInsert(
        trx,
        'member_history',
        ['member_id', 'at', 'action', 'field', 'old_value', 'new_value', 'note'],
        moved.map((m) => ({ member_id: m.id, ...change })),
      )
    }

    await sql`insert or ignore into member_sector (member_id, sector_id)
      select member_id, ${target.id} from member_sector where sector_id = ${source.id}`.execute(trx)
    await trx.deleteFrom('member_sector').where('sector_id', '=', source.id).execute()
    // A further sector never repeats the primary one.
    await sql`delete from member_sector where sector_id = ${target.id}
      and member_id in (select id from member where sector_id = ${target.id})`.execute(trx)

    const children = index.nodes.filter((n) => n.parentId === source.id)
    const first = lastAmong(index, target)
    for (const [i, child] of children.entries()) {
      await trx
        .updateTable('sector')
        .set({ parent_id: target.id, sort_order: first + i })
        .where('id', '=', child.id)
        .execute()
    }
    if (source.target) {
      await trx.updateTable('sector').set({ target: 1 }).where('id', '=', target.id).execute()
    }
    await trx
      .updateTable('sector')
      .set({ active: 0, target: 0, merged_into_id: target.id })
      .where('id', '=', source.id)
      .execute()
    return { movedMembers: moved.length }
  })
}
