export type RoleGroup =
  | 'firm'
  | 'owner'
  | 'partner'
  | 'notary'
  | 'practice'
  | 'clinic'
  | 'bank'
  | 'corporate'
  | 'school'
  | 'academia'
  | 'hotel'
  | 'association'

/** [male, female]: German job titles are gendered. */
export type Position = readonly [string, string]

export interface Roles {
  /** The position of whoever's name is on the door. */
  readonly owner: Position
  readonly employed: readonly Position[]
}

export const roles: Readonly<Record<RoleGroup, Roles>> = {
  firm: {
    owner: ['Geschäftsführender Gesellschafter', 'Geschäftsführende Gesellschafterin'],
    employed: [
      ['Geschäftsführer', 'Geschäftsführerin'],
      ['Prokurist', 'Prokuristin'],
      ['Vertriebsleiter', 'Vertriebsleiterin'],
    ],
  },
  owner: {
    owner: ['Inhaber', 'Inhaberin'],
    employed: [
      ['Geschäftsführer', 'Geschäftsführerin'],
      ['Betriebsleiter', 'Betriebsleiterin'],
    ],
  },
  partner: {
    owner: ['Gründungspartner', 'Gründungspartnerin'],
    employed: [
      ['Partner', 'Partnerin'],
      ['Geschäftsführender Partner', 'Geschäftsführende Partnerin'],
    ],
  },
  notary: {
    owner: ['Notar', 'Notarin'],
    employed: [['Rechtsanwalt und Notar', 'Rechtsanwältin und Notarin']],
  },
  practice: {
    owner: ['Praxisinhaber', 'Praxisinhaberin'],
    employed: [['Partner', 'Partnerin']],
  },
  clinic: {
    owner: ['Ärztlicher Direktor', 'Ärztliche Direktorin'],
    employed: [
      ['Chefarzt', 'Chefärztin'],
      ['Oberarzt', 'Oberärztin'],
    ],
  },
  bank: {
    owner: ['Vorstandsvorsitzender', 'Vorstandsvorsitzende'],
    employed: [
      ['Vorstandsmitglied', 'Vorstandsmitglied'],
      ['Filialdirektor', 'Filialdirektorin'],
      ['Bereichsleiter', 'Bereichsleiterin'],
      ['Prokurist', 'Prokuristin'],
    ],
  },
  corporate: {
    owner: ['Geschäftsführender Gesellschafter', 'Geschäftsführende Gesellschafterin'],
    employed: [
      ['Geschäftsführer', 'Geschäftsführerin'],
      ['Bereichsleiter', 'Bereichsleiterin'],
      ['Werksleiter', 'Werksleiterin'],
      ['Leiter Forschung und Entwicklung', 'Leiterin Forschung und Entwicklung'],
    ],
  },
  school: {
    owner: ['Gründer und Geschäftsführer', 'Gründerin und Geschäftsführerin'],
    employed: [['Schulleiter', 'Schulleiterin']],
  },
  academia: {
    owner: ['Präsident', 'Präsidentin'],
    employed: [
      ['Professor', 'Professorin'],
      ['Dekan', 'Dekanin'],
    ],
  },
  hotel: {
    owner: ['Inhaber', 'Inhaberin'],
    employed: [
      ['Direktor', 'Direktorin'],
      ['Geschäftsführer', 'Geschäftsführerin'],
    ],
  },
  association: {
    owner: ['Vorsitzender', 'Vorsitzende'],
    employed: [
      ['Geschäftsführer', 'Geschäftsführerin'],
      ['Schatzmeister', 'Schatzmeisterin'],
    ],
  },
}
