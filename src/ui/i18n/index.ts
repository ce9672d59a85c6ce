import { createI18n } from 'vue-i18n'
import type { Locale } from '../../api/club.ts'
import { de, type MessageSchema } from './de.ts'
import { en } from './en.ts'

export function createKreisI18n(locale: Locale = 'de') {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'de',
    messages: { de, en },
    datetimeFormats: {
      de: { month: { month: 'long' } },
      en: { month: { month: 'long' } },
    },
  })
}

export type KreisI18n = ReturnType<typeof createKreisI18n>
