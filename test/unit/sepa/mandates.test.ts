import { describe, expect, it } from 'vitest'
import { formatError } from '../../../src/api/messages/errors.ts'
import { addMonths } from '../../../src/api/clubYear.ts'
import { listMandates, saveMandate } from '../../../src/core/sepa/mandates.ts'
import { saveSepaSettings } from '../../../src/core/sepa/settings.ts'
import { addDuesMember } from '../../support/duesClub.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { refusal } from '../../support/refusal.ts'
import { fixedClock } from '../../support/temp.ts'
import { creditor, mandate } from './sepaClub.ts'

const openClub = useOpenClub()

describe('mandates', () => {
  it('makes references from the club pattern, counting per member', async () => {
    const { db } = await openClub()
    const anna = await addDuesMember(db, { firstName: 'Anna', lastName: 'Müller' })
    await saveMandate(db, mandate(anna, { signedOn: '2024-01-01' }), fixedClock)
    const list = await saveMandate(db, mandate(anna, { signedOn: '2025-01-01' }), fixedClock)
    expect(list.map((m) => m.reference)).toEqual(['M-0001-2', 'M-0001-1'])
    await saveSepaSettings(db, { ...creditor, mandatePattern: 'RC/{number}' }, fixedClock)
    const bernd = await addDuesMember(db, { memberNumber: 'Ü_7', lastName: 'Ohne' })
    const [own] = await saveMandate(db, mandate(bernd), fixedClock)
    expect(own?.reference).toBe('RC/Ue 7')
    const again = await refusal(saveMandate(db, mandate(bernd), fixedClock))
    expect([again.code, again.params]).toEqual(['sepa.mandateTaken', { reference: 'RC/Ue 7' }])
  })

  it('skips a reference already typed in by hand, and refuses a taken one', async () => {
    const { db } = await openClub()
    const anna = await addDuesMember(db, { firstName: 'Anna', lastName: 'Müller' })
    const bernd = await addDuesMember(db, { firstName: 'Bernd', lastName: 'Becker' })
    await saveMandate(db, mandate(bernd, { reference: 'M-0001-1' }), fixedClock)
    const [made] = await saveMandate(db, mandate(anna), fixedClock)
    expect(made?.reference).toBe('M-0001-2')
    const taken = await refusal(
      saveMandate(db, mandate(anna, { reference: 'M-0001-1' }), fixedClock),
    )
    expect([taken.code, taken.params]).toEqual(['sepa.mandateTaken', { reference: 'M-0001-1' }])
    const bad = await refusal(saveMandate(db, mandate(anna, { reference: 'M_1 ä' }), fixedClock))
    expect([bad.code, bad.params]).toEqual([
      'input.invalid',
      { field: 'mandate.reference', reason: 'format' },
    ])
    expect(formatError(bad.toData(), 'de')).toContain('Mandatsreferenz')
  })

  it('checks the IBAN by its check digits and wants a BIC only outside SEPA', async () => {
    const { db } = await openClub()
    const anna = await addDuesMember(db, { firstName: 'Anna', lastName: 'Müller' })
    const refused = async (fields: Parameters<typeof mandate>[1]) =>
      (await refusal(saveMandate(db, mandate(anna, fields), fixedClock))).params
    expect(await refused({ iban: 'DE00370400440532013000' })).toEqual({
      field: 'iban',
      reason: 'iban',
    })
    expect(await refused({ iban: ' ' })).toEqual({ field: 'iban', reason: 'required' })
    expect(await refused({ iban: 'BR1800360305000010009795493C1' })).toEqual({
      field: 'bic',
      reason: 'bicNeeded',
    })
    expect(await refused({ iban: 'CH9300762011623852957' })).toEqual({
      field: 'bic',
      reason: 'bicNeeded',
    })
    expect(await refused({ bic: 'XX' })).toEqual({ field: 'bic', reason: 'bic' })
    expect(await refused({ signedOn: '2026-11-22' })).toEqual({
      field: 'signedOn',
      reason: 'outOfRange',
    })
    const [saved] = await saveMandate(
      db,
      mandate(anna, { iban: 'at61 1904 3002 3457 3201', bic: 'bkau atww' }),
      fixedClock,
    )
    expect([saved?.iban, saved?.bic]).toEqual(['AT611904300234573201', 'BKAUATWW'])
  })

  it('counts the 36 months in calendar months, holding the day to the end of the month', () => {
    expect(addMonths('2023-11-21', 36)).toBe('2026-11-21')
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonths('2023-02-28', 36)).toBe('2026-02-28')
  })

  it('flags a mandate unused for 36 months as lapsed', async () => {
    const { db } = await openClub()
    const anna = await addDuesMember(db, { firstName: 'Anna', lastName: 'Müller' })
    await saveMandate(db, mandate(anna, { signedOn: '2023-11-21' }), fixedClock)
    await saveMandate(db, mandate(anna, { signedOn: '2023-11-22' }), fixedClock)
    const [young, old] = await listMandates(db, anna, fixedClock)
    expect([young?.lapsed, old?.lapsed]).toEqual([false, true])
    await db
      .updateTable('mandate')
      .set({ last_used_on: '2025-01-01' })
      .where('id', '=', old?.id ?? 0)
      .execute()
    const [, used] = await listMandates(db, anna, fixedClock)
    expect([used?.lastUsedOn, used?.lapsed]).toEqual(['2025-01-01', false])
  })

  it('changes a mandate, keeping its reference, and only the member’s own', async () => {
    const { db } = await openClub()
    const anna = await addDuesMember(db, { firstName: 'Anna', lastName: 'Müller' })
    const bernd = await addDuesMember(db, { firstName: 'Bernd', lastName: 'Becker' })
    const [first] = await saveMandate(db, mandate(anna), fixedClock)
    const id = first?.id ?? 0
    const [changed] = await saveMandate(
      db,
      mandate(anna, { id, status: 'revoked', debtorName: 'Anna und Tom Müller' }),
      fixedClock,
    )
    expect(changed).toMatchObject({
      id,
      reference: 'M-0001-1',
      status: 'revoked',
      debtorName: 'Anna und Tom Müller',
    })
    const error = await refusal(saveMandate(db, mandate(bernd, { id }), fixedClock))
    expect(error.code).toBe('sepa.mandateNotFound')
    expect((await refusal(listMandates(db, 9999, fixedClock))).code).toBe('member.notFound')
  })
})
