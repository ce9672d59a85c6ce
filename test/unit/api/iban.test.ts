import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bicProblem, formatIban, ibanProblem, normaliseIban } from '../../../src/api/iban.ts'

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
})
