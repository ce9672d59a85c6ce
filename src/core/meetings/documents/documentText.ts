import type { Locale } from '../../../api/club.ts'
import type { AttendanceMeaning } from '../../../api/meetings.ts'

/** The words of the sign-in sheet and the attendance report, German and English. */
export const documentText = {
  de: {
    signInSheet: 'Anwesenheitsliste',
    signInStem: 'anwesenheitsliste',
    time: '{start} Uhr',
    timeRange: '{start}–{end} Uhr',
    place: 'Ort',
    type: 'Art',
    partnerClub: 'Gemeinsam mit',
    members: 'Mitglieder',
    noMembers: 'Zu diesem Treffen werden keine Mitglieder erwartet.',
    onLeave: 'beurlaubt',
    guests: 'Gäste',
    number: 'Nr.',
    name: 'Name',
    companyOrClassification: 'Firma / Klassifikation',
    company: 'Firma / Branche',
    invitedBy: 'Eingeladen von',
    signature: 'Unterschrift',
    attendanceReport: 'Anwesenheitsbericht',
    attendanceStem: 'anwesenheitsbericht',
    period: 'Zeitraum: {from} – {to}',
    meetings: 'Treffen mit Anwesenheitserfassung: {count}',
    clubPercent: 'Präsenz des Clubs: {percent}',
    threshold: 'Schwelle: {percent}',
    absenceLimit: 'Grenze: {limit} Abwesenheiten in 6 Monaten',
    expected: 'Erwartet',
    attended: 'Teilgen.',
    percent: 'Präsenz',
    rolling: 'Abw. 6 Mon.',
    note: 'Hinweis',
    total: 'Gesamt',
    belowThreshold: 'unter Schwelle',
    overLimit: 'Grenze erreicht',
    legend:
      'Fett mit Hinweis: Präsenz unter {threshold}{limit}. Nachgeholte Treffen zählen im selben Clubjahr; Beurlaubung, Krankheit und Vertretung zählen nicht als erwartet.',
    legendLimit: ' oder {limit} und mehr Abwesenheiten in den 6 Monaten bis {to}',
    noRows: 'Im Zeitraum gibt es keine Mitglieder mit Anwesenheit.',
    none: '–',
  },
  en: {
    signInSheet: 'Sign-in sheet',
    signInStem: 'sign-in-sheet',
    time: '{start}',
    timeRange: '{start}–{end}',
    place: 'Place',
    type: 'Type',
    partnerClub: 'Together with',
    members: 'Members',
    noMembers: 'No members are expected at this meeting.',
    onLeave: 'on leave',
    guests: 'Guests',
    number: 'No.',
    name: 'Name',
    companyOrClassification: 'Company / classification',
    company: 'Company / sector',
    invitedBy: 'Invited by',
    signature: 'Signature',
    attendanceReport: 'Attendance report',
    attendanceStem: 'attendance-report',
    period: 'Period: {from} – {to}',
    meetings: 'Meetings with a roll call: {count}',
    clubPercent: 'Club attendance: {percent}',
    threshold: 'Threshold: {percent}',
    absenceLimit: 'Limit: {limit} absences in 6 months',
    expected: 'Expected',
    attended: 'Attended',
    percent: 'Attendance',
    rolling: 'Abs. 6 mo.',
    note: 'Note',
    total: 'Total',
    belowThreshold: 'below threshold',
    overLimit: 'limit reached',
    legend:
      'Bold with a note: attendance below {threshold}{limit}. Make-ups count within the same club year; leave, medical and substitute do not count as expected.',
    legendLimit: ' or {limit} or more absences in the 6 months up to {to}',
    noRows: 'No members with attendance in this period.',
    none: '–',
  },
} as const

/** What a code means, for a column whose code the club no longer has. */
export const meaningText: Record<Locale, Record<AttendanceMeaning, string>> = {
  de: {
    present: 'Anwesend',
    absent: 'Abwesend',
    excused: 'Entschuldigt',
    make_up: 'Nachgeholt',
    leave: 'Beurlaubt',
    late: 'Verspätet',
    medical: 'Krankheit',
    substitute: 'Vertretung',
  },
  en: {
    present: 'Present',
    absent: 'Absent',
    excused: 'Excused',
    make_up: 'Make-up',
    leave: 'Leave',
    late: 'Late',
    medical: 'Medical',
    substitute: 'Substitute',
  },
}

/** `78,5 %` / `78.5%` (`60 %` with `digits` 0); a dash when nothing was expected. */
export function formatPercent(percent: number | null, locale: Locale, digits = 1): string {
  if (percent === null) return documentText[locale].none
  const number = percent.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: 1,
  })
  return locale === 'de' ? `${number}\u00a0%` : `${number}%`
}

/** `Samstag, 21. November 2026` / `Saturday, 21 November 2026`. */
export function meetingDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`))
}
