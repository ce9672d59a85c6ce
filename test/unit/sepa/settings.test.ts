import { describe, expect, it } from 'vitest'
import { isValidCreditorId, normaliseCreditorId } from '../../../src/core/sepa/creditorId.ts'
import { getSepaSettings, saveSepaSettings } from '../../../src/core/sepa/settings.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { refusal } from '../../support/refusal.ts'
import { fixedClock } from '../../support/temp.ts'
import { creditor } from './sepaClub.ts'

const openClub = useOpenClub()

describe('creditor identifier', () => {
  it('accepts valid identifiers, whatever the business code', () => {
    expect(isValidCreditorId('DE98ZZZ09999999999')).toBe(true)
    expect(isValidCreditorId('DE98ABC09999999999')).toBe(true)
    expect(isValidCreditorId('de98 zzz0 9999 9999 99')).toBe(true)
    expect(normaliseCreditorId('de98 zzz0 9999 9999 99')).toBe('DE98ZZZ09999999999')
    expect(isValidCreditorId('AT61ZZZ01234567890')).toBe(true)
  })

  it('refuses wrong check digits, lengths and shapes', () => {
    expect(isValidCreditorId('DE97ZZZ09999999999')).toBe(false)
    expect(isValidCreditorId('DE98ZZZ09999999998')).toBe(false)
    expect(isValidCreditorId('DE98ZZZ0999999999')).toBe(false)
    expect(isValidCreditorId('DE98ZZ09999999999')).toBe(false)
    expect(isValidCreditorId('DEXXZZZ09999999999')).toBe(false)
    expect(isValidCreditorId('')).toBe(false)
  })
})

describe('SEPA settings', () => {
  it('stands in the club name until a creditor name is given', async () => {
    const { db } = await openClub()
    expect(await getSepaSettings(db)).toEqual({
      creditorId: '',
      creditorName: 'Rotary Club Teststadt',
      iban: '',
      bic: '',
      mandatePattern: 'M-{number}-{n}',
    })
  })

  it('saves the settings normalised, and the club account with them', async () => {
    const { db } = await openClub()
    const saved = await saveSepaSettings(
      db,
      { ...creditor, creditorId: 'de98 zzz0 9999 9999 99', iban: 'de89 3704 0044 0532 0130 00' },
      fixedClock,
    )
    expect(saved).toEqual({ ...creditor, iban: 'DE89370400440532013000' })
    const club = await db.selectFrom('club').select(['iban', 'bic']).executeTakeFirstOrThrow()
    expect(club).toEqual({ iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' })
  })

  it('refuses a wrong creditor identifier, IBAN, BIC or pattern by name', async () => {
    const { db } = await openClub()
    const save = (fields: Partial<typeof creditor>) =>
      refusal(saveSepaSettings(db, { ...creditor, ...fields }, fixedClock))
    const id = await save({ creditorId: 'DE97ZZZ09999999999' })
    expect([id.code, id.params]).toEqual(['sepa.creditorId', { value: 'DE97ZZZ09999999999' }])
    const iban = await save({ iban: 'DE00370400440532013000' })
    expect([iban.code, iban.params]).toEqual(['input.invalid', { field: 'iban', reason: 'iban' }])
    const bic = await save({ bic: 'COBA' })
    expect([bic.code, bic.params]).toEqual(['input.invalid', { field: 'bic', reason: 'bic' }])
    for (const pattern of ['MANDAT', 'M_{number}', 'M-{nummer}-{n}', 'M-{number}-{n}!']) {
      expect((await save({ mandatePattern: pattern })).code).toBe('sepa.mandatePattern')
    }
    expect((await getSepaSettings(db)).creditorId).toBe('')
  })
})
