import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, matchesGlob, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { clubFileExtension } from '../../../src/core/session/session.ts'

// electron-builder itself is not installed (over 80 MB of tooling for a step only a release
// machine runs), so the configuration is read as data and checked against what the app needs.

interface BuilderConfig {
  appId: string
  productName: string
  files: string[]
  asar: boolean
  asarUnpack: string[]
  npmRebuild: boolean
  electronFuses: Record<string, boolean>
  fileAssociations: { ext: string }[]
  linux: { target: string[] }
  win: { target: string[] }
  mac: { target: string[] }
  nsis: { deleteAppDataOnUninstall: boolean }
}

const config = parse(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  productName: string
  main: string
  scripts: Record<string, string>
}

/** electron-builder's rule: the last pattern that matches a path decides, `!` excludes. */
function shipped(path: string): boolean {
  let included = false
  for (const pattern of config.files) {
    const negated = pattern.startsWith('!')
    if (matchesGlob(path, negated ? pattern.slice(1) : pattern)) included = !negated
  }
  return included
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(dir, entry))
    .filter((path) => statSync(path).isFile())
}

/** The folders the core finds with `resourceDir('<folder>', …)` at runtime. */
function resourceFolders(): string[] {
  const folders = new Set<string>()
  for (const file of filesUnder('src/core').filter((path) => path.endsWith('.ts'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/resourceDir\('([^']+)'/g)) {
      folders.add(match[1] as string)
    }
  }
  return [...folders].sort()
}

describe('electron-builder.yml', () => {
  it('names the app as package.json does', () => {
    expect(config.appId).toBe('de.kreis.app')
    expect(config.productName).toBe(manifest.productName)
  })

  it('builds AppImage and deb, an NSIS installer and a dmg', () => {
    expect(config.linux.target.sort()).toEqual(['AppImage', 'deb'])
    expect(config.win.target).toEqual(['nsis'])
    expect(config.mac.target).toEqual(['dmg'])
  })

  it('flips every fuse the app can do without', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      // The renderer still loads from file:// (see the comment in the file).
      grantFileProtocolExtraPrivileges: true,
    })
  })

  it('packs into an archive, unpacking the better-sqlite3 binaries of every platform', () => {
    expect(config.asar).toBe(true)
    const prebuilds = filesUnder('node_modules/better-sqlite3/prebuilds')
    expect(prebuilds.length).toBeGreaterThan(0)
    for (const binary of prebuilds) {
      expect(
        config.asarUnpack.some((pattern) => matchesGlob(binary, pattern)),
        binary,
      ).toBe(true)
    }
    // The binaries load in Electron as they are; a rebuild would try to compile them.
    expect(config.npmRebuild).toBe(false)
  })

  it('ships the built app and nothing of the sources or tests', () => {
    expect(shipped(manifest.main)).toBe(true)
    for (const path of ['out/preload/index.cjs', 'out/renderer/index.html']) {
      expect(shipped(path), path).toBe(true)
    }
    if (existsSync('out'))
      for (const path of filesUnder('out')) expect(shipped(path), path).toBe(true)
    for (const path of [
      'src/core/session/session.ts',
      'src/ui/App.vue',
      'electron/main/index.ts',
      'test/unit/electron/packaging.test.ts',
      'test/support/session.ts',
      'club.kreis',
      'README.md',
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
    ]) {
      expect(shipped(path), path).toBe(false)
    }
  })

  it('ships every resource folder the core reads, where it looks from out/main', () => {
    const folders = resourceFolders()
    expect(folders).toEqual(['fonts', 'sectors'])
    for (const folder of folders) {
      // src/core/resources.ts: `../../resources/<folder>` from the bundle in out/main.
      const fromBundle = relative(resolve('.'), resolve('out/main', '../../resources', folder))
      const files = filesUnder(fromBundle)
      expect(files.length, folder).toBeGreaterThan(0)
      for (const path of files) expect(shipped(path), path).toBe(true)
    }
  })

  it('associates club files with the app', () => {
    expect(config.fileAssociations.map((association) => `.${association.ext}`)).toEqual([
      clubFileExtension,
    ])
  })

  it('never deletes the user data folder (and its clubs) on uninstall', () => {
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false)
  })

  it('is run by `npm run package` after a fresh build', () => {
    expect(manifest.scripts['package']).toBe('electron-vite build && electron-builder')
  })
})
