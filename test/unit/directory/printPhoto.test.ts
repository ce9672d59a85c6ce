import { crc32, deflateSync } from 'node:zlib'
import { decode, encode } from 'jpeg-js'
import { sql } from 'kysely'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { printEdge, printPhotoOf, printPhotos } from '../../../src/core/directory/printPhoto.ts'
import { createMembers } from '../../../src/core/members/memberWrite.ts'
import { setPhoto } from '../../../src/core/members/photo.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { person } from '../../support/members.ts'
import { fixedClock } from '../../support/temp.ts'

/** A colourful test card: gradients, so a wrong resampling or colour order shows. */
function pixels(width: number, height: number, alpha: (x: number, y: number) => number) {
  const data = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4
      data[at] = (x * 255) / width
      data[at + 1] = (y * 255) / height
      data[at + 2] = 90
      data[at + 3] = alpha(x, y)
    }
  }
  return { width, height, data }
}

const jpegOf = (width: number, height: number) =>
  encode(
    pixels(width, height, () => 255),
    90,
  ).data

function pngOf(width: number, height: number, alpha: (x: number, y: number) => number) {
  const png = new PNG({ width, height })
  png.data = Buffer.from(pixels(width, height, alpha).data)
  return PNG.sync.write(png)
}

const dataUrl = (mime: string, bytes: Uint8Array) =>
  `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(body.length)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])))
  return Buffer.concat([head, body, crc])
}

/** An interlaced RGBA PNG with the given (already filtered) data. */
function interlacedPng(width: number, height: number, data: Buffer): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 6, 0, 0, 1], 8)
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(data, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A valid JPEG whose frame header claims 30,000 × 30,000 pixels. */
function giantJpeg(): Buffer {
  const bytes = Buffer.from(jpegOf(16, 16))
  const frame = bytes.indexOf(Buffer.from([0xff, 0xc0]))
  bytes.writeUInt16BE(30_000, frame + 5)
  bytes.writeUInt16BE(30_000, frame + 7)
  return bytes
}

describe('printPhotoOf', () => {
  it('scales a large PNG down to a JPEG, transparency laid over white', () => {
    // The left half is transparent.
    const result = printPhotoOf(
      pngOf(600, 400, (x) => (x < 300 ? 0 : 255)),
      'image/png',
    )
    expect(result?.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
    const image = decode(result ?? Buffer.alloc(0), { useTArray: true })
    expect([image.width, image.height]).toEqual([240, 160])
    const at = (x: number, y: number) =>
      Array.from(image.data.subarray((y * 240 + x) * 4, (y * 240 + x) * 4 + 3))
    for (const channel of at(40, 80)) expect(channel).toBeGreaterThan(245)
    // The opaque half keeps its colours: red rises to the right, green downwards.
    const [red, green, blue] = at(200, 120)
    expect(red).toBeGreaterThan(190)
    expect(green).toBeGreaterThan(160)
    expect(Math.abs((blue ?? 0) - 90)).toBeLessThan(15)
  })

  it('scales a large JPEG down, keeping its aspect ratio', () => {
    const result = printPhotoOf(jpegOf(375, 500), 'image/jpeg')
    const image = decode(result ?? Buffer.alloc(0), { useTArray: true })
    expect([image.width, image.height]).toEqual([180, printEdge])
    expect(result?.length).toBeLessThan(20_000)
  })

  it('keeps a PNG or JPEG that is print size already as it is', () => {
    const png = pngOf(100, 120, () => 128)
    expect(printPhotoOf(png, 'image/png')?.equals(png)).toBe(true)
    const small = jpegOf(240, 180)
    expect(printPhotoOf(small, 'image/jpeg')?.equals(small)).toBe(true)
  })

  it('gives nothing for images it cannot read', () => {
    const webp = Buffer.concat([
      Buffer.from('RIFF'),
      Buffer.alloc(4),
      Buffer.from('WEBPVP8 '),
      Buffer.alloc(40),
    ])
    expect(printPhotoOf(webp, 'image/webp')).toBeNull()
    expect(printPhotoOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'image/jpeg')).toBeNull()
    expect(printPhotoOf(Buffer.from('89504e470d0a1a0a0000', 'hex'), 'image/png')).toBeNull()
    expect(printPhotoOf(jpegOf(20, 20), 'image/png')).toBeNull()
  })

  it('refuses images that claim more pixels than a photo can have', () => {
    expect(printPhotoOf(giantJpeg(), 'image/jpeg')).toBeNull()
    // Interlaced data is inflated before pngjs sees it, and only up to what the size allows.
    const pixel = interlacedPng(1, 1, Buffer.from([0, 200, 100, 50, 255]))
    expect(printPhotoOf(pixel, 'image/png')?.equals(pixel)).toBe(true)
    expect(
      printPhotoOf(interlacedPng(1000, 1000, Buffer.alloc(20_000_000)), 'image/png'),
    ).toBeNull()
  })
})

describe('printPhotos', () => {
  const openClub = useOpenClub()

  it('makes each print photo once, keeps it, and makes it again when the photo changes', async () => {
    const { db } = await openClub()
    const [large, small, none, webp] = await createMembers(
      db,
      [person(), person(), person(), person()],
      'active',
      fixedClock,
    )
    const ids = [large, small, none, webp] as number[]
    const smallJpeg = Buffer.from(jpegOf(120, 150))
    await setPhoto(db, ids[0] as number, dataUrl('image/jpeg', jpegOf(500, 400)), fixedClock)
    await setPhoto(db, ids[1] as number, dataUrl('image/jpeg', smallJpeg), fixedClock)
    const webpBytes = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBP')])
    await setPhoto(db, ids[3] as number, dataUrl('image/webp', webpBytes), fixedClock)

    const first = await printPhotos(db, ids)
    expect([...first.keys()].sort()).toEqual([ids[0], ids[1]].sort())
    expect(first.get(ids[1] as number)?.equals(smallJpeg)).toBe(true)
    expect(decode(first.get(ids[0] as number) ?? Buffer.alloc(0)).width).toBe(240)
    const stored = await db.selectFrom('print_photo').selectAll().orderBy('member_id').execute()
    expect(stored.map((row) => row.member_id)).toEqual([ids[0], ids[1]])

    // The second time they come from the table, untouched.
    const marker = Buffer.from(jpegOf(8, 8))
    await db
      .updateTable('print_photo')
      .set({ image: marker })
      .where('member_id', '=', ids[0] as number)
      .execute()
    expect((await printPhotos(db, ids)).get(ids[0] as number)?.equals(marker)).toBe(true)

    await setPhoto(db, ids[0] as number, dataUrl('image/jpeg', jpegOf(60, 80)), fixedClock)
    expect(
      await db
        .selectFrom('print_photo')
        .select('member_id')
        .where('member_id', '=', ids[0] as number)
        .execute(),
    ).toEqual([])
    const changed = await printPhotos(db, ids)
    expect(decode(changed.get(ids[0] as number) ?? Buffer.alloc(0)).width).toBe(60)
    await setPhoto(db, ids[1] as number, null, fixedClock)
    expect([...(await printPhotos(db, ids)).keys()]).toEqual([ids[0]])
  })

  it('reads thousands of members and writes what is missing within the caller’s transaction', async () => {
    const { db } = await openClub()
    const ids = await createMembers(
      db,
      Array.from({ length: 1200 }, (_, index) => person({ lastName: `Muster${index}` })),
      'active',
      fixedClock,
    )
    await db
      .updateTable('member')
      .set({ photo: Buffer.from(jpegOf(48, 60)), photo_mime: 'image/jpeg' })
      .execute()
    const wanted = Array.from({ length: 5000 }, (_, index) => index + 1)
    const photos = await db.transaction().execute((trx) => printPhotos(trx, wanted))
    expect(photos.size).toBe(ids.length)
    const count = await db
      .selectFrom('print_photo')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow()
    expect(count.n).toBe(ids.length)
  })
})
