import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { insertClub } from './src/core/club/profile.ts'
import { createClubFile } from './src/core/db/createClubFile.ts'
import { openClubFile } from './src/core/db/openClubFile.ts'
import { decodeImportFile } from './src/core/members/import/decode.ts'
import { proposeMapping } from './src/core/members/import/mapping.ts'
import { parseRow, rowContext } from './src/core/members/import/parseRow.ts'
import { columnsOf } from './src/core/members/memberRow.ts'
import { sortKeys } from './src/core/members/searchIndex.ts'
import { foldForSearch } from './src/core/members/fold.ts'
const clock = { now: () => new Date() }
const dir = mkdtempSync(join(tmpdir(), 'kreis-raw-'))
const path = join(dir, 'club.kreis')
await createClubFile(path, (db) => insertClub(db, { name: 'Bench', kind: 'chamber', locale: 'de' }, clock))
const file = await openClubFile(path, { clock })
const table = await decodeImportFile(readFileSync(process.argv[2] as string), 'x.csv')
const ctx = rowContext(proposeMapping(table.columns, []), table.columns, [], new Date(), 'DE')
const inputs = table.rows.map((r) => parseRow(r, ctx).input)
const t = performance.now()
const now = new Date().toISOString()
const first = columnsOf(inputs[0]!, 'x')
const cols = [...Object.keys(first), 'status', 'sort_key_de', 'sort_key_en', 'created_at', 'updated_at']
const ins = file.sqlite.prepare(`insert into member (${cols.join(',')}) values (${cols.map((c) => '@' + c).join(',')})`)
const hist = file.sqlite.prepare(`insert into member_history (member_id, at, action, field, old_value, new_value, note) values (?, ?, 'created', 'status', null, 'active', null)`)
const fts = file.sqlite.prepare(`insert into member_search (rowid, names, organisation, classification, town, email, number) values (?,?,?,?,?,?,?)`)
const j = (...p: (string | null)[]) => foldForSearch(p.filter(Boolean).join(' '))
file.sqlite.pragma('cache_size = -262144'); file.sqlite.pragma('foreign_keys = OFF'); for (const ix of (process.env['DROP'] ?? '').split(',').filter(Boolean)) file.sqlite.exec(`drop index ${ix}`); console.log(file.sqlite.pragma('cache_size'), file.sqlite.pragma('page_size'), file.sqlite.pragma('foreign_keys'))
const rows = inputs.map((input, i) => { const c = columnsOf(input, input.memberNumber || String(i)); return { ...c, status: 'active', ...sortKeys(c), created_at: now, updated_at: now } })
console.log('prep', ((performance.now() - t) / 1000).toFixed(2))
const ids: number[] = []
file.sqlite.transaction(() => {
  let t1 = performance.now()
  for (const row of rows) ids.push(Number(ins.run(row).lastInsertRowid))
  console.log('member', ((performance.now() - t1) / 1000).toFixed(2)); t1 = performance.now()
  for (const id of ids) hist.run(id, now)
  console.log('history', ((performance.now() - t1) / 1000).toFixed(2)); t1 = performance.now()
  rows.forEach((c, i) => fts.run(ids[i], j(c.first_name, c.last_name, c.name_affix, c.partner_name), j(c.organisation_name, c.company), j(c.classification), j(c.business_town, c.private_town), j(c.email_business, c.email_private), c.member_number.toLowerCase()))
  console.log('fts', ((performance.now() - t1) / 1000).toFixed(2)); t1 = performance.now()
})()
console.log('raw 100k', ((performance.now() - t) / 1000).toFixed(2))
await file.db.destroy()
