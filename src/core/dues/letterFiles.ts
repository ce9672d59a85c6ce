import { randomUUID } from 'node:crypto'
import { closeSync, linkSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileErrorFrom } from '../db/sqliteErrors.ts'

/** A letter written under a temporary name, waiting for its run to be recorded. */
export interface PendingLetter {
  readonly folder: string
  readonly stem: string
  readonly temporary: string
}

/**
 * Writes a letter under a hidden temporary name in the folder. Until `publish` gives it its
 * name, a crash leaves at most a `.part` file behind, never a letter nobody recorded.
 */
export function writePending(folder: string, stem: string, bytes: Uint8Array): PendingLetter {
  const temporary = join(folder, `.${stem}.${process.pid}-${randomUUID().slice(0, 8)}.part`)
  try {
    writeFileSync(temporary, bytes, { flag: 'wx' })
  } catch (error) {
    rmSync(temporary, { force: true })
    throw fileErrorFrom(error, join(folder, `${stem}.pdf`))
  }
  return { folder, stem, temporary }
}

export function discard(letter: PendingLetter): void {
  rmSync(letter.temporary, { force: true })
}

/**
 * Gives the letter `stem.pdf`, or `stem-2.pdf`, `stem-3.pdf` … when that name is taken: no
 * file in the folder, a letter of an earlier run or anything else, is ever replaced. A hard
 * link claims a name only if it is free; where the file system has none (FAT on a USB stick),
 * an empty file claims it and the letter replaces that in one rename.
 */
export function publish(letter: PendingLetter): string {
  for (let copy = 1; ; copy += 1) {
    const name = copy === 1 ? `${letter.stem}.pdf` : `${letter.stem}-${copy}.pdf`
    const path = join(letter.folder, name)
    try {
      if (claim(letter.temporary, path)) return path
    } catch (error) {
      throw fileErrorFrom(error, path)
    }
  }
}

/** True once the letter has the name; false when the name is taken. */
function claim(temporary: string, path: string): boolean {
  try {
    linkSync(temporary, path)
    rmSync(temporary, { force: true })
    return true
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false
    if (!noLinks.has(codeOf(error))) throw error
  }
  try {
    closeSync(openSync(path, 'wx'))
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false
    throw error
  }
  renameSync(temporary, path)
  return true
}

/** What file systems without hard links answer. */
const noLinks = new Set<unknown>(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'])

const codeOf = (error: unknown): unknown =>
  typeof error === 'object' && error !== null && 'code' in error ? error.code : null
