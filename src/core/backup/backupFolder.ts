import { createHash, randomUUID } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { basename, extname, join, resolve } from 'node:path'
import { KreisError } from '../../api/errors.ts'
import { slugify } from '../session/slug.ts'

/**
 * `<base>/<club-slug>-<hash of the file's full path>`: each club file keeps its backups apart.
 * The name alone is not enough: "Save a copy…" makes a second `Rotary Köln.kreis` elsewhere,
 * and sharing a folder would let one file's restore bring in the other's data.
 */
export function clubBackupFolder(base: string, clubPath: string): string {
  const where = createHash('sha256').update(resolve(clubPath)).digest('hex').slice(0, 8)
  return join(base, `${clubStem(clubPath)}-${where}`)
}

/** The club file's name made safe: `Rotary Köln.kreis` → `rotary-koeln`. */
export function clubStem(clubPath: string): string {
  return slugify(basename(clubPath, extname(clubPath)))
}

/** Creates the folder if needed; any reason it cannot be made is one for choosing another. */
export function prepareFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true })
  } catch {
    throw new KreisError('backup.folder', { path: folder })
  }
}

/**
 * Proves a folder takes files by writing one: permission bits say little on network shares,
 * read-only mounts and for an administrator, for whom every bit reads as allowed. A refusal
 * names `shown`, the folder the user chose, rather than the club's folder made inside it.
 */
export function requireWritableFolder(folder: string, shown = folder): void {
  const probe = join(folder, `.kreis-probe-${randomUUID().slice(0, 8)}`)
  try {
    mkdirSync(folder, { recursive: true })
    writeFileSync(probe, '')
    rmSync(probe)
  } catch {
    throw new KreisError('backup.folder', { path: shown })
  }
}
