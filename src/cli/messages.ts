import type { Locale } from '../api/club.ts'

export const cliMessages = {
  de: {
    usage: `Aufruf: kreis <Befehl> [Optionen]

Befehle:
  init <Datei> --name <Name> --kind <Art> [--locale de|en]   neuen Club anlegen
  info <Datei>                                                 Clubprofil, Datenstand, Anzahlen
  demo <Datei> [--members N] [--seed S] [--locale de|en]      Demo-Club erzeugen

Optionen:
  --json   maschinenlesbare Ausgabe
  --help   diese Hilfe`,
    unknownCommand: 'Unbekannter Befehl „{command}“. „kreis --help“ zeigt alle Befehle.',
    missingFile: 'Bitte geben Sie die Club-Datei an.',
    badOption: 'Ungültige Option: {reason}',
    badNumber: '„--{option}“ erwartet eine ganze Zahl ab {min}.',
    created: 'Club „{name}“ angelegt: {path}',
    demoCreated: 'Demo-Club „{name}“ mit {members} Mitgliedern angelegt: {path} ({seconds} s)',
    name: 'Name',
    kind: 'Art',
    locale: 'Sprache',
    address: 'Anschrift',
    meetingPlace: 'Treffpunkt',
    yearStart: 'Clubjahr beginnt im Monat',
    schemaVersion: 'Datenstand',
    members: 'Mitglieder',
    activeMembers: 'davon aktiv',
    file: 'Datei',
  },
  en: {
    usage: `Usage: kreis <command> [options]

Commands:
  init <file> --name <name> --kind <kind> [--locale de|en]    create a new club
  info <file>                                                  club profile, schema version, counts
  demo <file> [--members N] [--seed S] [--locale de|en]       create a demo club

Options:
  --json   machine-readable output
  --help   this help`,
    unknownCommand: 'Unknown command “{command}”. “kreis --help” lists all commands.',
    missingFile: 'Please name the club file.',
    badOption: 'Invalid option: {reason}',
    badNumber: '“--{option}” expects a whole number of at least {min}.',
    created: 'Created club “{name}”: {path}',
    demoCreated: 'Created demo club “{name}” with {members} members: {path} ({seconds} s)',
    name: 'Name',
    kind: 'Kind',
    locale: 'Language',
    address: 'Address',
    meetingPlace: 'Meeting place',
    yearStart: 'Club year starts in month',
    schemaVersion: 'Schema version',
    members: 'Members',
    activeMembers: 'of them active',
    file: 'File',
  },
} satisfies Record<Locale, Record<string, string>>

export type CliMessageKey = keyof (typeof cliMessages)['de']

export function cliText(
  locale: Locale,
  key: CliMessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return cliMessages[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  )
}
