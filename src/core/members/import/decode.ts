import { isUtf8 } from 'node:buffer'
import Papa from 'papaparse'
import { KreisError } from '../../../api/errors.ts'
import type { ImportEncoding } from '../../../api/memberTransfer.ts'
import { readWorksheet } from './xlsxRead.ts'

type TextEncoding = Exclude<ImportEncoding, 'xlsx'>

export interface SourceRow {
  /** 1-based record number in the file, the header being row 1. */
  readonly row: number
  readonly cells: readonly string[]
}

export interface DecodedTable {
  readonly encoding: ImportEncoding
  readonly separator: string | null
  readonly columns: readonly string[]
  readonly rows: readonly SourceRow[]
}

const zipMagic = [0x50, 0x4b, 0x03, 0x04]
const utf8Bom = [0xef, 0xbb, 0xbf]
/**
 * Excel's "Unicode text" is UTF-16 little endian and starts with its mark. UTF-16 without a mark
 * is not recognised: its NULs refuse it as unreadable.
 */
const utf16Boms = [
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
] as const
/** Control characters other than tab and line breaks never occur in a spreadsheet export. */
function isBinaryJunk(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x7f || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d))
      return true
  }
  return false
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte)
}

/** Reads CSV or XLSX bytes into a header and trimmed text cells; dates arrive as ISO. */
export async function decodeImportFile(bytes: Uint8Array, fileName: string): Promise<DecodedTable> {
  if (startsWith(bytes, zipMagic)) {
    const grid = await readWorksheet(bytes).catch(() => {
      throw new KreisError('import.unreadable', { file: fileName })
    })
    return toTable(grid, 'xlsx', null, fileName)
  }
  const decoded = decodeText(bytes)
  if (decoded === null || isBinaryJunk(decoded.text)) {
    throw new KreisError('import.unreadable', { file: fileName })
  }
  const { text, encoding } = decoded
  // Guessing counts fields per record, so blank lines must not take part; the real parse
  // keeps them, so that row numbers stay those a spreadsheet shows.
  const guess = Papa.parse<string[]>(text, {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
    preview: 50,
  })
  const parsed = Papa.parse<string[]>(text, {
    delimiter: guess.meta.delimiter,
    skipEmptyLines: false,
  })
  const fatal = parsed.errors.find((error) => error.type === 'Quotes' && parsed.data.length < 2)
  if (fatal !== undefined) throw new KreisError('import.unreadable', { file: fileName })
  // A quote never closed takes every later line into one cell: rows would vanish unseen.
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes')
  if (unclosed !== undefined) {
    throw new KreisError('import.unclosedQuote', { file: fileName, row: (unclosed.row ?? 0) + 1 })
  }
  return toTable(parsed.data, encoding, parsed.meta.delimiter, fileName)
}

/**
 * German Excel saves "CSV (Trennzeichen-getrennt)" in Windows-1252, "CSV UTF-8" with a BOM and
 * "Unicode-Text" in UTF-16 with a BOM; other tools write UTF-8 without one. Text that is not
 * valid UTF-8 is taken as Windows-1252, which decodes every byte, so a wrong guess can only
 * garble letters, never lose rows. UTF-16 that does not decode (a file cut off in the middle of
 * a letter, half a surrogate pair) is null: no spreadsheet wrote it, and guessing would garble.
 */
function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } | null {
  for (const [encoding, bom] of utf16Boms) {
    if (!startsWith(bytes, bom)) continue
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding }
    } catch {
      return null
    }
  }
  const body = startsWith(bytes, utf8Bom) ? bytes.subarray(3) : bytes
  if (isUtf8(body)) return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8' }
  return { text: decodeLines(body), encoding: 'windows-1252' }
}

/**
 * Line by line, each in the encoding it is valid in: files pasted together from two exports
 * mix UTF-8 and Windows-1252 lines, and one Windows-1252 line must not turn every `ü` of the
 * UTF-8 ones into `Ã¼`. Windows-1252 text is practically never valid UTF-8 by chance.
 */
function decodeLines(body: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8')
  const windows1252 = new TextDecoder('windows-1252')
  const lines: string[] = []
  let start = 0
  while (start < body.length) {
    const newline = body.indexOf(0x0a, start)
    const end = newline === -1 ? body.length : newline + 1
    const line = body.subarray(start, end)
    lines.push(isUtf8(line) ? utf8.decode(line) : windows1252.decode(line))
    start = end
  }
  return lines.join('')
}

function toTable(
  grid: string[][],
  encoding: ImportEncoding,
  separator: string | null,
  fileName: string,
): DecodedTable {
  const [header, ...body] = grid
  if (header === undefined || header.every((cell) => cell.trim() === '')) {
    throw new KreisError('import.empty', { file: fileName })
  }
  const rows: SourceRow[] = []
  body.forEach((cells, index) => {
    // Trimmed in place: a second array per row is garbage at 100,000 rows.
    let filled = false
    for (let i = 0; i < cells.length; i++) {
      const cell = (cells[i] ?? '').trim()
      cells[i] = cell
      filled ||= cell !== ''
    }
    if (filled) rows.push({ row: index + 2, cells })
  })
  if (rows.length === 0) throw new KreisError('import.empty', { file: fileName })
  return { encoding, separator, columns: uniqueColumns(header), rows }
}

/** Column names are the mapping's keys, so blanks get a position and repeats a counter. */
function uniqueColumns(header: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return header.map((raw, index) => {
    const name = raw.trim() === '' ? `#${index + 1}` : raw.trim()
    const count = (seen.get(name) ?? 0) + 1
    seen.set(name, count)
    return count === 1 ? name : `${name} (${count})`
  })
}
