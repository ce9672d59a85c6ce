import { inflateSync } from 'node:zlib'
import { decode as decodeJpeg, encode as encodeJpeg } from 'jpeg-js'
import type { Kysely } from 'kysely'
import { PNG } from 'pngjs'
import { idList } from '../db/idList.ts'
import { inTransaction } from '../db/transaction.ts'
import type { Database } from '../db/schema.ts'
import type { RgbaImage } from '../images.ts'

/** 240 px on the longest side: 300 dpi for a photo two centimetres wide. */
export const printEdge = 240
const printQuality = 80
/**
 * Stored photos have at most 512 px a side (photo.ts); the bound leaves room for any honest
 * file and keeps one that claims a huge size from taking the memory it names.
 */
const maxPixels = 4_000_000
const maxDecodeMegabytes = 128

/**
 * The photo as it goes into print, at most `printEdge` pixels a side. A JPEG or PNG already
 * that small is kept as it is, so it loses nothing to a second compression; a larger one is
 * scaled down to a JPEG, transparency laid over white. Null for what cannot be read (WebP,
 * broken bytes): such a member is printed without a photo.
 */
export function printPhotoOf(bytes: Uint8Array, mime: string): Buffer | null {
  const image = decode(bytes, mime)
  if (image === null) return null
  if (Math.max(image.width, image.height) <= printEdge) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }
  const small = downscale(image, printEdge)
  return Buffer.from(encodeJpeg({ ...small, data: Buffer.from(small.data) }, printQuality).data)
}

function decode(bytes: Uint8Array, mime: string): RgbaImage | null {
  try {
    if (mime === 'image/jpeg') {
      return decodeJpeg(bytes, {
        useTArray: true,
        formatAsRGBA: true,
        maxResolutionInMP: maxPixels / 1_000_000,
        maxMemoryUsageInMB: maxDecodeMegabytes,
      })
    }
    if (mime === 'image/png') {
      const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      return safePng(buffer) ? PNG.sync.read(buffer) : null
    }
  } catch {
    return null
  }
  return null
}

/**
 * Checks the size a PNG declares before pngjs reads it. pngjs bounds the inflated data by that
 * size, except for interlaced files: their data is inflated here first, within the same bound.
 */
function safePng(buffer: Buffer): boolean {
  // Signature, then IHDR: width, height, bit depth, colour type, …, interlace method.
  if (buffer.length < 33 || buffer.toString('latin1', 12, 16) !== 'IHDR') return false
  const width = buffer.readUInt32BE(16)
  const height = buffer.readUInt32BE(20)
  if (width === 0 || height === 0 || width * height > maxPixels) return false
  if (buffer[28] === 0) return true
  // Eight bytes a pixel at most (16-bit RGBA), plus the filter byte of each row of each pass.
  const bound = width * height * 8 + height * 8 * 2
  const data: Buffer[] = []
  for (let at = 8; at + 8 <= buffer.length;) {
    const length = buffer.readUInt32BE(at)
    if (buffer.toString('latin1', at + 4, at + 8) === 'IDAT') {
      data.push(buffer.subarray(at + 8, at + 8 + length))
    }
    at += 12 + length
  }
  inflateSync(Buffer.concat(data), { maxOutputLength: bound })
  return true
}

/**
 * Area averaging: each target pixel is the mean of the source area it covers, so fine detail
 * turns into its average colour instead of aliasing. Alpha is laid over white on the way.
 */
function downscale(image: RgbaImage, edge: number): RgbaImage {
  const scale = Math.min(1, edge / Math.max(image.width, image.height))
  const width = Math.max(1, Math.round(image.width * scale))
  const height = Math.max(1, Math.round(image.height * scale))
  const columns = coverage(image.width, width)
  const rows = coverage(image.height, height)
  const { data } = image

  // Across first, into one float row per source row.
  const across = new Float32Array(width * image.height * 3)
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0
      let g = 0
      let b = 0
      for (let k = columns.start[x] as number; k < (columns.start[x + 1] as number); k++) {
        const source = (y * image.width + (columns.index[k] as number)) * 4
        const weight = columns.weight[k] as number
        const alpha = (data[source + 3] as number) / 255
        const white = 255 * (1 - alpha)
        r += weight * ((data[source] as number) * alpha + white)
        g += weight * ((data[source + 1] as number) * alpha + white)
        b += weight * ((data[source + 2] as number) * alpha + white)
      }
      const target = (y * width + x) * 3
      across[target] = r
      across[target + 1] = g
      across[target + 2] = b
    }
  }

  const out = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0
      let g = 0
      let b = 0
      for (let k = rows.start[y] as number; k < (rows.start[y + 1] as number); k++) {
        const source = ((rows.index[k] as number) * width + x) * 3
        const weight = rows.weight[k] as number
        r += weight * (across[source] as number)
        g += weight * (across[source + 1] as number)
        b += weight * (across[source + 2] as number)
      }
      const target = (y * width + x) * 4
      // Storing into a Uint8Array truncates: the added half makes it round.
      out[target] = Math.min(255, r + 0.5)
      out[target + 1] = Math.min(255, g + 0.5)
      out[target + 2] = Math.min(255, b + 0.5)
      out[target + 3] = 255
    }
  }
  return { width, height, data: out }
}

/** For each target pixel along one axis, the source pixels it covers and by what share. */
interface Coverage {
  /** Target pixel i uses entries start[i] up to start[i + 1]. */
  readonly start: Int32Array
  readonly index: Int32Array
  readonly weight: Float32Array
}

function coverage(source: number, target: number): Coverage {
  const ratio = source / target
  const start = new Int32Array(target + 1)
  const index: number[] = []
  const weight: number[] = []
  for (let i = 0; i < target; i++) {
    start[i] = index.length
    const from = i * ratio
    const to = Math.min(source, (i + 1) * ratio)
    for (let j = Math.floor(from); j < to; j++) {
      const share = Math.min(to, j + 1) - Math.max(from, j)
      if (share <= 0) continue
      index.push(j)
      weight.push(share / ratio)
    }
  }
  start[target] = index.length
  return { start, index: Int32Array.from(index), weight: Float32Array.from(weight) }
}

/** Ids in a query: one JSON parameter each, read in slices so memory stays flat. */
const idsPerRead = 500
/** Originals are up to 512 KB each: a few dozen at a time. */
const originalsPerRead = 25
const rowsPerInsert = 100

/**
 * The print photos of the given members who have a photo, by member id. Each is made once and
 * kept in `print_photo`; the ones missing are made now and written in one go, inside the
 * caller's transaction if there is one.
 */
export async function printPhotos(
  db: Kysely<Database>,
  memberIds: readonly number[],
): Promise<Map<number, Buffer>> {
  const photos = new Map<number, Buffer>()
  const missing: number[] = []
  for (const ids of slices(memberIds, idsPerRead)) {
    const rows = await db
      .selectFrom('member')
      .leftJoin('print_photo', 'print_photo.member_id', 'member.id')
      .select(['member.id', 'print_photo.image'])
      .where('member.id', 'in', idList(ids))
      .where('member.photo', 'is not', null)
      .execute()
    for (const row of rows) {
      if (row.image === null) missing.push(row.id)
      else photos.set(row.id, asBuffer(row.image))
    }
  }

  const made: { member_id: number; image: Buffer }[] = []
  for (const ids of slices(missing, originalsPerRead)) {
    const rows = await db
      .selectFrom('member')
      .select(['id', 'photo', 'photo_mime'])
      .where('id', 'in', idList(ids))
      .execute()
    for (const row of rows) {
      if (row.photo === null || row.photo_mime === null) continue
      const image = printPhotoOf(row.photo, row.photo_mime)
      if (image === null) continue
      photos.set(row.id, image)
      made.push({ member_id: row.id, image })
    }
  }
  if (made.length > 0) await inTransaction(db, (trx) => insertPrintPhotos(trx, made))
  return photos
}

async function insertPrintPhotos(
  db: Kysely<Database>,
  rows: readonly { member_id: number; image: Buffer }[],
): Promise<void> {
  for (const chunk of slices(rows, rowsPerInsert)) {
    // Another directory made at the same time may have written some of them already.
    await db
      .insertInto('print_photo')
      .values(chunk)
      .onConflict((conflict) => conflict.column('member_id').doNothing())
      .execute()
  }
}

function* slices<T>(items: readonly T[], size: number): Generator<readonly T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size)
}

const asBuffer = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
