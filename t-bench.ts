import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { insertClub } from './src/core/club/profile.ts'
import { createClubFile } from './src/core/db/createClubFile.ts'
import { openClubFile } from './src/core/db/openClubFile.ts'
import { commitImport, previewImport } from './src/core/members/import/importMembers.ts'
import { exportMembers } from './src/core/members/export/exportMembers.ts'

const clock = { now: () => new Date() }
const dir = mkdtempSync(join(tmpdir(), 'kreis-bench-'))
const path = join(dir, 'club.kreis')
await createClubFile(path, (db) => insertClub(db, { name: 'Bench', kind: 'chamber', locale: 'de' }, clock))
const n = Number(process.argv[2] ?? 100000)
const lines = ['Mitgliedsnummer;Anrede;Vorname;Nachname;Firma;Straße;PLZ;Ort;E-Mail;Telefon;Geburtsdatum;Eintritt;Status;Branche']
const towns = ['Berlin', 'München', 'Köln', 'Düsseldorf', 'Würzburg']
for (let i = 1; i <= n; i++) {
  lines.push([`M${i}`, i % 2 ? 'Herr' : 'Frau', `Vorname${i}`, `Müller${i}`, `Firma ${i} GmbH`, `Hauptstraße ${i % 200}`, String(10000 + (i % 89999)).padStart(5, '0'), towns[i % 5], `m${i}@example.de`, `030 ${100000 + i}`, `${(i % 28) + 1}.${(i % 12) + 1}.19${50 + (i % 50)}`, `01.07.20${String(i % 25).padStart(2, '0')}`, i % 10 === 0 ? 'Ehrenmitglied' : 'aktiv', 'Steuerberatung'].join(';'))
}
const csv = Buffer.from(lines.join('\r\n'), 'utf8')
writeFileSync(join(dir, 'members.csv'), csv)
console.log('csv MB', (csv.length / 1e6).toFixed(1))
const file = await openClubFile(path, { clock })
const options = { source: { fileName: 'members.csv', contentBase64: csv.toString('base64') }, mapping: null, updateDuplicates: false }
let t = performance.now()
const preview = await previewImport(file.db, options, 'de', clock)
console.log('preview', ((performance.now() - t) / 1000).toFixed(2), 's', preview.counts)
t = performance.now()
const report = await commitImport(file.db, { ...options, skipInvalid: false }, clock, 'de')
console.log('commit', ((performance.now() - t) / 1000).toFixed(2), 's', report.created)
t = performance.now()
const c = await exportMembers(file.db, { format: 'csv', publication: false }, 'de', clock)
console.log('export csv', ((performance.now() - t) / 1000).toFixed(2), 's', (c.bytes.length / 1e6).toFixed(1), 'MB')
t = performance.now()
const x = await exportMembers(file.db, { format: 'xlsx', publication: false }, 'de', clock)
console.log('export xlsx', ((performance.now() - t) / 1000).toFixed(2), 's', (x.bytes.length / 1e6).toFixed(1), 'MB')
t = performance.now()
const vc = await exportMembers(file.db, { format: 'vcf', publication: false }, 'de', clock)
console.log('export vcf', ((performance.now() - t) / 1000).toFixed(2), 's', (vc.bytes.length / 1e6).toFixed(1), 'MB')
console.log('rss MB', (process.memoryUsage().rss / 1e6).toFixed(0))
await file.db.destroy()
