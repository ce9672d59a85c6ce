import { associations } from './businesses.ts'
import { companyKind, companyKinds, digits, newFirm, type CompanyKind, type Firm } from './firms.ts'
import { lastNames } from './names.ts'
import type { Random } from './random.ts'
import type { KindFields } from './types.ts'

/** Longest first: "GmbH & Co. KG" must not be read as a plain "KG". */
const registers: readonly (readonly [legalForm: string, register: string | null])[] = [
  ['GmbH & Co. KG', 'HRA'],
  ['gGmbH', 'HRB'],
  ['GmbH', 'HRB'],
  ['AG', 'HRB'],
  ['e.K.', 'HRA'],
  ['PartG mbB', 'PR'],
  ['e.V.', 'VR'],
  // Most GbRs are in no register at all.
  ['GbR', null],
]

function registerOf(companyName: string): readonly [string, string | null] | undefined {
  return registers.find(([legalForm]) => companyName.endsWith(` ${legalForm}`))
}

const associationKinds = associations.map(companyKind)

// Only firms with a legal form in their name can be members in their own right.
const incorporated = companyKinds.filter((kind) => registerOf(kind.business.company) !== undefined)

export interface DemoOrganisation {
  readonly fields: KindFields
  /** Kept so the people who work there share its name, address and domain. */
  readonly firm: Firm
}

export function demoOrganisation(random: Random): DemoOrganisation {
  const kind: CompanyKind = random.chance(0.1)
    ? random.pick(associationKinds)
    : random.pick(incorporated)
  const firm = newFirm(random, kind, random.pick(lastNames))
  const [legalForm, register] = registerOf(firm.name) ?? [null, null]
  const registerNumber =
    register === null ? null : `${register} ${digits(random, random.int(3, 5))}`
  return {
    firm,
    fields: {
      salutation: null,
      title: null,
      first_name: null,
      last_name: null,
      name_affix: null,
      birthday: null,
      partner_name: null,
      organisation_name: firm.name,
      legal_form: legalForm,
      register_number: registerNumber,
      organisation_id: null,
      organisation_role: null,
      company: null,
      position: null,
      classification: kind.business.classification,
      email_business: `info@${firm.domain}.de`,
      email_private: null,
      phone_business: firm.phone,
      phone_mobile: null,
      phone_private: null,
      website: `https://www.${firm.domain}.de`,
      business_street: firm.street,
      business_house_number: firm.houseNumber,
      business_postcode: firm.postcode,
      business_town: firm.place.town,
      business_country: 'DE',
      private_street: null,
      private_house_number: null,
      private_postcode: null,
      private_town: null,
      private_country: null,
    },
  }
}
