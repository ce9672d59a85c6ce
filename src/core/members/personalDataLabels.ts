import type { Locale } from '../../api/club.ts'
import { isBuiltInTarget, targetLabel } from './import/targets.ts'

/** Texts of the Art. 15 document; field labels come from the import's, so they read the same. */
export const personalDataText = {
  de: {
    title: 'Auskunft nach Art. 15 DSGVO',
    intro:
      'Diese Auskunft enthält alle Daten, die {club} in der Mitgliederverwaltung Kreis über Sie gespeichert hat: Stammdaten, Einwilligungen, Ämter, Verknüpfungen und den Änderungsverlauf.',
    generatedAt: 'Erstellt am',
    member: 'Mitglied',
    record: 'Stammdaten',
    custom: 'Zusatzfelder',
    consent: 'Einwilligungen zur Veröffentlichung',
    offices: 'Ämter',
    links: 'Verknüpfungen',
    history: 'Änderungsverlauf',
    none: 'keine',
    granted: 'erteilt',
    refused: 'nicht erteilt',
    since: 'am',
    role: 'Amt',
    from: 'von',
    until: 'bis',
    when: 'Zeitpunkt',
    action: 'Vorgang',
    field: 'Feld',
    oldValue: 'vorher',
    newValue: 'nachher',
    organisation: 'Organisation',
    people: 'Personen der Organisation',
    sponsor: 'Pate / Bürge',
    page: 'Seite {page} von {pages}',
    photoStored: 'gespeichert ({mime}, {kb} KB); im JSON als Base64 enthalten',
  },
  en: {
    title: 'Information under Art. 15 GDPR',
    intro:
      'This document contains all data {club} keeps about you in the Kreis membership administration: record, consent, offices, links and the history of changes.',
    generatedAt: 'Created on',
    member: 'Member',
    record: 'Record',
    custom: 'Custom fields',
    consent: 'Consent to publication',
    offices: 'Offices',
    links: 'Links',
    history: 'History of changes',
    none: 'none',
    granted: 'granted',
    refused: 'not granted',
    since: 'on',
    role: 'Office',
    from: 'from',
    until: 'until',
    when: 'When',
    action: 'Action',
    field: 'Field',
    oldValue: 'before',
    newValue: 'after',
    organisation: 'Organisation',
    people: 'People of the organisation',
    sponsor: 'Sponsor',
    page: 'Page {page} of {pages}',
    photoStored: 'stored ({mime}, {kb} KB); included in the JSON as Base64',
  },
} satisfies Record<Locale, Record<string, string>>

const extraLabels: Record<Locale, Record<string, string>> = {
  de: {
    id: 'Interne Nummer',
    photo: 'Foto / Logo',
    organisationRole: 'Rolle in der Organisation',
    sector: 'Branche (Verzeichnis)',
    sectorId: 'Branche',
    secondarySectors: 'Weitere Branchen (Verzeichnis)',
    secondarySectorIds: 'Weitere Branchen',
    membershipType: 'Mitgliedschaftsart',
    leaveReason: 'Austrittsgrund',
    createdAt: 'Angelegt',
    updatedAt: 'Zuletzt geändert',
    office: 'Amt',
  },
  en: {
    id: 'Internal number',
    photo: 'Photo / logo',
    organisationRole: 'Role in the organisation',
    sector: 'Sector (directory)',
    sectorId: 'Sector',
    secondarySectors: 'Further sectors (directory)',
    secondarySectorIds: 'Further sectors',
    membershipType: 'Membership type',
    leaveReason: 'Leave reason',
    createdAt: 'Created',
    updatedAt: 'Last changed',
    office: 'Office',
  },
}

const valueWords: Record<Locale, Record<string, string>> = {
  de: {
    person: 'Person',
    organisation: 'Organisation',
    prospect: 'Interessent',
    active: 'aktiv',
    honorary: 'Ehrenmitglied',
    on_leave: 'ruhend',
    former: 'ausgetreten',
    resigned: 'Austritt',
    deceased: 'verstorben',
    excluded: 'Ausschluss',
    transferred: 'Übertritt',
    employee: 'Mitarbeiter',
    contact: 'Ansprechpartner',
    directory: 'Aufnahme ins Mitgliederverzeichnis',
    photo: 'Foto',
    private_address: 'Privatanschrift',
    private_phone: 'private Telefonnummer',
    private_email: 'private E-Mail-Adresse',
    birthday: 'Geburtstag',
    partner: 'Partner',
    created: 'angelegt',
    updated: 'geändert',
    admit: 'aufgenommen',
    grantLeave: 'beurlaubt',
    endLeave: 'Beurlaubung beendet',
    makeHonorary: 'zum Ehrenmitglied ernannt',
    resign: 'ausgetreten',
    decease: 'verstorben',
    exclude: 'ausgeschlossen',
    transfer: 'übergetreten',
    rejoin: 'wieder eingetreten',
    consent: 'Einwilligung',
    office: 'Amt',
    policyOverride: 'Klassifikationsregel mit Begründung überschritten',
    true: 'ja',
    false: 'nein',
  },
  en: {
    person: 'person',
    organisation: 'organisation',
    prospect: 'prospect',
    active: 'active',
    honorary: 'honorary',
    on_leave: 'on leave',
    former: 'former',
    resigned: 'resigned',
    deceased: 'deceased',
    excluded: 'excluded',
    transferred: 'transferred',
    employee: 'employee',
    contact: 'contact person',
    directory: 'listing in the member directory',
    photo: 'photo',
    private_address: 'private address',
    private_phone: 'private phone',
    private_email: 'private e-mail',
    birthday: 'birthday',
    partner: 'partner',
    created: 'created',
    updated: 'changed',
    admit: 'admitted',
    grantLeave: 'leave granted',
    endLeave: 'leave ended',
    makeHonorary: 'made honorary member',
    resign: 'resigned',
    decease: 'deceased',
    exclude: 'excluded',
    transfer: 'transferred',
    rejoin: 'rejoined',
    consent: 'consent',
    office: 'office',
    policyOverride: 'classification policy exceeded with a reason',
    true: 'yes',
    false: 'no',
  },
}

/** `first_name`, `firstName` or `custom.x` → the label people know. */
export function fieldLabel(
  field: string,
  locale: Locale,
  custom: ReadonlyMap<string, string>,
): string {
  if (field.startsWith('custom.')) return custom.get(field.slice(7)) ?? field
  if (field.startsWith('consent.')) return valueWord(field.slice(8), locale)
  const camel = field.replace(/_([a-z])/g, (_whole, letter: string) => letter.toUpperCase())
  const target = camel.replace(
    /^(business|private)(?!Address)([A-Z])(\w*)$/,
    (whole, kind: string, first: string, rest: string) =>
      ['Street', 'HouseNumber', 'Postcode', 'Town', 'Country'].includes(first + rest)
        ? `${kind}Address.${first.toLowerCase()}${rest}`
        : whole,
  )
  if (isBuiltInTarget(target)) return targetLabel(target, locale)
  return extraLabels[locale][camel] ?? field
}

export function valueWord(value: string, locale: Locale): string {
  return valueWords[locale][value] ?? value
}

export function fill(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => String(params[key] ?? whole))
}
