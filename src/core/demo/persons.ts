import type { OrganisationRole } from '../../api/members.ts'
import type { TitleKind } from './businesses.ts'
import { toAscii } from './companies.ts'
import { formatDay, parseDay } from './days.ts'
import {
  companyKinds,
  digits,
  houseNumber,
  landline,
  newFirm,
  otherPlace,
  otherThan,
  type Firm,
} from './firms.ts'
import {
  femaleNamesClassic,
  femaleNamesModern,
  lastNames,
  maleNamesClassic,
  maleNamesModern,
  modernNamesFrom,
} from './names.ts'
import { mobilePrefixes, streets } from './places.ts'
import type { Random } from './random.ts'
import type { KindFields, MemberContext } from './types.ts'

const modernNamesBorn = parseDay(`${modernNamesFrom}-01-01`)
const mailHosts = ['web.de', 'gmx.de', 't-online.de', 'posteo.de']

/** The organisation (a member itself) a person works for or speaks for. */
export interface Employer {
  readonly id: number
  readonly firm: Firm
  readonly role: OrganisationRole
}

export function demoPerson(context: MemberContext, employer: Employer | null): KindFields {
  const { random, birth, calendar } = context
  const female = random.chance(0.35)
  const modern = birth >= modernNamesBorn
  const firstName = random.pick(firstNames(female, modern))
  const lastName = random.pick(lastNames)
  // Most members run a firm bearing their own name; the rest work for one.
  let firm: Firm
  let own = false
  if (employer === null) {
    const kind = random.pick(companyKinds)
    own = kind.bearsName && random.chance(0.6)
    firm = newFirm(random, kind, own ? lastName : otherThan(random, lastName))
  } else {
    firm = employer.firm
  }
  const position = own ? firm.kind.owner : random.pick(firm.kind.hired)
  const home = otherPlace(random, firm.place)
  const [mobilePrefix, mobileDigits] = random.pick(mobilePrefixes)
  const mailName = `${toAscii(firstName)}.${toAscii(lastName)}`
  return {
    salutation: female ? 'Frau' : 'Herr',
    title: academicTitle(random, firm.kind.business.titles, birth < calendar.yearsAgo(40)),
    first_name: firstName,
    last_name: lastName,
    name_affix: random.chance(0.02) ? nameAffix(random, female) : null,
    birthday: formatDay(birth),
    partner_name: random.chance(0.6) ? partnerName(random, female, modern, lastName) : null,
    organisation_name: null,
    legal_form: null,
    register_number: null,
    organisation_id: employer?.id ?? null,
    organisation_role: employer?.role ?? null,
    company: firm.name,
    position: female ? position[1] : position[0],
    classification: firm.kind.business.classification,
    email_business: `${mailName}@${firm.domain}.de`,
    email_private: random.chance(0.4) ? `${mailName}@${random.pick(mailHosts)}` : null,
    // Someone at an organisation's switchboard gets an extension of its number.
    phone_business: employer === null ? firm.phone : `${firm.phone}-${random.int(10, 99)}`,
    phone_mobile: random.chance(0.85) ? `${mobilePrefix} ${digits(random, mobileDigits)}` : null,
    phone_private: random.chance(0.5) ? landline(random, home) : null,
    website: `https://www.${firm.domain}.de`,
    business_street: firm.street,
    business_house_number: firm.houseNumber,
    business_postcode: firm.postcode,
    business_town: firm.place.town,
    business_country: 'DE',
    private_street: random.pick(streets),
    private_house_number: houseNumber(random),
    private_postcode: random.pick(home.postcodes),
    private_town: home.town,
    private_country: 'DE',
  }
}

function firstNames(female: boolean, modern: boolean): readonly string[] {
  if (female) return modern ? femaleNamesModern : femaleNamesClassic
  return modern ? maleNamesModern : maleNamesClassic
}

/** Mostly of the other sex and the same generation; many share the last name. */
function partnerName(random: Random, female: boolean, modern: boolean, lastName: string): string {
  const partnerFemale = random.chance(0.04) ? female : !female
  const first = random.pick(firstNames(partnerFemale, modern))
  const last = random.chance(0.65) ? lastName : otherThan(random, lastName)
  return `${first} ${last}`
}

function nameAffix(random: Random, female: boolean): string {
  return random.pick(female ? ['MBA', 'LL.M.'] : ['jun.', 'sen.', 'MBA', 'LL.M.'])
}

function academicTitle(random: Random, kind: TitleKind, senior: boolean): string | null {
  switch (kind) {
    case 'med':
      if (senior && random.chance(0.08)) return 'Prof. Dr.'
      return random.chance(0.7) ? 'Dr. med.' : null
    case 'dent':
      return random.chance(0.6) ? 'Dr. med. dent.' : null
    case 'vet':
      return random.chance(0.5) ? 'Dr. med. vet.' : null
    case 'eng':
      return random.chance(0.45) ? 'Dipl.-Ing.' : null
    case 'prof':
      return senior && random.chance(0.6) ? 'Prof. Dr.' : 'Dr.'
    case 'none':
      return random.chance(0.13) ? 'Dr.' : null
  }
}
