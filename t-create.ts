import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { insertClub } from './src/core/club/profile.ts'
import { createClubFile } from './src/core/db/createClubFile.ts'
import { openClubFile } from './src/core/db/openClubFile.ts'
import { decodeImportFile } from './src/core/members/import/decode.ts'
import { proposeMapping } from './src/core/members/import/mapping.ts'
import { parseRow, rowContext } from './src/core/members/import/parseRow.ts'
import { createMembers } from './src/core/members/memberWrite.ts'
const clock = { now: () => new Date() }
const dir = mkdtempSync(join(tmpdir(), 'kreis-create-'))
const path = join(dir, 'club.kreis')
await createClubFile(path, (db) => insertClub(db, { name: 'Bench', kind: 'chamber', locale: 'de' }, clock))
const file = await openClubFile(path, { clock })
const table = await decodeImportFile(readFileSync(process.argv[2] as string), 'x.csv')
const mapping = proposeMapping(table.columns, [])
const ctx = rowContext(mapping, table.columns, [], new Date(), 'DE')
const inputs = table.rows.map((r) => parseRow(r, ctx).input)
const t = performance.now()
await file.db.transaction().execute(async (trx) => { await createMembers(trx, inputs, 'active', clock) })
console.log('createMembers 100k', ((performance.now() - t) / 1000).toFixed(2))
await file.db.destroy()
