import { sortKeyGerman } from '../fold.ts'
import {
  builtInTargets,
  customPrefix,
  isBuiltInTarget,
  targetLabel,
  type BuiltInTarget,
  type CustomFieldInfo,
} from './targets.ts'

export type ColumnMapping = Readonly<Record<string, string | null>>

/** `E-Mail (privat)`, `e-mail privat` and `EMailPrivat` all become `emailprivat`. */
export function normaliseHeader(header: string): string {
  return sortKeyGerman(header).replace(/[^a-z0-9]/g, '')
}

/** Headers seen in German and English club spreadsheets, already normalised. */
const synonyms: Readonly<Record<BuiltInTarget, readonly string[]>> = {
  memberNumber: [
    'mitgliedsnummer',
    'mitgliedsnr',
    'mitglnr',
    'mitgliednr',
    'membernumber',
    'memberno',
    'membershipnumber',
    'memberid',
    'nummer',
    'number',
  ],
  status: ['status', 'mitgliedsstatus', 'memberstatus', 'membershipstatus'],
  kind: ['art', 'kind', 'typ', 'type', 'mitgliedsart', 'membertype'],
  salutation: ['anrede', 'salutation', 'briefanrede'],
  title: ['titel', 'title', 'akademischertitel', 'academictitle'],
  firstName: ['vorname', 'firstname', 'givenname', 'forename'],
  lastName: ['nachname', 'name', 'lastname', 'surname', 'familienname', 'familyname'],
  nameAffix: ['namenszusatz', 'nameaffix', 'suffix', 'zusatz'],
  organisationName: ['organisationsname', 'organisationname', 'organizationname', 'firmenname'],
  legalForm: ['rechtsform', 'legalform'],
  registerNumber: [
    'registernummer',
    'handelsregister',
    'handelsregisternummer',
    'hrnr',
    'registernumber',
    'registrationnumber',
  ],
  company: [
    'firma',
    'unternehmen',
    'company',
    'organisation',
    'organization',
    'arbeitgeber',
    'employer',
  ],
  position: ['position', 'funktion', 'jobtitle', 'role', 'beruf', 'occupation'],
  classification: [
    'klassifikation',
    'classification',
    'branche',
    'sparte',
    'beruflicheklassifikation',
  ],
  emailBusiness: [
    'email',
    'mail',
    'emailadresse',
    'emailgeschaeftlich',
    'emaildienstlich',
    'emailbusiness',
    'businessemail',
    'workemail',
    'emailaddress',
  ],
  phoneBusiness: [
    'telefon',
    'tel',
    'telefonnummer',
    'phone',
    'telephone',
    'telefongeschaeftlich',
    'telefondienstlich',
    'phonebusiness',
    'businessphone',
    'workphone',
    'phonenumber',
  ],
  phoneMobile: [
    'mobil',
    'handy',
    'mobiltelefon',
    'mobilnummer',
    'handynummer',
    'mobile',
    'mobilephone',
    'cell',
    'cellphone',
  ],
  website: ['website', 'homepage', 'webseite', 'internet', 'url', 'web'],
  'businessAddress.street': [
    'strasse',
    'street',
    'strassehausnummer',
    'strassehausnr',
    'strasseundhausnummer',
    'strassenr',
    'anschrift',
    'adresse',
    'address',
    'streetaddress',
  ],
  'businessAddress.houseNumber': ['hausnummer', 'hausnr', 'housenumber', 'houseno', 'streetnumber'],
  'businessAddress.postcode': ['plz', 'postleitzahl', 'zip', 'zipcode', 'postcode', 'postalcode'],
  'businessAddress.town': ['ort', 'stadt', 'wohnort', 'city', 'town'],
  'businessAddress.country': ['land', 'country', 'staat'],
  emailPrivate: [
    'emailprivat',
    'privateemail',
    'emailprivate',
    'privatemail',
    'emailhome',
    'homeemail',
  ],
  phonePrivate: [
    'telefonprivat',
    'telprivat',
    'privattelefon',
    'privatephone',
    'phoneprivate',
    'homephone',
    'phonehome',
  ],
  'privateAddress.street': [
    'strasseprivat',
    'privatestreet',
    'homestreet',
    'privatadresse',
    'privatanschrift',
    'privateaddress',
    'homeaddress',
  ],
  'privateAddress.houseNumber': ['hausnummerprivat', 'hausnrprivat', 'privatehousenumber'],
  'privateAddress.postcode': ['plzprivat', 'privatepostcode', 'privatezip', 'homezip'],
  'privateAddress.town': ['ortprivat', 'privatetown', 'privatecity', 'homecity', 'hometown'],
  'privateAddress.country': ['landprivat', 'privatecountry', 'homecountry'],
  birthday: [
    'geburtsdatum',
    'geburtstag',
    'geboren',
    'gebdatum',
    'birthday',
    'dateofbirth',
    'birthdate',
    'dob',
  ],
  partnerName: ['partner', 'partnerin', 'ehepartner', 'lebenspartner', 'partnername', 'spouse'],
  joinDate: [
    'eintritt',
    'eintrittsdatum',
    'mitgliedseit',
    'aufnahme',
    'aufnahmedatum',
    'joined',
    'joindate',
    'memberssince',
    'membersince',
    'datejoined',
  ],
  leaveDate: ['austritt', 'austrittsdatum', 'leavedate', 'left', 'dateleft', 'exitdate'],
  notes: [
    'notizen',
    'notiz',
    'bemerkung',
    'bemerkungen',
    'anmerkungen',
    'kommentar',
    'notes',
    'note',
    'comments',
    'remarks',
  ],
}

const numberOnly = new Set(['nr', 'no', 'nummer', 'number'])

/**
 * Proposes a target for every column from its header. A bare `Nr.` is the house number when
 * it follows a street column and the member number otherwise; each target is used once.
 */
export function proposeMapping(
  columns: readonly string[],
  customFields: readonly CustomFieldInfo[],
): Record<string, string | null> {
  const lookup = new Map<string, string>()
  for (const field of customFields) {
    lookup.set(normaliseHeader(field.label), `${customPrefix}${field.key}`)
    lookup.set(normaliseHeader(field.key), `${customPrefix}${field.key}`)
  }
  for (const target of builtInTargets) {
    for (const name of synonyms[target]) if (!lookup.has(name)) lookup.set(name, target)
    for (const locale of ['de', 'en'] as const) {
      const label = normaliseHeader(targetLabel(target, locale))
      if (!lookup.has(label)) lookup.set(label, target)
    }
  }
  const used = new Set<string>()
  const mapping: Record<string, string | null> = {}
  columns.forEach((column, index) => {
    const normalised = normaliseHeader(column)
    const previous = index > 0 ? (mapping[columns[index - 1] ?? ''] ?? null) : null
    let target = lookup.get(normalised) ?? null
    if (numberOnly.has(normalised)) {
      target =
        previous?.endsWith('.street') === true
          ? previous.replace('.street', '.houseNumber')
          : 'memberNumber'
    }
    if (target !== null && used.has(target)) target = null
    if (target !== null) used.add(target)
    mapping[column] = target
  })
  return mapping
}

/** A caller's mapping, cleaned: unknown columns and targets dropped, each target used once. */
export function resolveMapping(
  columns: readonly string[],
  requested: ColumnMapping | null,
  customFields: readonly CustomFieldInfo[],
): Record<string, string | null> {
  if (requested === null) return proposeMapping(columns, customFields)
  const customKeys = new Set(customFields.map((field) => `${customPrefix}${field.key}`))
  const used = new Set<string>()
  const mapping: Record<string, string | null> = {}
  for (const column of columns) {
    const target = requested[column] ?? null
    const known = target !== null && (isBuiltInTarget(target) || customKeys.has(target))
    mapping[column] = known && !used.has(target) ? target : null
    if (known) used.add(target)
  }
  return mapping
}
