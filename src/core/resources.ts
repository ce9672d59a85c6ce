import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * A subfolder of the app's `resources/` (fonts, sector taxonomies), wherever the code runs:
 * from the source tree (tests, CLI), from the bundle in `out/main` (electron-vite, maybe a
 * chunk one folder deeper) or from a packaged app's resources folder. The first candidate
 * holding `probe` wins; without one the source tree's path is returned, so a missing file is
 * reported under a path a developer recognises.
 */
export function resourceDir(folder: string, probe: string): string {
  const here = fileURLToPath(new URL('.', import.meta.url))
  const packaged = (process as { resourcesPath?: string }).resourcesPath
  const candidates = [
    resolve(here, '../../resources', folder),
    resolve(here, '../../../resources', folder),
    ...(packaged === undefined
      ? []
      : [join(packaged, folder), join(packaged, 'resources', folder)]),
  ]
  return candidates.find((dir) => existsSync(join(dir, probe))) ?? (candidates[0] as string)
}
