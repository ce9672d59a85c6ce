import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ledgerOf } from '../../../src/core/dues/account.ts'
import { addCredit } from '../../../src/core/dues/credits.ts'
import { reversePayment } from '../../../src/core/dues/payments.ts'
import { makeStatement } from '../../../src/core/dues/statement.ts'
import { statementLines } from '../../../src/core/letters/statementLetter.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { pdfPages, savePdf } from '../../support/directoryClub.ts'
import { addDuesMember, inTrx } from '../../support/duesClub.ts'
import { refusal } from '../../support/refusal.ts'
import { fixedClock } from '../../support/temp.ts'
import { charge, giveAddress, giveClubLetterhead, pay } from './letterSupport.ts'

const openClub = useOpenClub()

/**
 * Anna's year: €120 dues from the last club year, paid; €120 this year, €30 paid and a €30
 * payment returned; a Christmas dinner of €45.50 with €10 off.
 */
async function annasYear() {
  const { db } = await openClub()
  await giveClubLetterhead(db)
  const anna = await addDuesMember(db, {
    salutation: 'Frau',
    firstName: 'Anna',
    lastName: 'Müller',
  })
  await giveAddress(db, anna)
  await charge(db, anna, 12000, '2025-07-15', 'Mitgliedsbeitrag 2025/26')
  await pay(db, anna, 12000, '2025-08-01')
  await charge(db, anna, 12000, '2026-07-15')
  await pay(db, anna, 3000, '2026-08-03')
  const returned = await pay(db, anna, 3000, '2026-09-01')
  await inTrx(db, (trx) =>
    reversePayment(trx, { paymentId: returned, date: '2026-09-08', reason: 'AC04' }, fixedClock),
  )
  const dinner = await charge(db, anna, 4550, '2026-10-01', 'Weihnachtsessen')
  await inTrx(db, (trx) =>
    addCredit(
      trx,
      {
        reason: 'reduction',
        memberId: anna,
        amountCents: 1000,
        bookedOn: '2026-10-05',
        note: 'Nachlass Essen',
        chargeId: dinner,
      },
      fixedClock,
    ),
  )
  return { db, anna }
}

describe('the dues statement', () => {
  it('carries the balance in, sums the range and closes with what is open', async () => {
    const { db, anna } = await annasYear()
    const lines = statementLines(await ledgerOf(db, anna), '2026-07-01', '2027-06-30')
    expect(lines.opening).toBe(0)
    expect(lines.charged).toBe(12000 + 3000 + 4550)
    expect(lines.paid).toBe(3000 + 3000 + 1000)
    expect(lines.closing).toBe(lines.opening + lines.charged - lines.paid)
    expect(lines.closing).toBe(9000 + 3550)
    // From October on the July charge is before the range: its balance is carried in.
    expect(statementLines(await ledgerOf(db, anna), '2026-10-01', '2026-12-31').opening).toBe(9000)

    const made = await makeStatement(db, anna, { from: '2026-07-01', to: '2027-06-30' }, fixedClock)
    const path = savePdf(made.bytes, join('test-results', 'letters'), 'kontoauszug', [1], 'letters')
    const text = pdfPages(path, true).join('\n')
    expect(made.pages).toBe(1)
    expect(text).toContain('Kontoauszug Ihres Beitragskontos vom 01.07.2026 bis 30.06.2027')
    expect(text).toMatch(/Saldo am 01\.07\.2026\s+0,00 €/)
    expect(text).toMatch(/Rückbuchung: AC04\s+30,00 €\s+90,00 €/)
    expect(text).toMatch(/Summen\s+195,50 €\s+70,00 €/)
    // The club year runs on: the statement closes today, in the present tense.
    expect(text).toMatch(/Saldo am 21\.11\.2026\s+125,50 €/)
    expect(text).toContain('Derzeit ist ein Betrag von 125,50 € offen.')
    expect(text).toMatch(/Offene Posten am 21\.11\.2026/)
    expect(text).toMatch(/Weihnachtsessen\s+01\.10\.2026\s+35,50 €/)
    expect(text).not.toContain('Mitgliedsbeitrag 2025/26')
  })

  it('refuses a range that runs backwards', async () => {
    const { db, anna } = await annasYear()
    const error = await refusal(
      makeStatement(db, anna, { from: '2027-01-01', to: '2026-01-01' }, fixedClock),
    )
    expect(error.toData()).toEqual({
      code: 'input.invalid',
      params: { field: 'range.to', reason: 'outOfRange' },
    })
  })
})
