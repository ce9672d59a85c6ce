import fc from 'fast-check'
import { countrySpecs, isSEPACountry } from 'ibantools'
import { describe, expect, it } from 'vitest'
import {
  bicProblem,
  formatIban,
  ibanProblem,
  nonEeaSepaCountries,
  normaliseIban,
} from '../../../src/api/iban.ts'

describe('IBAN helpers', () => {
  it('group an IBAN in fours as printed on statements', () => {
    expect(formatIban('DE89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00')
    expect(formatIban('de89 3704-0044 05320130 00')).toBe('DE89 3704 0044 0532 0130 00')
    expect(formatIban('CH9300762011623852957')).toBe('CH93 0076 2011 6238 5295 7')
    expect(formatIban('')).toBe('')
  })

  it('turn the grouped form back into the stored one', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/), (iban) => {
        expect(normaliseIban(formatIban(iban))).toBe(iban)
        expect(
          formatIban(iban)
            .split(' ')
            .every((group) => group.length <= 4),
        ).toBe(true)
      }),
    )
  })

  it('treat empty as "no account" and name what is wrong otherwise', () => {
    expect(ibanProblem('')).toBeNull()
    expect(ibanProblem('DE89 3704 0044 0532 0130 00')).toBeNull()
    expect(ibanProblem('DE89 3704 0044 0532 0130 01')).toBe('iban')
    expect(bicProblem('', '')).toBeNull()
    expect(bicProblem('', 'DE89370400440532013000')).toBeNull()
    expect(bicProblem('', 'TR330006100519786457841326')).toBe('bicNeeded')
    expect(bicProblem('cobadeffxxx', 'TR330006100519786457841326')).toBeNull()
    expect(bicProblem('COBADEF', '')).toBe('bic')
  })
  it('want a BIC for a SEPA account outside the EEA, where IBAN-only does not apply', () => {
    expect(bicProblem('', 'CH9300762011623852957')).toBe('bicNeeded')
    expect(bicProblem('', 'GB29NWBK60161331926819')).toBe('bicNeeded')
    expect(bicProblem('', 'SM86U0322509800000000270100')).toBe('bicNeeded')
    expect(bicProblem('', 'MC5811222000010123456789030')).toBe('bicNeeded')
    expect(bicProblem('', 'AD1200012030200359100100')).toBe('bicNeeded')
    expect(bicProblem('', 'VA59001123000012345678')).toBe('bicNeeded')
    expect(bicProblem('', 'GI75NWBK000000007099453')).toBe('bicNeeded')
    expect(bicProblem('UBSWCHZH80A', 'CH9300762011623852957')).toBeNull()
    // The EEA: the EU, Iceland, Liechtenstein and Norway.
    expect(bicProblem('', 'AT611904300234573201')).toBeNull()
    expect(bicProblem('', 'NO9386011117947')).toBeNull()
    expect(bicProblem('', 'LI21088100002324013AA')).toBeNull()
  })

  it('know every SEPA country outside the EEA that ibantools knows', () => {
    const eea = new Set(
      'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK'.split(
        ' ',
      ),
    )
    const sepa = Object.keys(countrySpecs).filter((country) => isSEPACountry(country))
    expect(sepa.filter((country) => !eea.has(country))).toEqual(
      sepa.filter((country) => nonEeaSepaCountries.has(country)),
    )
  })
})
