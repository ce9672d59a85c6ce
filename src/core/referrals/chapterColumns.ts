import type { Locale } from '../../api/club.ts'
import type { ChapterRow } from '../../api/business.ts'
import { chapterText } from './chapterText.ts'

export type BusinessKey = Exclude<keyof ChapterRow, 'member' | 'counts'>

/** The business figures of a chapter row, in the order the PDF and the sheet print them. */
export const businessKeys: readonly BusinessKey[] = [
  'referralsGivenInside',
  'referralsGivenOutside',
  'referralsReceivedInside',
  'referralsReceivedOutside',
  'visitors',
  'oneToOnes',
]

export function businessLabels(locale: Locale): string[] {
  const t = chapterText[locale]
  return [
    t.givenInside,
    t.givenOutside,
    t.receivedInside,
    t.receivedOutside,
    t.visitors,
    t.oneToOnes,
  ]
}
