import type { Kysely } from 'kysely'
import type { Locale } from '../../../api/club.ts'
import type { ImportPreview, ImportRowPreview } from '../../../api/memberTransfer.ts'
import { systemClock, type Clock } from '../../clock.ts'
import type { Database } from '../../db/schema.ts'
import { planImport, type ImportOptions, type PlannedRow } from './plan.ts'
import { importTargets } from './targets.ts'

/** Accepted rows shown as a sample; rejected rows are always shown, all of them. */
export const previewSampleSize = 50

export async function previewImport(
  db: Kysely<Database>,
  options: ImportOptions,
  locale: Locale,
  clock: Clock = systemClock,
): Promise<ImportPreview> {
  const plan = await planImport(db, options, clock.now(), 'keep')
  const counts = { create: 0, update: 0, reject: 0 }
  const rows: ImportRowPreview[] = []
  let sampled = 0
  for (const row of plan.rows) {
    counts[row.action] += 1
    if (row.action === 'reject') rows.push(rowPreview(row))
    else if (sampled < previewSampleSize) {
      rows.push(rowPreview(row))
      sampled += 1
    }
  }
  return {
    encoding: plan.table.encoding,
    separator: plan.table.separator,
    columns: plan.table.columns,
    mapping: plan.mapping,
    targets: importTargets(plan.customFields, locale),
    counts,
    rows,
  }
}

export function rowPreview(row: PlannedRow): ImportRowPreview {
  return {
    row: row.parsed.row,
    action: row.action,
    displayName: row.displayName,
    matchedMemberNumber: row.match?.member.memberNumber ?? null,
    problems: row.problems,
  }
}
