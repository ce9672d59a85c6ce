import type { Kysely } from 'kysely'
import type { Clock } from '../../src/core/clock.ts'
import type { Database } from '../../src/core/db/schema.ts'
import { sectorTree } from '../../src/core/sectors/counts.ts'
import { openSeats } from '../../src/core/sectors/openSeats.ts'
import { percentile } from './members.ts'

const rounds = 10

/**
 * The sector directory at chamber scale: the tree with its member counts and the open seats,
 * each alone and both together as the directory view asks for them (target: under 100 ms).
 * The first call is timed apart, then the median of ten.
 */
export async function benchSectors(
  db: Kysely<Database>,
  clock: Clock,
): Promise<Record<string, number>> {
  const timed = async (work: () => Promise<unknown>) => {
    const started = performance.now()
    await work()
    return performance.now() - started
  }
  const median = async (work: () => Promise<unknown>) => {
    const times: number[] = []
    for (let i = 0; i < rounds; i++) times.push(await timed(work))
    return percentile(
      times.sort((a, b) => a - b),
      50,
    )
  }
  const both = () => Promise.all([sectorTree(db), openSeats(db, clock)])
  const first = await timed(both)
  const { sectors } = await sectorTree(db)
  const round = (ms: number) => Math.round(ms * 10) / 10
  const figures = {
    'sectors.count': sectors.length,
    'sectors.membersWithSector': sectors
      .filter((s) => s.depth === 1)
      .reduce((sum, s) => sum + s.allMembers, 0),
    'sectors.treeAndOpenSeats.first.ms': round(first),
    'sectors.tree.ms': await median(() => sectorTree(db)),
    'sectors.openSeats.ms': await median(() => openSeats(db, clock)),
    'sectors.treeAndOpenSeats.ms': await median(both),
  }
  console.log(
    `sectors (${figures['sectors.count']}, ${figures['sectors.membersWithSector']} members): ` +
      `tree ${figures['sectors.tree.ms']} ms, open seats ${figures['sectors.openSeats.ms']} ms, ` +
      `both ${figures['sectors.treeAndOpenSeats.ms']} ms (first ${figures['sectors.treeAndOpenSeats.first.ms']} ms)`,
  )
  return figures
}
