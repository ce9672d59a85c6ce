import { openSync, readSync, closeSync } from 'node:fs'

/** The fields of SQLite's 100-byte file header that tell what a file is before opening it. */
export interface SqliteHeader {
  readonly pageSize: number
  readonly pageCount: number
  /** Whether `pageCount` is trustworthy (change counter matches version-valid-for). */
  readonly pageCountValid: boolean
  readonly userVersion: number
  readonly applicationId: number
}

const magic = Buffer.from('SQLite format 3\0', 'latin1')

/** Reads the header without SQLite, so that looking at a foreign file never touches it. */
export function readSqliteHeader(path: string): SqliteHeader | null {
  const header = Buffer.alloc(100)
  const fd = openSync(path, 'r')
  let read: number
  try {
    read = readSync(fd, header, 0, 100, 0)
  } finally {
    closeSync(fd)
  }
  if (read < 100 || !header.subarray(0, 16).equals(magic)) return null
  const rawPageSize = header.readUInt16BE(16)
  return {
    pageSize: rawPageSize === 1 ? 65536 : rawPageSize,
    pageCount: header.readUInt32BE(28),
    pageCountValid: header.readUInt32BE(24) === header.readUInt32BE(92),
    userVersion: header.readUInt32BE(60),
    applicationId: header.readUInt32BE(68),
  }
}
