import { writeFileSync } from 'node:fs'
import { fileErrorFrom } from '../db/sqliteErrors.ts'

/** Writes a file the user chose a place for; a disk or permission problem names the path. */
export function writeExport(path: string, bytes: Uint8Array | string): void {
  try {
    writeFileSync(path, bytes)
  } catch (error) {
    throw fileErrorFrom(error, path)
  }
}
