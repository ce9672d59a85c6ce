import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { insertClub } from './src/core/club/profile.ts'
import { createClubFile } from './src/core/db/createClubFile.ts'
import { openClubFile } from './src/core/db/openClubFile.ts'
import { fillDemoClub } from './src/core/demo/demoClub.ts'
import { exportMembers } from './src/core/members/export/exportMembers.ts'
const clock = { now: () => new Date() }
const n = Number(process.argv[2] ?? 20000)
const path = join(mkdtempSync(join(tmpdir(), 'kreis-x-')), 'club.kreis')
let t = performance.now()
await createClubFile(path, (db) => fillDemoClub(db, { members: n, seed: 1, locale: 'de', clock }))
console.log('demo', ((performance.now() - t) / 1000).toFixed(2))
const file = await openClubFile(path, { clock })
for (const format of (process.argv[3] ?? 'csv,xlsx').split(',') as ('csv' | 'xlsx' | 'vcf')[]) {
  t = performance.now()
  const made = await exportMembers(file.db, { format, publication: false }, 'de', clock)
  console.log(format, ((performance.now() - t) / 1000).toFixed(2), 's', made.count, (made.bytes.length / 1e6).toFixed(1), 'MB')
}
console.log('rss MB', (process.memoryUsage().rss / 1e6).toFixed(0))
await file.db.destroy()
