import type { Locale } from '../../api/club.ts'

const messages = {
  de: {
    date: 'Datum',
    time: 'Zeit',
    type: 'Art',
    topic: 'Thema',
    attendance: 'Anwesend',
    guests: 'Gäste',
    cancelled: 'abgesagt',
    noMeetings: 'Zwischen {from} und {to} gibt es keine Treffen.',
    noSeries:
      'Dieser Club hat noch keine Terminreihe. Legen Sie sie in Kreis unter „Treffen“ an; dann erzeugt dieser Befehl die Termine.',
    generated:
      '{series}: {created} Treffen angelegt, {kept} schon vorhanden, {skipped} Ausfalltage.',
    icsWritten: '{count} Treffen als Kalenderdatei geschrieben: {path}',
    missingOut: 'Bitte geben Sie mit --out an, wohin die Kalenderdatei geschrieben werden soll.',
    missingMeeting: 'Bitte geben Sie mit --meeting den Tag des Treffens an (JJJJ-MM-TT).',
    noMeetingOn: 'Am {date} gibt es kein Treffen, das stattgefunden hat.',
    missingSet:
      'Bitte geben Sie mit --set <Mitgliedsnummer>=<Code> an, wer wie anwesend war (mehrfach möglich).',
    badSet:
      '„--set {value}“: erwartet wird <Mitgliedsnummer>=<Code>, für Nachholtermine <Nr>=<Code>:<Datum>:<Club>, für Vertretungen <Nr>=<Code>:<Name>.',
    unknownCode: '„{code}“ ist keiner der Anwesenheitscodes dieses Clubs ({codes}).',
    marked: '{count} Einträge für das Treffen am {date} gespeichert.',
    number: 'Nr.',
    name: 'Name',
    expected: 'Soll',
    attended: 'Ist',
    percent: 'Quote',
    absences6: 'Fehlt. 6 M.',
    note: 'Hinweis',
    below: 'unter {threshold} %',
    overLimit: '{count} Fehltermine in 6 Monaten',
    clubLine: '{meetings} Treffen mit Anwesenheit, Präsenz des Clubs {percent}.',
    noRollCall: 'Zwischen {from} und {to} wurde bei keinem Treffen die Anwesenheit erfasst.',
    palms: 'A/F/V/K/S',
    given: 'Empf. gegeben (in/ex)',
    received: 'erhalten (in/ex)',
    visitors: 'Besucher',
    oneToOnes: '1:1',
    total: 'Summe',
    tyfcbTotal: 'Umsatz aus Empfehlungen im Chapter (TYFCB): {amount}',
  },
  en: {
    date: 'Date',
    time: 'Time',
    type: 'Type',
    topic: 'Topic',
    attendance: 'Present',
    guests: 'Guests',
    cancelled: 'cancelled',
    noMeetings: 'There are no meetings between {from} and {to}.',
    noSeries:
      'This club has no meeting series yet. Create one in Kreis under “Meetings”; then this command generates its dates.',
    generated: '{series}: {created} meetings created, {kept} already there, {skipped} days off.',
    icsWritten: '{count} meetings written as a calendar file: {path}',
    missingOut: 'Please name the calendar file to write with --out.',
    missingMeeting: 'Please name the day of the meeting with --meeting (YYYY-MM-DD).',
    noMeetingOn: 'There is no meeting held on {date}.',
    missingSet: 'Please say who attended how with --set <member number>=<code> (can be repeated).',
    badSet:
      '“--set {value}”: expected <member number>=<code>, for make-ups <no>=<code>:<date>:<club>, for substitutes <no>=<code>:<name>.',
    unknownCode: '“{code}” is not one of this club’s attendance codes ({codes}).',
    marked: '{count} entries saved for the meeting on {date}.',
    number: 'No.',
    name: 'Name',
    expected: 'Expected',
    attended: 'Attended',
    percent: 'Rate',
    absences6: 'Abs. 6 m.',
    note: 'Note',
    below: 'below {threshold} %',
    overLimit: '{count} absences in 6 months',
    clubLine: '{meetings} meetings with a roll call, club attendance {percent}.',
    noRollCall: 'No roll call was taken at any meeting between {from} and {to}.',
    palms: 'P/A/L/M/S',
    given: 'Ref. given (in/out)',
    received: 'received (in/out)',
    visitors: 'Visitors',
    oneToOnes: '1-2-1',
    total: 'Total',
    tyfcbTotal: 'Closed business in the chapter (TYFCB): {amount}',
  },
} as const satisfies Record<Locale, Record<string, string>>

export type MeetingsTextKey = keyof (typeof messages)['de']

export function meetingsMessage(
  locale: Locale,
  key: MeetingsTextKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return messages[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  )
}
