import type { Locale } from '../../../api/club.ts'
import type { ImportTarget } from '../../../api/memberTransfer.ts'

/**
 * Every member field a column can go to. The labels double as the export's headers, so a file
 * exported from Kreis maps itself completely when it comes back.
 */
const builtInLabels = {
  memberNumber: ['Mitgliedsnummer', 'Member number'],
  status: ['Status', 'Status'],
  kind: ['Art', 'Kind'],
  salutation: ['Anrede', 'Salutation'],
  title: ['Titel', 'Title'],
  firstName: ['Vorname', 'First name'],
  lastName: ['Nachname', 'Last name'],
  nameAffix: ['Namenszusatz', 'Name affix'],
  organisationName: ['Organisation', 'Organisation name'],
  legalForm: ['Rechtsform', 'Legal form'],
  registerNumber: ['Registernummer', 'Register number'],
  company: ['Firma', 'Company'],
  position: ['Position', 'Position'],
  classification: ['Klassifikation', 'Classification'],
  emailBusiness: ['E-Mail', 'E-mail'],
  phoneBusiness: ['Telefon', 'Phone'],
  phoneMobile: ['Mobil', 'Mobile'],
  website: ['Website', 'Website'],
  'businessAddress.street': ['Straße', 'Street'],
  'businessAddress.houseNumber': ['Hausnummer', 'House number'],
  'businessAddress.postcode': ['PLZ', 'Postcode'],
  'businessAddress.town': ['Ort', 'Town'],
  'businessAddress.country': ['Land', 'Country'],
  emailPrivate: ['E-Mail privat', 'Private e-mail'],
  phonePrivate: ['Telefon privat', 'Private phone'],
  'privateAddress.street': ['Straße privat', 'Private street'],
  'privateAddress.houseNumber': ['Hausnummer privat', 'Private house number'],
  'privateAddress.postcode': ['PLZ privat', 'Private postcode'],
  'privateAddress.town': ['Ort privat', 'Private town'],
  'privateAddress.country': ['Land privat', 'Private country'],
  birthday: ['Geburtsdatum', 'Date of birth'],
  partnerName: ['Partner', 'Partner'],
  joinDate: ['Eintritt', 'Join date'],
  leaveDate: ['Austritt', 'Leave date'],
  notes: ['Notizen', 'Notes'],
} as const satisfies Record<string, readonly [string, string]>

export type BuiltInTarget = keyof typeof builtInLabels
export const builtInTargets = Object.keys(builtInLabels) as BuiltInTarget[]

export function isBuiltInTarget(key: string): key is BuiltInTarget {
  return Object.hasOwn(builtInLabels, key)
}

export function targetLabel(key: BuiltInTarget, locale: Locale): string {
  return builtInLabels[key][locale === 'de' ? 0 : 1]
}

export interface CustomFieldInfo {
  readonly key: string
  readonly label: string
  readonly type: 'text' | 'number' | 'date' | 'boolean' | 'choice'
  readonly options: readonly string[]
}

export const customPrefix = 'custom.'

export function importTargets(
  customFields: readonly CustomFieldInfo[],
  locale: Locale,
): ImportTarget[] {
  return [
    ...builtInTargets.map((key) => ({ key, label: targetLabel(key, locale) })),
    ...customFields.map((field) => ({ key: `${customPrefix}${field.key}`, label: field.label })),
  ]
}
