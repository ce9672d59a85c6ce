import { sql, type Kysely } from 'kysely'
import type { DecliningSector, OpenSeats, SectorYear } from '../../api/sectors.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { bySector, rollUp } from './counts.ts'
import {
  ancestorsOf,
  loadSectorIndex,
  optionOf,
  type IndexedSector,
  type SectorIndex,
} from './sectorIndex.ts'

/** Five full years and the current one. */
const fullYears = 5
const years = fullYears + 1
/** Sections and divisions: below that, a chamber's numbers are too small to mean a trend. */
const trendDepth = 2

/**
 * The recruiting list: target classifications no active member holds, counting members of
 * sub-sectors too; and the sections and divisions whose membership shrank over the years.
 *
 * A member counts at the end of a year when joined by then (an unknown join date meaning
 * long ago), not left by then, and not a prospect. A former member without a leave date is
 * counted in none of the years, since nobody knows when they left.
 */
export async function openSeats(db: Kysely<Database>, clock: Clock): Promise<OpenSeats> {
  const index = await loadSectorIndex(db)
  const current = Number(isoTimestamp(clock).slice(0, 4))
  const first = current - fullYears
  const start = `${first}-01-01`
  const end = `${current}-12-31`
  const before = first - 1
  const after = current + 1
  // Members there through every year looked at are only counted, per sector, without sorting;
  // only those who joined or left within the years are grouped by their years, which are
  // pinned to just before or after the window when outside it.
  const { rows: totals } = await sql<{ sector_id: number; active: number; steady: number }>`
    select sector_id, sum(status = 'active') as active,
      sum(status != 'prospect' and (join_date is null or join_date < ${start})
        and (case when leave_date is null then status != 'former' else leave_date > ${end} end))
        as steady
    from member where sector_id is not null group by sector_id`.execute(db)
  const { rows: moves } = await sql<{ sector_id: number; joined: number; left: number; n: number }>`
    select sector_id,
      min(max(coalesce(cast(substr(join_date, 1, 4) as integer), ${before}), ${before}), ${after})
        as joined,
      case
        when leave_date is not null
          then min(max(cast(substr(leave_date, 1, 4) as integer), ${before}), ${after})
        when status = 'former' then ${before}
        else ${after}
      end as "left",
      count(*) as n
    from member
    where sector_id is not null and status != 'prospect'
      and (join_date between ${start} and ${end} or leave_date between ${start} and ${end})
    group by 1, 2, 3`.execute(db)

  const active = rollUp(
    index,
    bySector(index, totals, (r) => r.active),
  )
  const vacant = index.nodes
    .filter((n) => n.active && n.target && active[n.index] === 0)
    .map((n) => optionOf(index, n))

  const trend = new Trend(index, first)
  for (const row of totals) trend.addSteady(row.sector_id, row.steady)
  for (const row of moves) trend.addMoves(row.sector_id, row.joined, row.left, row.n)
  return { vacant, declining: trend.declining() }
}

/** Joins, leaves and members per year for each section and division. */
class Trend {
  private readonly joins: Int32Array
  private readonly leaves: Int32Array
  private readonly members: Int32Array
  /** Pre-order positions of the sections and divisions a sector counts for. */
  private readonly tracked = new Map<number, number[]>()

  private readonly index: SectorIndex
  private readonly first: number

  constructor(index: SectorIndex, first: number) {
    this.index = index
    this.first = first
    const cells = index.nodes.length * years
    this.joins = new Int32Array(cells)
    this.leaves = new Int32Array(cells)
    this.members = new Int32Array(cells)
  }

  addSteady(sectorId: number, n: number): void {
    if (n === 0) return
    for (const at of this.trackedBy(sectorId)) {
      for (let y = 0; y < years; y++) this.add(this.members, at, y, n)
    }
  }

  addMoves(sectorId: number, joined: number, left: number, n: number): void {
    for (const at of this.trackedBy(sectorId)) {
      for (let y = 0; y < years; y++) {
        const year = this.first + y
        if (joined === year) this.add(this.joins, at, y, n)
        if (left === year) this.add(this.leaves, at, y, n)
        if (joined <= year && left > year) this.add(this.members, at, y, n)
      }
    }
  }

  /** Fewer members now than at the end of the first year, which had at least two. */
  declining(): DecliningSector[] {
    const found: { sector: DecliningSector; shrink: number; lost: number; order: number }[] = []
    for (const node of this.index.nodes) {
      if (!node.active || node.depth > trendDepth) continue
      const then = this.members[node.index * years] ?? 0
      const now = this.members[node.index * years + years - 1] ?? 0
      if (then < 2 || now >= then) continue
      found.push({
        sector: { sector: optionOf(this.index, node), years: this.yearsOf(node) },
        shrink: (then - now) / then,
        lost: then - now,
        order: node.index,
      })
    }
    found.sort((a, b) => b.shrink - a.shrink || b.lost - a.lost || a.order - b.order)
    return found.map((f) => f.sector)
  }

  private yearsOf(node: IndexedSector): SectorYear[] {
    const list: SectorYear[] = []
    for (let y = 0; y < years; y++) {
      const cell = node.index * years + y
      list.push({
        year: this.first + y,
        joins: this.joins[cell] ?? 0,
        leaves: this.leaves[cell] ?? 0,
        members: this.members[cell] ?? 0,
      })
    }
    return list
  }

  private add(values: Int32Array, at: number, y: number, n: number): void {
    const cell = at * years + y
    values[cell] = (values[cell] ?? 0) + n
  }

  private trackedBy(sectorId: number): number[] {
    let list = this.tracked.get(sectorId)
    if (list === undefined) {
      const node = this.index.byId.get(sectorId)
      list =
        node === undefined
          ? []
          : [...ancestorsOf(this.index, node), node]
              .filter((n) => n.depth <= trendDepth)
              .map((n) => n.index)
      this.tracked.set(sectorId, list)
    }
    return list
  }
}
