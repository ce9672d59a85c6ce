import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { maxRecent, PreferencesStore, withRecent } from '../../../src/core/session/preferences.ts'
import { slugify } from '../../../src/core/session/slug.ts'
import { useTempDir } from '../../support/temp.ts'

const tempDir = useTempDir()

describe('preferences', () => {
  it('reads a damaged file as empty instead of failing', () => {
    const path = join(tempDir(), 'preferences.json')
    writeFileSync(path, '{ not json')
    expect(new PreferencesStore(path).read()).toEqual({
      recent: [],
      lastClub: null,
      welcomeLocale: null,
    })
    writeFileSync(path, JSON.stringify({ recent: 'nope', welcomeLocale: 'fr' }))
    expect(new PreferencesStore(path).read()).toEqual({
      recent: [],
      lastClub: null,
      welcomeLocale: null,
    })
  })

  it('writes through a temporary file and reads back what it wrote', () => {
    const path = join(tempDir(), 'sub', 'preferences.json')
    new PreferencesStore(path).update((p) => ({ ...p, welcomeLocale: 'en' }))
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ welcomeLocale: 'en' })
    expect(new PreferencesStore(path).read().welcomeLocale).toBe('en')
  })

  it('keeps the recent list short, newest first, without duplicates', () => {
    let recent = withRecent([], { path: 'a', name: 'A', openedAt: '1' })
    for (let i = 0; i < 20; i++)
      recent = withRecent(recent, { path: `p${i}`, name: 'P', openedAt: '2' })
    recent = withRecent(recent, { path: 'p5', name: 'P5', openedAt: '3' })
    expect(recent).toHaveLength(maxRecent)
    expect(recent[0]).toEqual({ path: 'p5', name: 'P5', openedAt: '3' })
    expect(recent.filter((r) => r.path === 'p5')).toHaveLength(1)
  })
})

describe('file names from club names', () => {
  it('transliterates German and drops what file systems dislike', () => {
    expect(slugify('Rotary Club Köln-Süd')).toBe('rotary-club-koeln-sued')
    expect(slugify('BNI Chapter „Großstadt“ / Mitte')).toBe('bni-chapter-grossstadt-mitte')
    expect(slugify('Café Crème')).toBe('cafe-creme')
    expect(slugify('???')).toBe('club')
  })
})
