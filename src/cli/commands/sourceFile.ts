import { readFileSync, statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { KreisError } from '../../api/errors.ts'
import { importSizeError, type ImportSource } from '../../api/memberTransfer.ts'
import { fileErrorFrom } from '../../core/db/sqliteErrors.ts'

/** A file to import, in the form the renderer sends it, so the CLI takes the same path. */
export function importSourceFrom(file: string): ImportSource {
  const path = resolve(file)
  const fileName = basename(path)
  let content: Buffer
  try {
    const tooLarge = importSizeError(fileName, statSync(path).size)
    if (tooLarge !== null) throw new KreisError(tooLarge.code, tooLarge.params)
    content = readFileSync(path)
  } catch (error) {
    throw error instanceof KreisError ? error : fileErrorFrom(error, path)
  }
  return { fileName, contentBase64: content.toString('base64') }
}
