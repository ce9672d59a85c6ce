import { join } from 'node:path'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { createClubFile } from '../../../src/core/db/createClubFile.ts'
import { openClubFile } from '../../../src/core/db/openClubFile.ts'
import { fillDemoClub } from '../../../src/core/demo/demoClub.ts'
import {
  demoHasPhotos,
  demoPhotoOf,
  maxMembersWithPhotos,
} from '../../../src/core/demo/demoPhotos.ts'
import { generateDemoMembers } from '../../../src/core/demo/members.ts'
import { portraitHeight, portraitOf, portraitWidth } from '../../../src/core/demo/portraits.ts'
import { createRandom } from '../../../src/core/demo/random.ts'
import type { DemoMember } from '../../../src/core/demo/types.ts'
import { printPhotoOf } from '../../../src/core/directory/printPhoto.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'

const members = (count: number, seed = 1): DemoMember[] => [
  ...generateDemoMembers({
    count,
    seed,
    today: '2026-11-21',
    timestamp: '2026-11-21T10:00:00.000Z',
    locale: 'de',
  }),
]

const club = members(200)

const decode = (bytes: Buffer) => PNG.sync.read(bytes)

describe('portraitOf', () => {
  const portraits = club.map((member) => portraitOf(createRandom(member.id), member))

  it('draws the same bytes from the same draws', () => {
    const member = club[10] as DemoMember
    expect(portraitOf(createRandom(42), member).equals(portraitOf(createRandom(42), member))).toBe(
      true,
    )
    expect(portraitOf(createRandom(43), member).equals(portraitOf(createRandom(42), member))).toBe(
      false,
    )
  })

  it('gives every member a portrait of their own, a small valid PNG of passport shape', () => {
    expect(new Set(portraits.map((bytes) => bytes.toString('base64'))).size).toBe(club.length)
    for (const bytes of portraits) {
      expect(bytes.length).toBeGreaterThan(300)
      expect(bytes.length).toBeLessThan(8 * 1024)
      const image = decode(bytes)
      expect([image.width, image.height]).toEqual([portraitWidth, portraitHeight])
    }
  })

  it('draws people against a backdrop and organisations as a logo on white', () => {
    const corner = (bytes: Buffer) => Array.from(decode(bytes).data.subarray(0, 3))
    const organisations = club.flatMap((member, index) =>
      member.kind === 'organisation' ? [portraits[index] as Buffer] : [],
    )
    expect(organisations.length).toBeGreaterThan(5)
    for (const logo of organisations) {
      for (const channel of corner(logo)) expect(channel).toBeGreaterThan(225)
    }
    // Without a face, a logo is mostly paper: far more light pixels than any portrait has.
    const light = (bytes: Buffer) => {
      const { data } = decode(bytes)
      let count = 0
      for (let at = 0; at < data.length; at += 4) {
        if (Math.min(data[at] ?? 0, data[at + 1] ?? 0, data[at + 2] ?? 0) > 225) count++
      }
      return count / (data.length / 4)
    }
    for (const logo of organisations) expect(light(logo)).toBeGreaterThan(0.6)
    const people = portraits.filter((_, index) => club[index]?.kind === 'person')
    for (const portrait of people) expect(light(portrait)).toBeLessThan(0.6)
  })

  it('is print size already, so printing keeps it as it is', () => {
    const portrait = portraits[0] as Buffer
    expect(printPhotoOf(portrait, 'image/png')?.equals(portrait)).toBe(true)
  })
})

describe('demo photos', () => {
  it('are drawn from the seed and the member alone', () => {
    const first = club.map((member) => demoPhotoOf(7, member))
    expect(club.map((member) => demoPhotoOf(7, member))).toEqual(first)
    // Nobody's photo depends on who was drawn before.
    const backwards = [...club].reverse().map((member) => demoPhotoOf(7, member))
    expect(backwards.reverse()).toEqual(first)
    expect(club.map((member) => demoPhotoOf(8, member))).not.toEqual(first)
  })

  it('are had by most current members, fewer applicants and former members', () => {
    const roster = members(1000, 3)
    const share = (test: (member: DemoMember) => boolean) => {
      const group = roster.filter(test)
      return group.filter((member) => demoPhotoOf(3, member) !== null).length / group.length
    }
    const current = (member: DemoMember) =>
      member.kind === 'person' && ['active', 'honorary', 'on_leave'].includes(member.status)
    expect(share(current)).toBeGreaterThan(0.8)
    expect(share(current)).toBeLessThan(0.9)
    expect(share((member) => member.status === 'former')).toBeLessThan(0.45)
  })

  it('are made for a club-sized demo only', () => {
    expect(maxMembersWithPhotos).toBe(5000)
    expect(demoHasPhotos(60)).toBe(true)
    expect(demoHasPhotos(5000)).toBe(true)
    expect(demoHasPhotos(5001)).toBe(false)
    expect(demoHasPhotos(100_000)).toBe(false)
  })

  const tempDir = useTempDir()

  async function demoPhotos(path: string, seed: number) {
    await createClubFile(path, (db) =>
      fillDemoClub(db, { members: 300, seed, locale: 'de', clock: fixedClock }),
    )
    const file = await openClubFile(path, { clock: fixedClock })
    try {
      return await file.db
        .selectFrom('member')
        .leftJoin('print_photo', 'print_photo.member_id', 'member.id')
        .select(['member.id', 'member.photo', 'member.photo_mime', 'print_photo.image'])
        .orderBy('member.id')
        .execute()
    } finally {
      await file.db.destroy()
    }
  }

  it('go into a small demo club with their print copies, the same for the same seed', async () => {
    const dir = tempDir()
    const rows = await demoPhotos(join(dir, 'first.kreis'), 5)
    const withPhoto = rows.filter((row) => row.photo !== null)
    expect(withPhoto.length).toBeGreaterThan(180)
    expect(withPhoto.length).toBeLessThan(280)
    for (const row of rows) {
      if (row.photo === null) {
        expect(row.photo_mime).toBeNull()
        expect(row.image).toBeNull()
        continue
      }
      expect(row.photo_mime).toBe('image/png')
      expect(Buffer.from(row.image ?? []).equals(Buffer.from(row.photo))).toBe(true)
    }
    expect(await demoPhotos(join(dir, 'again.kreis'), 5)).toEqual(rows)
  })
})
