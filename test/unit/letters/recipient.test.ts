import { describe, expect, it } from 'vitest'
import { maskedIban } from '../../../src/core/letters/maskedIban.ts'
import {
  recipientOf,
  salutationTitle,
  type RecipientRow,
} from '../../../src/core/letters/recipient.ts'

const nobody: RecipientRow = {
  id: 1,
  member_number: '0001',
  kind: 'person',
  salutation: null,
  title: null,
  first_name: null,
  last_name: null,
  name_affix: null,
  organisation_name: null,
  company: null,
  business_street: null,
  business_house_number: null,
  business_postcode: null,
  business_town: null,
  business_country: null,
  private_street: null,
  private_house_number: null,
  private_postcode: null,
  private_town: null,
  private_country: null,
}

const home = {
  private_street: 'Lindenallee',
  private_house_number: '7',
  private_postcode: '10115',
  private_town: 'Berlin',
  private_country: 'DE',
}
const work = {
  business_street: 'Bahnhofstrasse',
  business_house_number: '1',
  business_postcode: '8001',
  business_town: 'Zürich',
  business_country: 'CH',
}

describe('the recipient of a letter', () => {
  it('addresses a person at home, with Herrn on a line of its own in German', () => {
    const row = {
      ...nobody,
      ...home,
      salutation: 'Herr',
      title: 'Dr.',
      first_name: 'Max',
      last_name: 'Muster',
    }
    expect(recipientOf(row, 'DE', 'de')).toEqual({
      address: ['Herrn', 'Dr. Max Muster', 'Lindenallee 7', '10115 Berlin'],
      greeting: 'Sehr geehrter Herr Dr. Muster,',
      hasAddress: true,
    })
    expect(recipientOf(row, 'DE', 'en')).toMatchObject({
      address: ['Dr Max Muster', 'Lindenallee 7', '10115 Berlin'],
      greeting: 'Dear Dr Muster,',
    })
  })

  it('greets with doctor and professor only; the address keeps the whole title', () => {
    const lange = { ...nobody, ...home, salutation: 'Herr', first_name: 'Jan', last_name: 'Lange' }
    const engineer = { ...lange, title: 'Dipl.-Ing.' }
    expect(recipientOf(engineer, 'DE', 'de')).toMatchObject({
      address: ['Herrn', 'Dipl.-Ing. Jan Lange', 'Lindenallee 7', '10115 Berlin'],
      greeting: 'Sehr geehrter Herr Lange,',
    })
    expect(recipientOf(engineer, 'DE', 'en').greeting).toBe('Dear Mr Lange,')
    const doctor = { ...lange, title: 'Dipl.-Ing. Dr.-Ing.' }
    expect(recipientOf(doctor, 'DE', 'de').greeting).toBe('Sehr geehrter Herr Dr. Lange,')
    expect(recipientOf(doctor, 'DE', 'de').address[1]).toBe('Dipl.-Ing. Dr.-Ing. Jan Lange')
    const professor = { ...lange, salutation: 'Frau', title: 'Prof. Dr. med. habil.' }
    expect(recipientOf(professor, 'DE', 'de').greeting).toBe('Sehr geehrte Frau Prof. Dr. Lange,')
    expect(recipientOf(professor, 'DE', 'en').greeting).toBe('Dear Prof Dr Lange,')
    const unsaluted = { ...lange, salutation: null, title: 'Dipl.-Kfm.' }
    expect(recipientOf(unsaluted, 'DE', 'de').greeting).toBe('Guten Tag Jan Lange,')
    expect(salutationTitle('Prof.Dr. Dr. h.c.')).toBe('Prof. Dr. Dr.')
    expect(salutationTitle('Dipl.-Psych.')).toBe('')
  })

  it('falls back to the firm for a person without a home address, with the country abroad', () => {
    const row = { ...nobody, ...work, first_name: 'Eva', last_name: 'Meier', company: 'Meier AG' }
    expect(recipientOf(row, 'DE', 'de')).toEqual({
      address: ['Eva Meier', 'Meier AG', 'Bahnhofstrasse 1', '8001 Zürich', 'SCHWEIZ'],
      greeting: 'Guten Tag Eva Meier,',
      hasAddress: true,
    })
  })

  it('writes to an organisation at its business address, and flags a missing one', () => {
    const firm = { ...nobody, kind: 'organisation' as const, organisation_name: 'Zeta GmbH' }
    expect(recipientOf({ ...firm, ...work }, 'CH', 'en')).toEqual({
      address: ['Zeta GmbH', 'Bahnhofstrasse 1', '8001 Zürich'],
      greeting: 'Dear Sir or Madam,',
      hasAddress: true,
    })
    expect(recipientOf(firm, 'DE', 'de')).toMatchObject({
      address: ['Zeta GmbH'],
      hasAddress: false,
    })
  })

  it('prints names as text on one line, cut visibly when absurdly long', () => {
    const long = `${'Sehr'.repeat(20)}\nlang`
    const row = { ...nobody, ...home, first_name: '<b>Anna</b>', last_name: long }
    const [name] = recipientOf(row, 'DE', 'de').address
    expect(name).toHaveLength(44)
    expect(name?.startsWith('<b>Anna</b> SehrSehr')).toBe(true)
    expect(name?.endsWith('…')).toBe(true)
  })

  it('shows only the last four characters of an IBAN', () => {
    expect(maskedIban('DE89370400440532013000')).toBe('•••• •••• •••• •••• ••30 00')
  })
})
