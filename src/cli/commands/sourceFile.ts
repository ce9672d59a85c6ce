import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import type { ImportSource } from '../../api/memberTransfer.ts'
import { fileErrorFrom } from '../../core/db/sqliteErrors.ts'

/** A file to import, in the form the renderer sends it, so the CLI takes the same path. */
export function importSourceFrom(file: string): ImportSource {
  const path = resolve(file)
  try {
    return { fileName: basename(path), contentBase64: readFileSync(path).toString('base64') }
  } catch (error) {
    throw fileErrorFrom(error, path)
  }
}
