import { readFileSync } from 'node:fs'
import { decodeImportFile } from './src/core/members/import/decode.ts'
const csv = readFileSync(process.argv[2] as string)
let t = performance.now()
const table = await decodeImportFile(csv, 'x.csv')
console.log('decode', ((performance.now() - t) / 1000).toFixed(2), table.rows.length)
