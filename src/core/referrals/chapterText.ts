import type { ClubKind, Locale } from '../../api/club.ts'

/** The words of the chapter report, German and English. */
export const chapterText = {
  de: {
    title: 'Chapterbericht',
    otherTitle: 'Bericht Anwesenheit und Empfehlungen',
    stem: 'chapterbericht',
    period: 'Zeitraum: {from} – {to}',
    tyfcb: 'Umsatz aus abgeschlossenen Geschäften (TYFCB): {amount}',
    tyfcbNote:
      'Umsätze sind vertraulich und erscheinen nur als Summe; die Beträge einzelner Mitglieder stehen in keinem Bericht.',
    memberNumber: 'Mitgliedsnummer',
    name: 'Name',
    givenInside: 'Empf. intern',
    givenOutside: 'Empf. extern',
    received: 'Empf. erhalten',
    visitors: 'Besucher',
    oneToOnes: 'Einzelgespr.',
    total: 'Summe',
    noRows: 'Im Zeitraum gibt es keine Mitglieder.',
    sheet: 'Chapterbericht',
    totalsSheet: 'Summen',
    from: 'Von',
    to: 'Bis',
    tyfcbColumn: 'Umsatz TYFCB ({currency})',
    legend:
      'Empf. intern: eigene Geschäfte an ein Mitglied weitergegeben; extern: einen Dritten vorgestellt. Einzelgespräche zählen bei beiden Mitgliedern, die Summen sind Spaltensummen.',
  },
  en: {
    title: 'Chapter report',
    otherTitle: 'Attendance and referrals report',
    stem: 'chapter-report',
    period: 'Period: {from} – {to}',
    tyfcb: 'Closed business (TYFCB): {amount}',
    tyfcbNote:
      "Amounts are confidential and appear only as the total; no report shows a single member's amounts.",
    memberNumber: 'Member number',
    name: 'Name',
    givenInside: 'Given inside',
    givenOutside: 'Given outside',
    received: 'Received',
    visitors: 'Visitors',
    oneToOnes: 'One-to-ones',
    total: 'Total',
    noRows: 'No members in this period.',
    sheet: 'Chapter report',
    totalsSheet: 'Totals',
    from: 'From',
    to: 'To',
    tyfcbColumn: 'Closed business TYFCB ({currency})',
    legend:
      "Inside: own business passed to a member; outside: a third party introduced. A one-to-one counts for both members; totals are the columns' sums.",
  },
} as const

/** BNI calls it a chapter; a business club reads a plainer title. */
export function chapterTitle(kind: ClubKind, locale: Locale): string {
  return kind === 'bni' ? chapterText[locale].title : chapterText[locale].otherTitle
}
