import { describe, expect, it } from 'vitest'
import { systemLocaleFrom, uiLocale } from '../../../electron/main/locale.ts'
import type { AppState } from '../../../src/api/club.ts'

describe('systemLocaleFrom', () => {
  it.each([
    [['de-DE'], 'en-US', 'de'],
    [['de-CH', 'fr-CH'], 'en', 'de'],
    [['DE-at'], 'en', 'de'],
    [['en-GB', 'de-DE'], 'de', 'en'],
    [['fr-CH', 'de-CH'], 'fr', 'de'],
    [['fr-FR'], 'fr', 'en'],
    [[], 'de', 'de'],
    [[], '', 'en'],
  ] as const)('%j with app locale %j → %s', (preferred, appLocale, expected) => {
    expect(systemLocaleFrom(preferred, appLocale)).toBe(expected)
  })
})

describe('uiLocale', () => {
  const state: AppState = {
    version: '1.0.0',
    systemLocale: 'de',
    welcomeLocale: 'en',
    club: null,
    recent: [],
    startupError: null,
  }

  it('follows the open club, else the welcome screen', () => {
    expect(uiLocale(state)).toBe('en')
    const club = {
      path: '/c.kreis',
      name: 'C',
      kind: 'bni',
      locale: 'de',
      schemaVersion: 1,
      migratedFrom: null,
      backupPath: null,
    } as const
    expect(uiLocale({ ...state, club })).toBe('de')
  })
})
