import type { Locale } from '../club.ts'
import type { ErrorCode, KreisErrorData } from '../errors.ts'
import { fieldLabels } from './fieldLabels.ts'

/**
 * Error texts live with the contract so that the UI, the CLI and the main process render
 * the same `{ code, params }` the same way. Placeholders use vue-i18n's `{name}` form.
 */
export const errorMessages: Record<Locale, Record<ErrorCode, string>> = {
  de: {
    internal: 'Ein unerwarteter Fehler ist aufgetreten. Ihre Daten wurden nicht verändert.',
    'ipc.forbidden': 'Diese Anfrage kam nicht aus dem Kreis-Fenster und wurde abgewiesen.',
    'procedure.unknown': 'Unbekannte Funktion „{name}“.',
    'input.invalid': 'Ungültige Eingabe im Feld „{field}“: {reason}',
    'club.noneOpen': 'Es ist kein Club geöffnet.',
    'club.notRecent': 'Diese Datei steht nicht in der Liste der zuletzt geöffneten Clubs.',
    'file.notFound': 'Die Datei „{path}“ wurde nicht gefunden.',
    'file.notAFile': '„{path}“ ist ein Ordner, keine Club-Datei.',
    'file.exists': 'Die Datei „{path}“ gibt es schon. Wählen Sie einen anderen Namen.',
    'file.notOpened':
      'Gespeichert unter „{path}“, aber kein Programm hat die Datei geöffnet. Öffnen Sie sie bitte selbst.',
    'file.readOnly':
      'Die Datei „{path}“ ist schreibgeschützt. Heben Sie den Schreibschutz auf oder öffnen Sie eine Kopie.',
    'file.folderReadOnly':
      'Im Ordner von „{path}“ darf Kreis nicht schreiben. Kopieren Sie die Datei in einen beschreibbaren Ordner.',
    'file.notSqlite':
      '„{path}“ ist keine Kreis-Datei (kein Datenbankformat). Die Datei bleibt unverändert.',
    'file.notKreis':
      '„{path}“ ist eine Datenbank, aber keine Kreis-Club-Datei. Die Datei bleibt unverändert.',
    'file.corrupt':
      'Die Datei „{path}“ ist beschädigt und kann nicht geöffnet werden. Die Datei bleibt unverändert; stellen Sie eine Sicherung wieder her.',
    'file.truncated':
      'Die Datei „{path}“ ist unvollständig (abgeschnitten). Die Datei bleibt unverändert; stellen Sie eine Sicherung wieder her.',
    'file.newerSchema':
      '„{path}“ wurde mit einer neueren Kreis-Version gespeichert (Datenstand {fileVersion}, diese Version kennt {appVersion}). Bitte aktualisieren Sie Kreis.',
    'file.locked': 'Die Datei „{path}“ wird gerade von einem anderen Programm benutzt.',
    'file.writeFailed': 'Die Datei „{path}“ konnte nicht geschrieben werden.',
    'file.diskFull': 'Der Datenträger von „{path}“ ist voll. Es wurde nichts gespeichert.',
    'file.noWal':
      'Der Speicherort von „{path}“ unterstützt die sichere Schreibweise von Kreis nicht (z. B. ein Netzlaufwerk). Kopieren Sie die Datei auf ein lokales Laufwerk.',
    'logo.invalid': 'Das Logo muss ein PNG-, JPEG- oder WebP-Bild sein.',
    'logo.tooLarge': 'Das Logo ist zu groß (höchstens {maxKb} KB nach dem Verkleinern).',
    'photo.invalid': 'Das Foto muss ein PNG-, JPEG- oder WebP-Bild sein.',
    'photo.tooLarge': 'Das Foto ist zu groß (höchstens {maxKb} KB nach dem Verkleinern).',
    'member.notFound': 'Dieses Mitglied gibt es nicht (mehr).',
    'member.numberTaken': 'Die Mitgliedsnummer „{number}“ ist schon vergeben.',
    'member.numberPattern':
      'Das Muster für Mitgliedsnummern muss genau einmal {n} oder {n:Stellen} enthalten, z. B. „M-{n:5}“.',
    'member.statusAction': '„{action}“ ist für ein Mitglied mit Status „{status}“ nicht möglich.',
    'member.notOrganisation': 'Verknüpft werden kann nur mit einer Organisation.',
    'member.selfReference': 'Ein Mitglied kann nicht mit sich selbst verknüpft werden.',
    'member.customField': 'Das Zusatzfeld „{field}“: {reason}',
    'office.notFound': 'Dieses Amt gibt es nicht (mehr).',
    'role.notFound': 'Diese Funktion gibt es nicht (mehr).',
    'import.unreadable':
      'Die Datei „{file}“ kann nicht gelesen werden. Erwartet wird CSV (UTF-8, Windows-1252 oder Unicode-Text aus Excel) oder XLSX.',
    'import.empty': 'Die Datei „{file}“ enthält keine Zeilen.',
    'import.tooLarge':
      'Die Datei „{file}“ ist zu groß: Importiert werden Dateien bis {maxMb} MB. Speichern Sie eine sehr lange Liste als Excel-Arbeitsmappe (XLSX) oder als „CSV UTF-8“, das braucht weniger Platz.',
    'import.unclosedQuote':
      'In Zeile {row} der Datei „{file}“ öffnet ein Feld ein Anführungszeichen, das nie geschlossen wird: Der Rest der Datei wäre ein einziges Feld. Es wurde nichts übernommen; korrigieren Sie die Datei.',
    'import.noNameColumn':
      'Keine Spalte ist Nachname oder Organisation zugeordnet. Ordnen Sie mindestens eine davon zu.',
    'import.rejectedRows':
      '{count} Zeilen haben Fehler; es wurde nichts gespeichert. Korrigieren Sie die Datei oder importieren Sie nur die gültigen Zeilen.',
    'export.nothing': 'Es gibt keine Mitglieder, die exportiert werden könnten.',
    'sector.notFound': 'Diese Branche gibt es nicht (mehr).',
    'sector.codeTaken': 'Den Branchenschlüssel „{code}“ gibt es schon.',
    'sector.cycle':
      'Eine Branche kann nicht unter sich selbst oder eine ihrer Unterbranchen verschoben werden.',
    'sector.mergeSelf':
      'Eine Branche kann nicht mit sich selbst oder einer ihrer Unterbranchen zusammengeführt werden.',
    'sector.retired':
      'Die Branche „{code}“ ist stillgelegt und kann keinem Mitglied mehr zugeordnet werden.',
    'policy.violated':
      'Die Klassifikation „{classification}“ hätte damit {count} Mitglieder (erlaubt: {limit}). Schon vertreten durch: {holders}. Speichern nur mit Begründung.',
    'dues.period':
      '„{period}“ ist kein Abrechnungszeitraum. Erlaubt sind ein Clubjahr (2026/27), ein Monat (2027-01) oder ein Bereich (2026-07-01..2026-12-31).',
    'dues.typeNotFound': 'Diese Mitgliedsart gibt es nicht (mehr).',
    'dues.chargeNotFound': 'Diese Forderung gibt es nicht (mehr).',
    'dues.chargeNotOpen': 'Die Forderung {number} ist schon bezahlt.',
    'dues.chargeCancelled': 'Die Forderung {number} ist storniert.',
    'dues.paymentNotFound': 'Diese Zahlung gibt es nicht (mehr).',
    'dues.paymentReversed': 'Diese Zahlung wurde schon zurückgebucht.',
    'dues.runNotFound': 'Diesen Abrechnungslauf gibt es nicht (mehr).',
    'dues.runCancelled': 'Der Abrechnungslauf {period} ist schon storniert.',
    'dues.nothingToBill': 'Für {period} ist niemand abzurechnen; es wurde nichts gebucht.',
    'dues.overCredit':
      'Die Gutschrift ({amount}) ist höher als der offene Betrag der Forderung {number} ({open}).',
    'dues.paymentCollected':
      'Diese Zahlung ist eine SEPA-Lastschrift. Erfassen Sie unter „Lastschrift“ eine Rücklastschrift, damit der Einzug als zurückgegeben gilt.',
    'dunning.nothing': 'Am {date} ist niemand zu mahnen.',
    'sepa.creditorId':
      '„{value}“ ist keine gültige Gläubiger-Identifikationsnummer (z. B. DE98ZZZ09999999999).',
    'sepa.creditorMissing': 'Für den Lastschrifteinzug fehlen in den Einstellungen: {fields}.',
    'sepa.mandateTaken': 'Die Mandatsreferenz „{reference}“ ist schon vergeben.',
    'sepa.mandateNotFound': 'Dieses Mandat gibt es nicht (mehr).',
    'sepa.mandatePattern':
      'Das Muster für Mandatsreferenzen muss {number} oder {n} enthalten; erlaubt sind A–Z, a–z, 0–9 und + ? / - : ( ) . , Leerzeichen.',
    'sepa.collectionDate':
      'Der Einzug am {date} ist zu früh; die Bank nimmt frühestens den {earliest} an.',
    'sepa.nothingToCollect': 'Zum {date} ist nichts per Lastschrift einzuziehen.',
    'sepa.notCollected': 'Die Forderung {number} wurde nicht per Lastschrift eingezogen.',
    'sepa.invalidXml':
      'Die SEPA-Datei entspricht nicht dem Schema pain.008.001.08 ({reason}); sie wurde nicht gespeichert.',
    'sepa.fileNotKept':
      'Von diesem Einzug ({date}) ist keine Datei gespeichert; er wurde ohne sie erfasst.',
    'sepa.noFirstDebits':
      'Der Einzug am {date} ist für niemanden die erste Lastschrift; es ist keine Vorabinformation nötig.',
    'backup.failed':
      'Die Sicherung nach „{path}“ ist fehlgeschlagen. Die Club-Datei selbst ist unverändert.',
    'backup.checkFailed':
      'Die Sicherung „{path}“ hat die Prüfung nicht bestanden und wurde verworfen.',
    'backup.notFound': 'Die Sicherung „{name}“ gibt es im Sicherungsordner dieses Clubs nicht.',
    'backup.folder':
      'In den Ordner „{path}“ kann Kreis keine Sicherungen schreiben. Wählen Sie einen anderen Ordner.',
    'meeting.notFound': 'Dieses Treffen gibt es nicht (mehr).',
    'meeting.seriesNotFound': 'Diese Terminreihe gibt es nicht (mehr).',
    'meeting.cancelled':
      'Das Treffen am {date} ist abgesagt; für ein abgesagtes Treffen wird keine Anwesenheit erfasst.',
    'meeting.hasRecords':
      'Das Treffen am {date} hat schon Anwesenheit oder Gäste und kann nur abgesagt, nicht gelöscht werden.',
    'meeting.endBeforeStart': 'Das Ende ({end}) liegt vor dem Beginn ({start}).',
    'meeting.range':
      'Der Zeitraum ist ungültig: „{from}“ liegt nach „{to}“ oder umfasst mehr als {years} Jahre.',
    'meeting.nthNeeded':
      'Für eine monatliche Reihe fehlt, am wievielten Wochentag des Monats sie stattfindet.',
    'meeting.nothingInRange': 'Zwischen {from} und {to} gibt es keine Treffen.',
    'attendance.codeNotFound': 'Diesen Anwesenheitscode gibt es nicht (mehr).',
    'attendance.codeKeyTaken':
      'Die Taste „{key}“ ist mehreren aktiven Codes zugeordnet (Zeile {row}).',
    'attendance.codeMeaningMissing': 'Es fehlt ein aktiver Code mit der Bedeutung „{meaning}“.',
    'attendance.memberNotFound': 'Dieses Mitglied ({id}) gibt es nicht (mehr).',
    'attendance.makeUpDetails':
      'Zu einem Nachholtermin gehören Datum und Club (Mitglied {member}).',
    'attendance.substituteName':
      'Zu einer Vertretung gehört der Name der Vertretung (Mitglied {member}).',
    'attendance.leaveRange': 'Die Beurlaubung endet ({to}) vor ihrem Beginn ({from}).',
    'attendance.notHeldYet':
      'Das Treffen am {date} liegt in der Zukunft; Anwesenheit wird erst ab dem Tag erfasst.',
    'guest.notFound': 'Diesen Gast gibt es nicht (mehr).',
    'guest.visitTwice': '{name} ist bei diesem Treffen schon als Gast eingetragen.',
    'guest.converted': '{name} ist schon Mitglied geworden.',
    'guest.visitNeedsGuest': 'Wählen Sie einen bekannten Gast oder geben Sie einen neuen ein.',
    'referral.notFound': 'Diese Empfehlung gibt es nicht (mehr).',
    'referral.sameMember':
      'Eine Empfehlung geht von einem Mitglied an ein anderes, nicht an sich selbst.',
    'tyfcb.notFound': 'Diesen Umsatzeintrag gibt es nicht (mehr).',
    'tyfcb.referralMismatch': 'Die gewählte Empfehlung ging nicht von {giver} an {receiver}.',
    'oneToOne.notFound': 'Dieses Einzelgespräch gibt es nicht (mehr).',
    'oneToOne.sameMember': 'Ein Einzelgespräch führen zwei verschiedene Mitglieder.',
    'referral.hasTyfcb':
      'Zu dieser Empfehlung ist ein abgeschlossenes Geschäft erfasst: Sie kann nicht gelöscht und ihre Mitglieder nicht geändert werden.',
    'attendance.leaveNotFound': 'Diese Beurlaubung gibt es nicht (mehr).',
    'guest.visitNotFound': 'Dieser Gastbesuch ist nicht (mehr) eingetragen.',
  },
  en: {
    internal: 'Something unexpected went wrong. Your data has not been changed.',
    'ipc.forbidden': 'This request did not come from the Kreis window and was rejected.',
    'procedure.unknown': 'Unknown function “{name}”.',
    'input.invalid': 'Invalid input in field “{field}”: {reason}',
    'club.noneOpen': 'No club is open.',
    'club.notRecent': 'This file is not in the list of recently opened clubs.',
    'file.notFound': 'The file “{path}” was not found.',
    'file.notAFile': '“{path}” is a folder, not a club file.',
    'file.exists': 'The file “{path}” already exists. Choose another name.',
    'file.notOpened': 'Saved as “{path}”, but no program opened the file. Please open it yourself.',
    'file.readOnly': 'The file “{path}” is read-only. Remove the write protection or open a copy.',
    'file.folderReadOnly':
      'Kreis may not write to the folder of “{path}”. Copy the file to a writable folder.',
    'file.notSqlite': '“{path}” is not a Kreis file (not a database). The file was left unchanged.',
    'file.notKreis':
      '“{path}” is a database, but not a Kreis club file. The file was left unchanged.',
    'file.corrupt':
      'The file “{path}” is damaged and cannot be opened. The file was left unchanged; restore a backup.',
    'file.truncated':
      'The file “{path}” is incomplete (truncated). The file was left unchanged; restore a backup.',
    'file.newerSchema':
      '“{path}” was saved by a newer version of Kreis (data version {fileVersion}, this version knows {appVersion}). Please update Kreis.',
    'file.locked': 'The file “{path}” is in use by another program.',
    'file.writeFailed': 'The file “{path}” could not be written.',
    'file.diskFull': 'The disk of “{path}” is full. Nothing was saved.',
    'file.noWal':
      'The location of “{path}” does not support Kreis’s safe way of writing (e.g. a network share). Copy the file to a local drive.',
    'logo.invalid': 'The logo must be a PNG, JPEG or WebP image.',
    'logo.tooLarge': 'The logo is too large (at most {maxKb} KB after downscaling).',
    'photo.invalid': 'The photo must be a PNG, JPEG or WebP image.',
    'photo.tooLarge': 'The photo is too large (at most {maxKb} KB after downscaling).',
    'member.notFound': 'This member does not exist (any more).',
    'member.numberTaken': 'The member number “{number}” is already taken.',
    'member.numberPattern':
      'The member number pattern must contain {n} or {n:digits} exactly once, e.g. “M-{n:5}”.',
    'member.statusAction': '“{action}” is not possible for a member with status “{status}”.',
    'member.notOrganisation': 'Only an organisation can be linked here.',
    'member.selfReference': 'A member cannot be linked to itself.',
    'member.customField': 'The custom field “{field}”: {reason}',
    'office.notFound': 'This office does not exist (any more).',
    'role.notFound': 'This role does not exist (any more).',
    'import.unreadable':
      'The file “{file}” cannot be read. Kreis expects CSV (UTF-8, Windows-1252 or Excel’s Unicode Text) or XLSX.',
    'import.empty': 'The file “{file}” has no rows.',
    'import.tooLarge':
      'The file “{file}” is too large: Kreis imports files of up to {maxMb} MB. Save a very long list as an Excel workbook (XLSX) or as “CSV UTF-8”, which take less space.',
    'import.unclosedQuote':
      'In row {row} of “{file}” a field opens a quotation mark that is never closed, so the rest of the file would be a single field. Nothing was taken over; please correct the file.',
    'import.noNameColumn':
      'No column is mapped to last name or organisation. Map at least one of them.',
    'import.rejectedRows':
      '{count} rows have errors; nothing was saved. Correct the file or import only the valid rows.',
    'export.nothing': 'There are no members to export.',
    'sector.notFound': 'This sector does not exist (any more).',
    'sector.codeTaken': 'The sector code “{code}” already exists.',
    'sector.cycle': 'A sector cannot be moved under itself or one of its sub-sectors.',
    'sector.mergeSelf': 'A sector cannot be merged into itself or one of its sub-sectors.',
    'sector.retired': 'The sector “{code}” is retired and cannot be given to a member any more.',
    'policy.violated':
      'The classification “{classification}” would then have {count} members (allowed: {limit}). Already held by: {holders}. Saving needs a reason.',
    'dues.period':
      '“{period}” is not a billing period. Use a club year (2026/27), a month (2027-01) or a range (2026-07-01..2026-12-31).',
    'dues.typeNotFound': 'This membership type no longer exists.',
    'dues.chargeNotFound': 'This charge no longer exists.',
    'dues.chargeNotOpen': 'Charge {number} is already paid.',
    'dues.chargeCancelled': 'Charge {number} is cancelled.',
    'dues.paymentNotFound': 'This payment no longer exists.',
    'dues.paymentReversed': 'This payment has already been reversed.',
    'dues.runNotFound': 'This billing run no longer exists.',
    'dues.runCancelled': 'The billing run {period} is already cancelled.',
    'dues.nothingToBill': 'Nobody is to be billed for {period}; nothing was booked.',
    'dues.overCredit':
      'The credit ({amount}) is more than what is open on charge {number} ({open}).',
    'dues.paymentCollected':
      'This payment is a SEPA direct debit. Record a return under “Direct debit”, so the collection shows it as returned.',
    'dunning.nothing': 'Nobody is to be reminded on {date}.',
    'sepa.creditorId': '“{value}” is not a valid creditor identifier (e.g. DE98ZZZ09999999999).',
    'sepa.creditorMissing': 'Direct debit needs these settings: {fields}.',
    'sepa.mandateTaken': 'The mandate reference “{reference}” is already taken.',
    'sepa.mandateNotFound': 'This mandate no longer exists.',
    'sepa.mandatePattern':
      'The mandate reference pattern must contain {number} or {n}; allowed are A–Z, a–z, 0–9, + ? / - : ( ) . , and spaces.',
    'sepa.collectionDate':
      'A collection on {date} is too early; the bank accepts {earliest} at the earliest.',
    'sepa.nothingToCollect': 'Nothing is to be collected by direct debit on {date}.',
    'sepa.notCollected': 'Charge {number} was not collected by direct debit.',
    'sepa.invalidXml':
      'The SEPA file does not match the pain.008.001.08 schema ({reason}); it was not saved.',
    'sepa.fileNotKept':
      'No file is kept for this collection ({date}); it was recorded without one.',
    'sepa.noFirstDebits':
      'The collection on {date} is nobody’s first debit; no pre-notification is needed.',
    'backup.failed': 'The backup to “{path}” failed. The club file itself is unchanged.',
    'backup.checkFailed': 'The backup “{path}” failed its check and was discarded.',
    'backup.notFound': 'There is no backup “{name}” in this club’s backup folder.',
    'backup.folder': 'Kreis cannot write backups to the folder “{path}”. Choose another folder.',
    'meeting.notFound': 'This meeting does not exist (any more).',
    'meeting.seriesNotFound': 'This meeting series does not exist (any more).',
    'meeting.cancelled':
      'The meeting on {date} is cancelled; no attendance is recorded for a cancelled meeting.',
    'meeting.hasRecords':
      'The meeting on {date} already has attendance or guests; it can be cancelled but not deleted.',
    'meeting.endBeforeStart': 'The end ({end}) is before the start ({start}).',
    'meeting.range':
      'The period is invalid: “{from}” is after “{to}” or spans more than {years} years.',
    'meeting.nthNeeded':
      'A monthly series needs to say on which weekday of the month it meets (1st, 2nd … last).',
    'meeting.nothingInRange': 'There are no meetings between {from} and {to}.',
    'attendance.codeNotFound': 'This attendance code does not exist (any more).',
    'attendance.codeKeyTaken': 'The key “{key}” is given to more than one active code (row {row}).',
    'attendance.codeMeaningMissing': 'An active code meaning “{meaning}” is missing.',
    'attendance.memberNotFound': 'This member ({id}) does not exist (any more).',
    'attendance.makeUpDetails': 'A make-up needs its date and club (member {member}).',
    'attendance.substituteName': 'A substitute needs the substitute’s name (member {member}).',
    'attendance.leaveRange': 'The leave of absence ends ({to}) before it starts ({from}).',
    'attendance.notHeldYet':
      'The meeting on {date} is in the future; attendance is recorded from that day on.',
    'guest.notFound': 'This guest does not exist (any more).',
    'guest.visitTwice': '{name} is already listed as a guest at this meeting.',
    'guest.converted': '{name} has already become a member.',
    'guest.visitNeedsGuest': 'Choose a known guest or enter a new one.',
    'referral.notFound': 'This referral does not exist (any more).',
    'referral.sameMember': 'A referral goes from one member to another, not to themselves.',
    'tyfcb.notFound': 'This closed-business entry does not exist (any more).',
    'tyfcb.referralMismatch': 'The chosen referral did not go from {giver} to {receiver}.',
    'oneToOne.notFound': 'This one-to-one does not exist (any more).',
    'oneToOne.sameMember': 'A one-to-one is between two different members.',
    'referral.hasTyfcb':
      'Closed business is recorded for this referral: it cannot be deleted and its members cannot be changed.',
    'attendance.leaveNotFound': 'This leave of absence does not exist (any more).',
    'guest.visitNotFound': 'This guest visit is not recorded (any more).',
  },
}

export const inputReasons = [
  'required',
  'tooLong',
  'notAllowed',
  'wrongType',
  'format',
  'outOfRange',
  'unexpected',
  'date',
  'email',
  'phone',
  'postcode',
  'sectorCode',
  'iban',
  'bic',
  'bicNeeded',
  'time',
  'key',
  'fileName',
] as const
export type InputReason = (typeof inputReasons)[number]

const reasonMessages: Record<Locale, Record<InputReason, string>> = {
  de: {
    required: 'darf nicht leer sein',
    tooLong: 'ist zu lang',
    notAllowed: 'dieser Wert ist nicht vorgesehen',
    wrongType: 'hat den falschen Typ',
    format: 'hat nicht das erwartete Format',
    outOfRange: 'liegt außerhalb des erlaubten Bereichs',
    unexpected: 'ist hier nicht vorgesehen',
    date: 'ist kein gültiges Datum',
    email: 'ist keine gültige E-Mail-Adresse',
    phone: 'ist keine gültige Telefonnummer',
    postcode: 'passt nicht zum Land (Deutschland: 5 Ziffern, Österreich und Schweiz: 4)',
    sectorCode: 'darf nur Buchstaben, Ziffern und . _ - / enthalten',
    iban: 'ist keine gültige IBAN (Länge oder Prüfziffer stimmt nicht)',
    bic: 'ist kein gültiger BIC (8 oder 11 Zeichen, z. B. COBADEFFXXX)',
    bicNeeded:
      'wird für ein Konto außerhalb des EWR benötigt (z. B. Schweiz, Vereinigtes Königreich)',
    time: 'ist keine Uhrzeit im Format SS:MM (z. B. 07:00 oder 12:30)',
    key: 'muss genau ein Buchstabe oder eine Ziffer sein',
    fileName: 'ist kein Name einer Sicherung dieses Clubs',
  },
  en: {
    required: 'must not be empty',
    tooLong: 'is too long',
    notAllowed: 'this value is not allowed',
    wrongType: 'has the wrong type',
    format: 'does not have the expected format',
    outOfRange: 'is out of range',
    unexpected: 'is not expected here',
    date: 'is not a valid date',
    email: 'is not a valid e-mail address',
    phone: 'is not a valid phone number',
    postcode: 'does not fit the country (Germany: 5 digits, Austria and Switzerland: 4)',
    sectorCode: 'may hold only letters, digits and . _ - /',
    iban: 'is not a valid IBAN (wrong length or check digits)',
    bic: 'is not a valid BIC (8 or 11 characters, e.g. COBADEFFXXX)',
    bicNeeded: 'is needed for an account outside the EEA (e.g. Switzerland, the United Kingdom)',
    time: 'is not a time in the form HH:MM (e.g. 07:00 or 12:30)',
    key: 'must be exactly one letter or digit',
    fileName: 'is not the name of one of this club’s backups',
  },
}

function isInputReason(value: unknown): value is InputReason {
  return typeof value === 'string' && (inputReasons as readonly string[]).includes(value)
}

/** Own labels only: a field named `constructor` or `__proto__` must not find Object's. */
function labelOf(locale: Locale, field: string): string | undefined {
  return Object.hasOwn(fieldLabels[locale], field) ? fieldLabels[locale][field] : undefined
}

/** Renders `{ code, params }` in the given language; used by the UI, the CLI and main. */
export function formatError(error: KreisErrorData, locale: Locale): string {
  const params: Record<string, string | number> = { ...error.params }
  if (error.code === 'input.invalid') {
    const field = String(params['field'] ?? '')
    // `member.lastName` from a nested input reads like `lastName` to a person.
    const inner = field.replace(/^member\./, '')
    params['field'] = labelOf(locale, field) ?? labelOf(locale, inner) ?? field
    if (isInputReason(params['reason'])) params['reason'] = reasonMessages[locale][params['reason']]
  }
  return errorMessages[locale][error.code].replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key]
    return value === undefined ? whole : String(value)
  })
}
