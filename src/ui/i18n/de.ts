import { memberListDe } from './memberListDe.ts'
import { memberPageDe } from './memberPageDe.ts'
import { transferDe } from './transferDe.ts'
import { sectorsDe } from './sectorsDe.ts'
import { directoryDe } from './directoryDe.ts'
import { duesDe } from './duesDe.ts'
import { meetingsDe } from './meetingsDe.ts'
import { businessDe } from './businessDe.ts'
import { backupsDe } from './backupsDe.ts'

/** German is the source language; English must have exactly the same keys (typed in en.ts). */
export const de = {
  ...memberListDe,
  member: memberPageDe,
  ...transferDe,
  ...sectorsDe,
  ...directoryDe,
  ...duesDe,
  ...meetingsDe,
  ...businessDe,
  ...backupsDe,
  app: {
    name: 'Kreis',
    tagline: 'Clubverwaltung für Rotary, Lions, BNI, Unternehmerclubs und Kammern',
    windowTitle: '{club} — Kreis',
  },
  nav: {
    label: 'Hauptnavigation',
    members: 'Mitglieder',
    sectors: 'Branchen',
    dues: 'Beiträge',
    meetings: 'Treffen',
    directory: 'Verzeichnis',
    settings: 'Einstellungen',
    about: 'Über Kreis',
  },
  kinds: {
    rotary: 'Rotary Club',
    lions: 'Lions Club',
    bni: 'BNI-Chapter',
    business_club: 'Unternehmerclub',
    chamber: 'Kammer',
    association: 'Verband / Verein',
  },
  locales: { de: 'Deutsch', en: 'Englisch' },
  welcome: {
    title: 'Willkommen bei Kreis',
    intro:
      'Kreis verwaltet Ihren Club an einem Ort: Mitglieder, Beiträge, Treffen und das Mitgliederverzeichnis. Alle Daten bleiben in einer Datei auf Ihrem Rechner.',
    language: 'Sprache',
    createTitle: 'Neuen Club anlegen',
    createIntro: 'Legen Sie eine neue Club-Datei an. Alle Angaben lassen sich später ändern.',
    name: 'Name des Clubs',
    namePlaceholder: 'z. B. Rotary Club Musterstadt',
    nameRequired: 'Bitte geben Sie den Namen des Clubs ein.',
    kind: 'Art des Clubs',
    clubLanguage: 'Sprache des Clubs',
    chooseLocation: 'Speicherort selbst wählen',
    defaultLocation: 'Die Datei wird im Ordner „Kreis/clubs“ Ihrer Benutzerdaten gespeichert.',
    create: 'Club anlegen',
    demoTitle: 'Demo-Club ausprobieren',
    demoIntro:
      'Ein Rotary Club mit 60 erfundenen Mitgliedern: ideal, um Kreis ohne eigene Daten kennenzulernen.',
    openDemo: 'Demo-Club öffnen',
    openTitle: 'Vorhandenen Club öffnen',
    openFile: 'Club-Datei öffnen …',
    recent: 'Zuletzt geöffnet',
    noRecent: 'Noch keine Clubs geöffnet.',
    forget: 'Aus der Liste entfernen',
    working: 'Einen Moment …',
  },
  shell: {
    switchClub: 'Club wechseln',
    closeClub: 'Club schließen',
    migrated:
      'Die Datei wurde auf Datenstand {to} aktualisiert. Eine Sicherung des alten Stands liegt unter {backup}.',
  },
  settings: {
    title: 'Einstellungen',
    profile: 'Clubprofil',
    name: 'Name',
    kind: 'Art',
    address: 'Anschrift',
    street: 'Straße',
    houseNumber: 'Hausnr.',
    postcode: 'PLZ',
    town: 'Ort',
    country: 'Land',
    meetingPlace: 'Treffpunkt',
    meetingPlacePlaceholder: 'z. B. Hotel zur Post, Marktplatz 1 – dienstags 12:30 Uhr',
    language: 'Sprache',
    languageHint: 'Sprache der Oberfläche und der Dokumente dieses Clubs.',
    currency: 'Währung',
    yearStart: 'Clubjahr beginnt im',
    yearStartHint: 'Rotary und Lions: Juli. Sonst meist Januar.',
    bank: 'Bankverbindung',
    bankHint:
      'Das Konto des Clubs, z. B. für Mitgliedsbeiträge. Im EWR genügt die IBAN, der BIC ist dann freiwillig.',
    bankName: 'Bank',
    iban: 'IBAN',
    ibanPlaceholder: 'z. B. DE89 3704 0044 0532 0130 00',
    bic: 'BIC',
    bankProblems: {
      iban: 'Keine gültige IBAN: Länge oder Prüfziffer stimmt nicht.',
      bic: 'Kein gültiger BIC: 8 oder 11 Zeichen, z. B. COBADEFFXXX.',
      bicNeeded: 'Für ein Konto außerhalb des EWR wird der BIC benötigt.',
    },
    logo: 'Logo',
    logoChoose: 'Bild wählen …',
    logoRemove: 'Logo entfernen',
    logoNone: 'Kein Logo',
    logoHint: 'PNG, JPEG oder WebP. Große Bilder werden verkleinert.',
    logoAlt: 'Logo des Clubs',
    save: 'Speichern',
    saved: 'Gespeichert.',
    file: 'Club-Datei',
    filePath: 'Speicherort',
    schemaVersion: 'Datenstand',
    saveCopy: 'Kopie speichern …',
    copySaved: 'Kopie gespeichert: {path}',
  },
  countries: {
    DE: 'Deutschland',
    AT: 'Österreich',
    CH: 'Schweiz',
    LI: 'Liechtenstein',
    LU: 'Luxemburg',
    NL: 'Niederlande',
    BE: 'Belgien',
    FR: 'Frankreich',
    IT: 'Italien',
    DK: 'Dänemark',
    PL: 'Polen',
    CZ: 'Tschechien',
    GB: 'Vereinigtes Königreich',
    US: 'Vereinigte Staaten',
  },
  about: {
    title: 'Über Kreis',
    version: 'Version {version}',
    text: 'Kreis speichert jeden Club in einer einzigen Datei auf Ihrem Rechner. Nichts verlässt den Rechner, außer Sie exportieren es.',
    close: 'Schließen',
  },
  errors: {
    title: 'Das hat nicht geklappt',
  },
}

export type MessageSchema = typeof de
