import { describe, expect, it } from 'vitest'
import { unpacksWithin } from '../../../src/core/members/import/unpackedSize.ts'
import { row, xlsx } from './xlsxZip.ts'

/** Where each central directory entry starts: the place a ZIP declares its sizes. */
function* directoryEntries(zip: Buffer): Generator<number> {
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02])
  for (let at = zip.indexOf(signature); at !== -1; at = zip.indexOf(signature, at + 4)) yield at
}

/** Overwrites a 32-bit field of every directory entry, as a forged ZIP would. */
function forge(zip: Buffer, offset: number, value: number): Buffer {
  const copy = Buffer.from(zip)
  for (const at of directoryEntries(copy)) copy.writeUInt32LE(value, at + offset)
  return copy
}

/** What the entries of `zip` declare they unpack to, all together. */
function declared(zip: Buffer): number {
  let total = 0
  for (const at of directoryEntries(zip)) total += zip.readUInt32LE(at + 24)
  return total
}

describe('how far a workbook unpacks', () => {
  const book = xlsx([row(1, ['Nachname']), row(2, ['Muster'])], 2)

  it('counts every byte the entries unpack to', async () => {
    const size = declared(book)
    expect(size).toBeGreaterThan(2 * 1024 * 1024)
    expect(await unpacksWithin(book, size)).toBe(true)
    expect(await unpacksWithin(book, size - 1)).toBe(false)
  })

  it('counts by unpacking, whatever sizes the directory declares', async () => {
    const lying = forge(book, 24, 10)
    expect(await unpacksWithin(lying, 1024 * 1024)).toBe(false)
  })

  it('refuses ZIP64, and leaves what is no ZIP to the workbook reader', async () => {
    expect(await unpacksWithin(forge(book, 20, 0xffffffff), 1024 ** 3)).toBe(false)
    expect(await unpacksWithin(Buffer.from('Nachname;Vorname'), 1)).toBe(true)
    expect(await unpacksWithin(book.subarray(0, book.length / 2), 1)).toBe(true)
  })
})
