import { join } from 'node:path'
import type { Clock } from '../../src/core/clock.ts'
import { createClubFile } from '../../src/core/db/createClubFile.ts'
import { openClubFile } from '../../src/core/db/openClubFile.ts'
import { fillDemoClub } from '../../src/core/demo/demoClub.ts'
import { commitBilling, previewBilling } from '../../src/core/dues/billing.ts'
import { exportCollection } from '../../src/core/sepa/collectionExport.ts'

/** The treasurer's scale: a club of 10,000 paying members (targets: under 2 s each). */
const members = 10_000
const clock: Clock = { now: () => new Date('2026-11-21T10:00:00Z') }

/**
 * A demo club billed for the running year; the bench bills the next club year for everyone,
 * then collects it with the open district levy in one SEPA file.
 */
export async function benchDues(dir: string): Promise<Record<string, number>> {
  const path = join(dir, 'dues.kreis')
  await createClubFile(path, (db) => fillDemoClub(db, { members, seed: 5, locale: 'de', clock }))
  const file = await openClubFile(path, { clock })
  const round = (ms: number) => Math.round(ms * 10) / 10
  try {
    let started = performance.now()
    const preview = await previewBilling(file.db, '2027/28')
    const previewMs = performance.now() - started
    started = performance.now()
    const run = await commitBilling(file.db, '2027/28', clock)
    const commitMs = performance.now() - started
    started = performance.now()
    const exported = await exportCollection(
      file.db,
      { collectionDate: '2027-07-15' },
      join(dir, 'lastschrift.xml'),
      clock,
    )
    const sepaMs = performance.now() - started
    const figures = {
      'dues.members': members,
      'dues.bill.preview.ms': round(previewMs),
      'dues.bill.commit.ms': round(commitMs),
      'dues.bill.ms': round(previewMs + commitMs),
      'dues.bill.charges': run.chargeCount,
      'dues.sepa.export.ms': round(sepaMs),
      'dues.sepa.debits': exported.collection.itemCount,
    }
    console.log(
      `dues (${members} members): billing ${preview.lines.length} lines, preview ` +
        `${figures['dues.bill.preview.ms']} ms + commit ${figures['dues.bill.commit.ms']} ms; ` +
        `SEPA export of ${figures['dues.sepa.debits']} debits ${figures['dues.sepa.export.ms']} ms`,
    )
    return figures
  } finally {
    await file.db.destroy()
  }
}
