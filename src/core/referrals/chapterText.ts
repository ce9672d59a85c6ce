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
    givenInside: 'Geg. intern',
    givenOutside: 'Geg. extern',
    receivedInside: 'Erh. intern',
    receivedOutside: 'Erh. extern',
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
      'Empfehlungen gegeben (Geg.) und erhalten (Erh.); intern: eigene Geschäfte an ein Mitglied weitergegeben, extern: einen Dritten vorgestellt. Einzelgespräche zählen bei beiden Mitgliedern, die Summen sind Spaltensummen.',
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
    givenInside: 'Given in',
    givenOutside: 'Given out',
    receivedInside: 'Rec. in',
    receivedOutside: 'Rec. out',
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
      "Referrals given and received (Rec.); in: own business passed to a member, out: a third party introduced. A one-to-one counts for both members; totals are the columns' sums.",
  },
} as const

/** BNI calls it a chapter; a business club reads a plainer title. */
export function chapterTitle(kind: ClubKind, locale: Locale): string {
  return kind === 'bni' ? chapterText[locale].title : chapterText[locale].otherTitle
}
