import type { Locale } from '../api/club.ts'

export const cliMessages = {
  de: {
    usage: `Aufruf: kreis <Befehl> [Optionen]

Befehle:
  init <Datei> --name <Name> --kind <Art> [--locale de|en]   neuen Club anlegen
      [--taxonomy wz2008|professions|empty]  Branchen zum Start (Standard je nach Art)
  info <Datei>                                                 Clubprofil, Datenstand, Anzahlen
  demo <Datei> [--members N] [--seed S] [--locale de|en]      Demo-Club erzeugen
      [--kind rotary|bni]    Rotary Club (Standard) oder BNI-Chapter mit Empfehlungen
  import members <Datei> <CSV- oder XLSX-Datei>               Mitglieder importieren
      [--dry-run]            nur prüfen, nichts speichern
      [--update-duplicates]  vorhandene Mitglieder aktualisieren statt neu anlegen
      [--skip-invalid]       fehlerhafte Zeilen überspringen und den Rest speichern
  export members <Datei> --format csv|xlsx|vcf --out <Pfad>   Mitglieder exportieren
      [--publication]        nur, was die Mitglieder freigegeben haben
  search <Datei> <Text>                                        Mitglieder suchen
  member show <Datei> <Mitgliedsnummer>                        ein Mitglied anzeigen
  sectors <Datei> [--tree]                                     Branchen mit Mitgliederzahlen
  sectors import <Datei> <CSV-Datei>                           Branchen importieren
                                        (Spalten code, name_de, name_en, parent_code)
  sectors open-seats <Datei>                                   offene Plätze, schrumpfende Branchen
  policy check <Datei>                                         Klassifikationsregel prüfen
  directory <Datei> --out <PDF-Datei>                          Mitgliederverzeichnis als PDF
      [--paper a4|a5] [--columns 1|2] [--photos]  Format (Standard A5), Spalten, mit Fotos
      [--sections cover,contents,club,board,members,sectorIndex,dates,formerNames]
      [--statuses active,honorary]  aufgeführte Status   [--locale de|en]  Sprache
      [--club-year current|next]  laufendes oder nächstes Clubjahr   [--bank-details]  Bankverbindung
  list phone|birthdays|anniversaries|sectors|labels <Datei> --out <PDF-Datei>
                             Telefonliste, Geburtstage, Jubiläen, Branchenliste, Etiketten
      [--year N]             Jahr der Geburtstags- und Jubiläumsliste (Standard: dieses)
      [--layout 3x7|3x8]     Etikettenbogen A4 (70 × 42,3 mm oder 70 × 37 mm)
      [--statuses …] [--locale de|en]
  dues types <Datei>                                           Mitgliedsarten mit Beitragssätzen
  dues bill <Datei> --period <Zeitraum> [--dry-run]           Beiträge abrechnen
                             (Clubjahr 2026/27, Monat 2027-01 oder 2026-07-01..2026-12-31)
  dues pay <Datei> <Mitgliedsnummer> <Betrag>                  Zahlung buchen (Betrag z. B. 120,50)
      [--date JJJJ-MM-TT] [--method transfer|cash|direct_debit]
  dues outstanding <Datei>                                     offene Posten je Mitglied
  dues dun <Datei> --out <Ordner> [--date JJJJ-MM-TT] [--dry-run]   Mahnbriefe als PDF
  sepa export <Datei> --collection-date <JJJJ-MM-TT> --out <XML-Datei>
                             SEPA-Lastschriftdatei (pain.008.001.08)
  meetings <Datei> [--from JJJJ-MM-TT] [--to JJJJ-MM-TT]       Treffen (Standard: dieses Clubjahr)
  meetings generate <Datei> --club-year <2026/27>             Termine aller Reihen erzeugen
  meetings ics <Datei> --out <ICS-Datei> [--from …] [--to …]  Treffen als Kalenderdatei
  attendance <Datei> --meeting <JJJJ-MM-TT> --set <Nr>=<Code> …
                             Anwesenheit erfassen (Code: Taste, Bedeutung oder Bezeichnung;
                             Nachholtermin <Nr>=make_up:<Datum>:<Club>,
                             Vertretung <Nr>=substitute:<Name>)
  attendance report <Datei> [--from …] [--to …]               Präsenz je Mitglied
  referrals report <Datei> [--from …] [--to …]                Chapter-Bericht (Empfehlungen, TYFCB)
  backup <Datei> --out <Datei oder Ordner>                     geprüfte Sicherung (auch bei offener App)
  restore <Sicherung> --to <Datei>                             Sicherung wiederherstellen; die alte
                             Datei bleibt als <Datei>.before-restore-<Zeit>.kreis erhalten
  check <Datei>                                                Integrität, Verweise, Datenstand prüfen

Optionen:
  --json   maschinenlesbare Ausgabe
  --help   diese Hilfe

Beim Import ist der Exit-Code 1 und es wird nichts gespeichert, wenn Zeilen abgelehnt werden
(außer mit --skip-invalid). Beim Branchenimport ebenso, wenn eine Zeile fehlerhaft ist.
„policy check“ endet mit Exit-Code 1, wenn eine Klassifikation über ihrer Grenze liegt.
„check“ endet mit Exit-Code 1, wenn die Datei ein Problem hat.`,
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
    missingImportFile: 'Bitte geben Sie die CSV- oder XLSX-Datei an, die importiert werden soll.',
    missingSearch: 'Bitte geben Sie einen Suchbegriff an.',
    missingNumber: 'Bitte geben Sie die Mitgliedsnummer an.',
    importSource: 'Datei „{file}“: {encoding}{separator}',
    separator: ', Trennzeichen „{separator}“',
    tab: 'Tabulator',
    mappingTitle: 'Zuordnung der Spalten:',
    notMapped: '(wird nicht übernommen)',
    importCounts: 'Neu: {create} · Aktualisieren: {update} · Abgelehnt: {reject}',
    importRow: 'Zeile {row}{name}:',
    unknownStatus: 'unbekannter Status',
    duplicateInFile: 'kommt in der Datei mehrfach vor',
    numberTaken: 'ist schon vergeben',
    dryRun: 'Probelauf: Es wurde nichts gespeichert.',
    imported: 'Gespeichert: {created} neu angelegt, {updated} aktualisiert.',
    skipped: 'Übersprungene fehlerhafte Zeilen: {count}.',
    nothingImported: 'Es gab nichts zu speichern.',
    exported: '{count} Mitglieder exportiert: {path}',
    searchNone: 'Keine Treffer für „{text}“.',
    searchMore: '… und {more} weitere Treffer. Verfeinern Sie die Suche.',
    memberNumber: 'Mitgliedsnummer',
    status: 'Status',
    privateAddress: 'Privatanschrift',
    organisation: 'Organisation',
    people: 'Personen',
    sponsor: 'Pate / Bürge',
    offices: 'Ämter',
    consent: 'Einwilligungen',
    history: 'Letzte Änderungen',
    granted: 'ja',
    refused: 'nein',
    missingSectorFile: 'Bitte geben Sie die CSV-Datei mit den Branchen an.',
    sectorHeader: 'Schlüssel|Branche|aktiv|gesamt',
    sectorsNone: 'Der Club hat noch keine Branchen. „kreis sectors import“ lädt welche.',
    sectorRetired: '(stillgelegt)',
    sectorsImported: 'Branchen gespeichert: {created} neu, {updated} geändert.',
    sectorProblem: 'Zeile {row}, Feld „{field}“ („{value}“): {reason}',
    sectorsRejected: '{count} Zeilen haben Fehler; es wurde nichts gespeichert.',
    vacantTitle: 'Offene Plätze (gewünschte Klassifikationen ohne aktives Mitglied):',
    vacantNone: 'Keine offenen Plätze: Jede gewünschte Klassifikation ist besetzt.',
    noTargets: 'Der Club hat keine gewünschten Klassifikationen markiert.',
    decliningTitle: 'Schrumpfende Branchen (Mitglieder zum Jahresende):',
    decliningNone: 'Keine Branche ist in den letzten Jahren geschrumpft.',
    policyNone: 'Der Club hat keine Klassifikationsregel.',
    policyOk: 'Alle Klassifikationen liegen innerhalb der Regel.',
    policyOver: '{classification}: {count} Mitglieder, erlaubt {limit} – {holders}',
    reason_required: 'darf nicht leer sein',
    reason_sectorCode: 'darf nur Buchstaben, Ziffern und . _ - / enthalten',
    reason_duplicateInFile: 'kommt in der Datei mehrfach vor',
    reason_unknownParent: 'diese übergeordnete Branche gibt es nicht',
    reason_cycle: 'die Branche läge unter sich selbst',
    reason_tooLong: 'ist zu lang',
    madeDocument: '{pages} Seiten, {members} Mitglieder: {path}',
    missingOut: 'Bitte geben Sie mit --out an, wohin die PDF-Datei geschrieben werden soll.',
    badChoice: '„--{option}“: „{value}“ ist nicht vorgesehen. Möglich: {allowed}.',
    emptyOption: '„--{option}“ braucht einen Wert. Möglich: {allowed}.',
    missingList: 'Bitte geben Sie an, welche Liste: {allowed}.',
    unknownList: 'Unbekannte Liste „{value}“. Möglich: {allowed}.',
  },
  en: {
    usage: `Usage: kreis <command> [options]

Commands:
  init <file> --name <name> --kind <kind> [--locale de|en]    create a new club
      [--taxonomy wz2008|professions|empty]  starting sectors (default by kind)
  info <file>                                                  club profile, schema version, counts
  demo <file> [--members N] [--seed S] [--locale de|en]       create a demo club
      [--kind rotary|bni]    a Rotary club (default) or a BNI chapter with referrals
  import members <file> <csv or xlsx file>                     import members
      [--dry-run]            check only, save nothing
      [--update-duplicates]  update existing members instead of adding them again
      [--skip-invalid]       skip rows with errors and save the rest
  export members <file> --format csv|xlsx|vcf --out <path>    export members
      [--publication]        only what members agreed to publish
  search <file> <text>                                         search members
  member show <file> <member number>                           show one member
  sectors <file> [--tree]                                      sectors with member counts
  sectors import <file> <csv file>                             import sectors
                                        (columns code, name_de, name_en, parent_code)
  sectors open-seats <file>                                    open seats, shrinking sectors
  policy check <file>                                          check the classification policy
  directory <file> --out <pdf file>                            member directory as a PDF
      [--paper a4|a5] [--columns 1|2] [--photos]  paper (default A5), columns, with photos
      [--sections cover,contents,club,board,members,sectorIndex,dates,formerNames]
      [--statuses active,honorary]  statuses listed   [--locale de|en]  language
      [--club-year current|next]  the running or the next club year   [--bank-details]  bank account
  list phone|birthdays|anniversaries|sectors|labels <file> --out <pdf file>
                             phone list, birthdays, anniversaries, sector list, labels
      [--year N]             year of the birthday and anniversary lists (default: this one)
      [--layout 3x7|3x8]     A4 label sheet (70 × 42.3 mm or 70 × 37 mm)
      [--statuses …] [--locale de|en]
  dues types <file>                                            membership types with their fees
  dues bill <file> --period <period> [--dry-run]              bill dues
                             (club year 2026/27, month 2027-01 or 2026-07-01..2026-12-31)
  dues pay <file> <member number> <amount>                     record a payment (amount e.g. 120.50)
      [--date YYYY-MM-DD] [--method transfer|cash|direct_debit]
  dues outstanding <file>                                      open items per member
  dues dun <file> --out <folder> [--date YYYY-MM-DD] [--dry-run]   dunning letters as PDF
  sepa export <file> --collection-date <YYYY-MM-DD> --out <xml file>
                             SEPA direct debit file (pain.008.001.08)
  meetings <file> [--from YYYY-MM-DD] [--to YYYY-MM-DD]       meetings (default: this club year)
  meetings generate <file> --club-year <2026/27>              create the dates of every series
  meetings ics <file> --out <ics file> [--from …] [--to …]    meetings as a calendar file
  attendance <file> --meeting <YYYY-MM-DD> --set <no>=<code> …
                             record attendance (code: its key, meaning or label;
                             make-up <no>=make_up:<date>:<club>,
                             substitute <no>=substitute:<name>)
  attendance report <file> [--from …] [--to …]                attendance per member
  referrals report <file> [--from …] [--to …]                 chapter report (referrals, TYFCB)
  backup <file> --out <file or folder>                         checked backup (also while the app runs)
  restore <backup> --to <file>                                 restore a backup; the old file is kept
                             as <file>.before-restore-<time>.kreis
  check <file>                                                 check integrity, references, schema version

Options:
  --json   machine-readable output
  --help   this help

An import exits with code 1 and saves nothing when rows are rejected (unless --skip-invalid).
So does a sector import when any row has a problem.
“policy check” exits with code 1 when a classification is over its limit.
“check” exits with code 1 when the file has any problem.`,
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
    missingImportFile: 'Please name the CSV or XLSX file to import.',
    missingSearch: 'Please give a search text.',
    missingNumber: 'Please give the member number.',
    importSource: 'File “{file}”: {encoding}{separator}',
    separator: ', separator “{separator}”',
    tab: 'tab',
    mappingTitle: 'Columns:',
    notMapped: '(not imported)',
    importCounts: 'New: {create} · Update: {update} · Rejected: {reject}',
    importRow: 'Row {row}{name}:',
    unknownStatus: 'unknown status',
    duplicateInFile: 'appears more than once in the file',
    numberTaken: 'is already taken',
    dryRun: 'Dry run: nothing was saved.',
    imported: 'Saved: {created} added, {updated} updated.',
    skipped: 'Rows with errors skipped: {count}.',
    nothingImported: 'There was nothing to save.',
    exported: 'Exported {count} members: {path}',
    searchNone: 'No matches for “{text}”.',
    searchMore: '… and {more} more matches. Narrow the search.',
    memberNumber: 'Member number',
    status: 'Status',
    privateAddress: 'Private address',
    organisation: 'Organisation',
    people: 'People',
    sponsor: 'Sponsor',
    offices: 'Offices',
    consent: 'Consent',
    history: 'Recent changes',
    granted: 'yes',
    refused: 'no',
    missingSectorFile: 'Please name the CSV file with the sectors.',
    sectorHeader: 'Code|Sector|active|all',
    sectorsNone: 'The club has no sectors yet. “kreis sectors import” loads some.',
    sectorRetired: '(retired)',
    sectorsImported: 'Sectors saved: {created} added, {updated} changed.',
    sectorProblem: 'Row {row}, field “{field}” (“{value}”): {reason}',
    sectorsRejected: '{count} rows have errors; nothing was saved.',
    vacantTitle: 'Open seats (wanted classifications without an active member):',
    vacantNone: 'No open seats: every wanted classification is held.',
    noTargets: 'The club has not marked any wanted classifications.',
    decliningTitle: 'Shrinking sectors (members at the end of each year):',
    decliningNone: 'No sector has shrunk over the last years.',
    policyNone: 'The club has no classification policy.',
    policyOk: 'Every classification is within the policy.',
    policyOver: '{classification}: {count} members, {limit} allowed – {holders}',
    reason_required: 'must not be empty',
    reason_sectorCode: 'may hold only letters, digits and . _ - /',
    reason_duplicateInFile: 'appears more than once in the file',
    reason_unknownParent: 'there is no such parent sector',
    reason_cycle: 'the sector would lie under itself',
    reason_tooLong: 'is too long',
    madeDocument: '{pages} pages, {members} members: {path}',
    missingOut: 'Please name the PDF file to write with --out.',
    badChoice: '“--{option}”: “{value}” is not allowed. Choose from: {allowed}.',
    emptyOption: '“--{option}” needs a value. Choose from: {allowed}.',
    missingList: 'Please name the list: {allowed}.',
    unknownList: 'Unknown list “{value}”. Choose from: {allowed}.',
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
