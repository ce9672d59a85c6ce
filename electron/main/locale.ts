import type { AppState, Locale } from '../../src/api/club.ts'

/**
 * The first of the user's preferred languages that Kreis speaks, so a Swiss user who lists
 * French before German still gets German; English for everyone else.
 */
export function systemLocaleFrom(preferred: readonly string[], appLocale: string): Locale {
  for (const tag of [...preferred, appLocale]) {
    const language = tag.toLowerCase()
    if (language.startsWith('de')) return 'de'
    if (language.startsWith('en')) return 'en'
  }
  return 'en'
}

/** Menus and dialogs speak the open club's language, like the renderer does. */
export function uiLocale(state: AppState): Locale {
  return state.club?.locale ?? state.welcomeLocale
}
