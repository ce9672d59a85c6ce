import { describe, expect, it } from 'vitest'
import type { Envelope } from '../../../src/api/bridge.ts'
import type { ClubProfile } from '../../../src/api/club.ts'
import { formatError } from '../../../src/api/messages/errors.ts'
import { getProfile } from '../../../src/core/club/profile.ts'
import { useClub, value } from '../../support/session.ts'

const club = useClub({ name: 'Rotary Club Teststadt', kind: 'rotary' })

async function profileInput(): Promise<Record<string, unknown>> {
  const { logo, createdAt, updatedAt, ...input } = value<ClubProfile>(
    await club.dispatch('club/profile', {}),
  )
  expect([logo, createdAt, updatedAt]).toHaveLength(3)
  return input
}

async function saveBank(bank: { bankName?: string; iban?: string; bic?: string }) {
  return club.dispatch('club/update', { ...(await profileInput()), ...bank })
}

function refusal(envelope: Envelope<unknown>) {
  if (envelope.ok) throw new Error('expected a refusal')
  return envelope.error
}

describe("the club's bank account", () => {
  it('starts empty: a new club has no account on file', async () => {
    expect(value<ClubProfile>(await club.dispatch('club/profile', {}))).toMatchObject({
      bankName: '',
      iban: '',
      bic: '',
    })
  })

  it('stores the IBAN in electronic format however it was typed', async () => {
    const saved = value<ClubProfile>(
      await saveBank({
        bankName: '  Commerzbank Frankfurt ',
        iban: ' de89 3704 0044\u00a00532 0130 00 ',
        bic: 'coba de ff xxx',
      }),
    )
    expect(saved).toMatchObject({
      bankName: 'Commerzbank Frankfurt',
      iban: 'DE89370400440532013000',
      bic: 'COBADEFFXXX',
    })
    const session = club.session()
    expect(await getProfile(session.requireClub().db)).toMatchObject({
      bankName: 'Commerzbank Frankfurt',
      iban: 'DE89370400440532013000',
      bic: 'COBADEFFXXX',
    })
  })

  it('lets an account in the EEA go without a BIC and clears the account again', async () => {
    expect(value<ClubProfile>(await saveBank({ iban: 'AT61 1904 3002 3457 3201' })).iban).toBe(
      'AT611904300234573201',
    )
    // Switzerland takes part in SEPA but not in the EEA: its banks still need the BIC.
    expect(refusal(await saveBank({ iban: 'CH93 0076 2011 6238 5295 7' }))).toEqual({
      code: 'input.invalid',
      params: { field: 'bic', reason: 'bicNeeded' },
    })
    const cleared = value<ClubProfile>(await saveBank({ bankName: '', iban: '', bic: '' }))
    expect(cleared).toMatchObject({ bankName: '', iban: '', bic: '' })
  })

  it('refuses an IBAN whose check digits do not add up, and keeps the stored one', async () => {
    value(await saveBank({ iban: 'DE89370400440532013000' }))
    const wrong = refusal(await saveBank({ iban: 'DE89 3704 0044 0532 0130 01' }))
    expect(wrong).toEqual({ code: 'input.invalid', params: { field: 'iban', reason: 'iban' } })
    expect(formatError(wrong, 'de')).toBe(
      'Ungültige Eingabe im Feld „IBAN“: ist keine gültige IBAN (Länge oder Prüfziffer stimmt nicht)',
    )
    expect(refusal(await saveBank({ iban: 'DE89 3704' })).params).toEqual({
      field: 'iban',
      reason: 'iban',
    })
    expect(refusal(await saveBank({ iban: 'Kontonummer 12345' })).params).toEqual({
      field: 'iban',
      reason: 'iban',
    })
    expect(value<ClubProfile>(await club.dispatch('club/profile', {})).iban).toBe(
      'DE89370400440532013000',
    )
  })

  it('checks a BIC when one is given', async () => {
    const iban = 'DE89370400440532013000'
    for (const bic of ['COBADEF', 'COBAXXFF', 'COBA-DE-FF']) {
      expect(refusal(await saveBank({ iban, bic })).params, bic).toEqual({
        field: 'bic',
        reason: 'bic',
      })
    }
    expect(value<ClubProfile>(await saveBank({ iban, bic: 'COBADEFF' })).bic).toBe('COBADEFF')
  })

  it('asks for the BIC of an account outside the EEA', async () => {
    const iban = 'TR33 0006 1005 1978 6457 8413 26'
    const missing = refusal(await saveBank({ iban, bic: '' }))
    expect(missing.params).toEqual({ field: 'bic', reason: 'bicNeeded' })
    expect(formatError(missing, 'en')).toBe(
      'Invalid input in field “BIC”: is needed for an account outside the EEA (e.g. Switzerland, the United Kingdom)',
    )
    expect(value<ClubProfile>(await saveBank({ iban, bic: 'TGBATRIS' }))).toMatchObject({
      iban: 'TR330006100519786457841326',
      bic: 'TGBATRIS',
    })
  })
})
