import type { Locale } from '../../api/club.ts'
import type { MeetingType } from '../../api/meetings.ts'

export interface MeetingText {
  readonly types: Readonly<Record<MeetingType, string>>
  readonly with: string
  readonly speaker: string
  readonly topic: string
  readonly cancelled: string
  readonly file: string
}

/** What files Kreis writes about meetings say, in the club's language. */
export const meetingText: Record<Locale, MeetingText> = {
  de: {
    types: {
      regular: 'Treffen',
      board: 'Vorstandssitzung',
      general_assembly: 'Mitgliederversammlung',
      social: 'Geselliges Treffen',
      joint: 'Gemeinsames Treffen',
      online: 'Online-Treffen',
    },
    with: 'mit',
    speaker: 'Referent/in',
    topic: 'Thema',
    cancelled: 'Abgesagt',
    file: 'treffen',
  },
  en: {
    types: {
      regular: 'Meeting',
      board: 'Board meeting',
      general_assembly: 'General assembly',
      social: 'Fellowship',
      joint: 'Joint meeting',
      online: 'Online meeting',
    },
    with: 'with',
    speaker: 'Speaker',
    topic: 'Topic',
    cancelled: 'Cancelled',
    file: 'meetings',
  },
}
