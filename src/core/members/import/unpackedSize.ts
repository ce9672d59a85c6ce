import { createInflateRaw } from 'node:zlib'

const endOfDirectory = Buffer.from([0x50, 0x4b, 0x05, 0x06])
const directoryEntry = 0x02014b50
const localHeader = 0x04034b50
/** ZIP64 marks its sizes and offsets so; only files past 4 GB need it. */
const zip64 = 0xffffffff

/**
 * Whether the entries of a ZIP (an XLSX) unpack to at most `limit` bytes. Counted by unpacking
 * as a stream and dropping what comes out, since the sizes a ZIP declares may lie: a few
 * megabytes can unpack to gigabytes, which exceljs would hold in memory until the process dies.
 * A ZIP whose directory cannot be walked passes, for the workbook reader to refuse; a ZIP64
 * one does not, as it would be too large or hide its size.
 */
export async function unpacksWithin(bytes: Uint8Array, limit: number): Promise<boolean> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = data.lastIndexOf(endOfDirectory)
  if (end === -1 || end + 22 > data.length) return true
  const count = data.readUInt16LE(end + 10)
  let entry = data.readUInt32LE(end + 16)
  if (count === 0xffff || entry === zip64) return false
  let left = limit
  for (let i = 0; i < count; i++) {
    if (entry + 46 > data.length || data.readUInt32LE(entry) !== directoryEntry) return true
    const method = data.readUInt16LE(entry + 10)
    const packedSize = data.readUInt32LE(entry + 20)
    const local = data.readUInt32LE(entry + 42)
    if (packedSize === zip64 || local === zip64) return false
    // The fixed header, then the entry's name, extra field and comment.
    entry +=
      46 +
      data.readUInt16LE(entry + 28) +
      data.readUInt16LE(entry + 30) +
      data.readUInt16LE(entry + 32)
    if (local + 30 > data.length || data.readUInt32LE(local) !== localHeader) return true
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28)
    const packed = data.subarray(start, start + packedSize)
    left -= method === 8 ? await inflatedSize(packed, left) : packed.length
    if (left < 0) return false
  }
  return true
}

/** Unpacks and counts, stopping once the count passes `limit`; broken data counts as far as it got. */
async function inflatedSize(packed: Buffer, limit: number): Promise<number> {
  const inflate = createInflateRaw()
  inflate.end(packed)
  let size = 0
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > limit) break
    }
  } catch {
    // The workbook reader refuses broken data with its own error.
  }
  return size
}
