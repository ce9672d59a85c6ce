import { constants, crc32, deflateRawSync } from 'node:zlib'

/**
 * Hand-made XLSX files for the broken-file corpus: a plain ZIP writer (deflate, fixed dates, so
 * the same input gives the same bytes) and the smallest workbook exceljs and Excel open.
 */

interface Packed {
  readonly name: string
  readonly packed: Buffer
  readonly size: number
  readonly crc: number
}

/** Raw deflate blocks that end on a byte boundary, so that they can be strung together. */
function deflateParts(parts: readonly { readonly data: Buffer; readonly times?: number }[]): {
  packed: Buffer
  size: number
  crc: number
} {
  const chunks: Buffer[] = []
  let size = 0
  let crc = 0
  for (const { data, times = 1 } of parts) {
    const block = deflateRawSync(data, { level: 9, finishFlush: constants.Z_SYNC_FLUSH })
    for (let i = 0; i < times; i++) {
      chunks.push(block)
      crc = crc32(data, crc)
    }
    size += data.length * times
  }
  // The last, empty block that ends the stream.
  chunks.push(deflateRawSync(Buffer.alloc(0)))
  return { packed: Buffer.concat(chunks), size, crc }
}

function zip(entries: readonly Packed[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const { name, packed, size, crc } of entries) {
    const fileName = Buffer.from(name, 'utf8')
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at) // version needed
      header.writeUInt16LE(8, at + 4) // deflate
      header.writeUInt32LE(0x00210000, at + 6) // 1980-01-01 00:00
      header.writeUInt32LE(crc, at + 10)
      header.writeUInt32LE(packed.length, at + 14)
      header.writeUInt32LE(size, at + 18)
      header.writeUInt16LE(fileName.length, at + 22)
    }
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    fields(local, 4)
    locals.push(local, fileName, packed)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4) // version made by
    fields(central, 6)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, fileName)
    offset += local.length + fileName.length + packed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const xmlHead = '<?xml version="1.0" encoding="UTF-8"?>\n'
const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const packageRel = 'http://schemas.openxmlformats.org/package/2006/relationships'
const sheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml'

const frame: Readonly<Record<string, string>> = {
  '[Content_Types].xml':
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${sheetType}.sheet.main+xml"/>` +
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${sheetType}.worksheet+xml"/>` +
    '</Types>',
  '_rels/.rels':
    `<Relationships xmlns="${packageRel}">` +
    `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/>` +
    '</Relationships>',
  'xl/workbook.xml':
    `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets>` +
    '<sheet name="Mitglieder" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    `<Relationships xmlns="${packageRel}">` +
    `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
    '</Relationships>',
}

/**
 * A one-sheet workbook whose sheet holds `rows` (XML of `<row>` elements); `blankMegabytes` of
 * spaces between them make it unpack to that much more while staying about 1 KB per megabyte.
 */
export function xlsx(rows: readonly string[], blankMegabytes = 0): Buffer {
  const [first = '', ...rest] = rows
  const sheet = deflateParts([
    { data: Buffer.from(`${xmlHead}<worksheet xmlns="${main}"><sheetData>${first}`) },
    { data: Buffer.alloc(1024 * 1024, 0x20), times: blankMegabytes },
    { data: Buffer.from(`${rest.join('')}</sheetData></worksheet>`) },
  ])
  return zip([
    ...Object.entries(frame).map(([name, xml]) => ({
      name,
      ...deflateParts([{ data: Buffer.from(xmlHead + xml) }]),
    })),
    { name: 'xl/worksheets/sheet1.xml', ...sheet },
  ])
}

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/** A row of inline-string cells, or of formulas with (or without) their last result. */
export function row(
  index: number,
  cells: readonly (string | { readonly formula: string; readonly result?: string })[],
): string {
  const xml = cells.map((cell, i) => {
    const ref = `${String.fromCharCode(65 + i)}${index}`
    if (typeof cell === 'string') {
      return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`
    }
    const result = cell.result === undefined ? '' : `<v>${escapeXml(cell.result)}</v>`
    return `<c r="${ref}" t="str"><f>${escapeXml(cell.formula)}</f>${result}</c>`
  })
  return `<row r="${index}">${xml.join('')}</row>`
}
