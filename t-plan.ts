import { readFileSync } from 'node:fs'
import { insertClub } from './src/core/club/profile.ts'
import { createClubFile } from './src/core/db/createClubFile.ts'
import { openClubFile } from './src/core/db/openClubFile.ts'
import { commitImport, previewImport } from './src/core/members/import/importMembers.ts'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
const clock = { now: () => new Date() }
const dir = mkdtempSync(join(tmpdir(), 'kreis-plan-'))
const path = join(dir, 'club.kreis')
await createClubFile(path, (db) => insertClub(db, { name: 'Bench', kind: 'chamber', locale: 'de' }, clock))
const file = await openClubFile(path, { clock })
const csv = readFileSync(process.argv[2] as string)
const options = { source: { fileName: 'members.csv', contentBase64: csv.toString('base64') }, mapping: null, updateDuplicates: false }
for (let i = 0; i < 1; i++) {
  const t = performance.now()
  await previewImport(file.db, options, 'de', clock)
  console.log('preview', ((performance.now() - t) / 1000).toFixed(2))
}
const t2 = performance.now()
await commitImport(file.db, { ...options, skipInvalid: false }, clock, 'de')
console.log('commit', ((performance.now() - t2) / 1000).toFixed(2))
await file.db.destroy()
