import { statSync, writeFileSync } from 'node:fs'
import { systemClock } from '../../src/core/clock.ts'
import { openClubFile } from '../../src/core/db/openClubFile.ts'
import { defaultDirectoryOptions } from '../../src/api/directory.ts'
import { memberStatuses } from '../../src/api/members.ts'
import { makeDirectory } from '../../src/core/directory/makeDirectory.ts'
import { plainTableDocument } from './plainTable.ts'
import { renderPdf } from '../../src/core/pdf/pdfmake.ts'
import { loadDirectoryData } from '../../src/core/directory/directoryData.ts'

/**
 * One directory measurement in a process of its own, so its peak memory is its own:
 * `node test/bench/directoryCase.ts <club file> <out.pdf> photos|plain|table`.
 */
const [path, out, mode] = process.argv.slice(2) as [string, string, string]
const file = await openClubFile(path, { clock: systemClock })
const options = {
  ...defaultDirectoryOptions('de'),
  statuses: [...memberStatuses],
  photos: mode === 'photos',
}
const started = performance.now()
let bytes: Uint8Array
let pages: number
let members: number
if (mode === 'table') {
  // The yardstick: the same entries' text as one plain pdfmake table, nothing else.
  const data = await loadDirectoryData(
    file.db,
    { statuses: options.statuses, locale: 'de' },
    '2026-11-21',
  )
  ;({ bytes, pages } = await renderPdf(plainTableDocument(data)))
  members = data.entries.length
} else {
  const made = await makeDirectory(file.db, options, systemClock)
  ;({ bytes, pages } = made)
  members = made.memberCount
}
const ms = performance.now() - started
writeFileSync(out, bytes)
const { photos } = await file.db
  .selectFrom('print_photo')
  .select((eb) => eb.fn.countAll<number>().as('photos'))
  .executeTakeFirstOrThrow()
await file.db.destroy()
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    mb: Math.round((statSync(out).size / 1024 / 1024) * 100) / 100,
    pages,
    members,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    photos: mode === 'photos' ? Number(photos) : 0,
  }),
)
