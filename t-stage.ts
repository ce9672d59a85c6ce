import { readFileSync } from 'node:fs'
import * as v from 'valibot'
import { MemberInputSchema } from './src/api/members.ts'
import { decodeImportFile } from './src/core/members/import/decode.ts'
import { proposeMapping } from './src/core/members/import/mapping.ts'
import { parseRow, rowContext } from './src/core/members/import/parseRow.ts'
const csv = readFileSync(process.argv[2] as string)
for (let k = 0; k < 3; k++) {
let t = performance.now()
const b64 = csv.toString('base64'); const bytes = Buffer.from(b64, 'base64')
console.log('b64', (performance.now() - t).toFixed(0)); t = performance.now()
const table = await decodeImportFile(bytes, 'x.csv')
console.log('decode', (performance.now() - t).toFixed(0)); t = performance.now()
const mapping = proposeMapping(table.columns, [])
const ctx = rowContext(mapping, table.columns, [], new Date(), 'DE')
const parsed = table.rows.map((r) => parseRow(r, ctx))
console.log('parse', (performance.now() - t).toFixed(0)); t = performance.now()
for (const p of parsed) v.safeParse(MemberInputSchema, p.input)
console.log('valibot alone', (performance.now() - t).toFixed(0))
}
