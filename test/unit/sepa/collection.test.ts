import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectionPreview } from '../../../src/core/sepa/collection.ts'
import { exportCollection } from '../../../src/core/sepa/collectionExport.ts'
import { listCollections, recordReturn } from '../../../src/core/sepa/collections.ts'
import { openChargesOf } from '../../../src/core/dues/openCharges.ts'
import { memberAccount } from '../../../src/core/dues/account.ts'
import { recordPayment } from '../../../src/core/dues/payments.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { refusal } from '../../support/refusal.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'
import { addDuesMember, inTrx } from '../../support/duesClub.ts'
import { addMandate, charge, makeSepaClub, setCreditor, validate } from './sepaClub.ts'

const openClub = useOpenClub()
const tempDir = useTempDir()
const date = '2026-12-01'

describe('collection preview', () => {
  it('lists every collectable charge and every member it cannot debit, with why', async () => {
    const { db } = await openClub()
    const club = await makeSepaClub(db)
    const preview = await collectionPreview(db, { collectionDate: date }, fixedClock)
    expect(preview.earliestDate).toBe('2026-11-24')
    expect(preview.lines.map((l) => [l.memberId, l.sequenceType, l.firstDebit])).toEqual([
      [club.anna, 'RCUR', false],
      [club.anna, 'RCUR', false],
      [club.juergen, 'RCUR', true],
      [club.lukasz, 'OOFF', true],
      [club.firma, 'RCUR', true],
    ])
    expect(preview.totalCents).toBe(4 * 12000 + 3550)
    expect(Object.fromEntries(preview.problems.map((p) => [p.memberId, p.problem]))).toEqual({
      [club.dora]: 'noMandate',
      [club.erik]: 'mandateRevoked',
      [club.frieda]: 'mandateLapsed',
      [club.gustav]: 'invalidIban',
    })
    expect(preview.problems.every((p) => p.amountCents === 12000 && p.chargeNumber !== '')).toBe(
      true,
    )
  })

  it('takes only the charges due by the collection date, or the ones chosen', async () => {
    const { db } = await openClub()
    const club = await makeSepaClub(db)
    const early = await collectionPreview(db, { collectionDate: '2026-11-24' }, fixedClock)
    expect(early.lines.filter((l) => l.memberId === club.anna)).toHaveLength(2)
    await charge(db, club.anna, 999, { dueDate: '2027-01-15' })
    const later = await collectionPreview(db, { collectionDate: date }, fixedClock)
    expect(later.lines.filter((l) => l.memberId === club.anna)).toHaveLength(2)
    const [first] = later.lines
    const chosen = await collectionPreview(
      db,
      { collectionDate: date, chargeIds: [first?.chargeId ?? 0, 999_999] },
      fixedClock,
    )
    expect(chosen.lines.map((l) => l.chargeId)).toEqual([first?.chargeId])
    expect(chosen.problems).toEqual([])
  })

  it('refuses a date before the bank would accept it', async () => {
    const { db } = await openClub()
    await makeSepaClub(db)
    const error = await refusal(collectionPreview(db, { collectionDate: '2026-11-23' }, fixedClock))
    expect(error.code).toBe('sepa.collectionDate')
    // Said in the club's language; the day itself travels along for the renderer to move to.
    expect(error.params).toEqual({
      date: '23.11.2026',
      earliest: '24.11.2026',
      earliestIso: '2026-11-24',
    })
    await db.updateTable('club').set({ locale: 'en' }).execute()
    const english = await refusal(
      collectionPreview(db, { collectionDate: '2026-11-23' }, fixedClock),
    )
    expect(english.params['earliest']).toBe('24 Nov 2026')
  })

  it('names the creditor settings that are missing', async () => {
    const { db } = await openClub()
    const error = await refusal(collectionPreview(db, { collectionDate: date }, fixedClock))
    expect(error.code).toBe('sepa.creditorMissing')
    expect(error.params['fields']).toBe('Gläubiger-Identifikationsnummer, IBAN des Clubkontos')
  })

  it('wants the BIC of a club account outside the EEA, kept from before that was checked', async () => {
    const { db } = await openClub()
    await setCreditor(db)
    await db.updateTable('club').set({ iban: 'CH9300762011623852957', bic: '' }).execute()
    const error = await refusal(collectionPreview(db, { collectionDate: date }, fixedClock))
    expect([error.code, error.params]).toEqual([
      'sepa.creditorMissing',
      { fields: 'BIC des Clubkontos' },
    ])
  })

  it('leaves out a mandate outside the EEA that has no BIC, with why', async () => {
    const { db } = await openClub()
    await setCreditor(db)
    const member = await addDuesMember(db, { firstName: 'Urs', lastName: 'Schweizer' })
    await addMandate(db, member, { iban: 'CH9300762011623852957', bic: 'UBSWCHZH80A' })
    await db.updateTable('mandate').set({ bic: '' }).where('member_id', '=', member).execute()
    await charge(db, member)
    const preview = await collectionPreview(db, { collectionDate: date }, fixedClock)
    expect(preview.lines).toEqual([])
    expect(preview.problems.map((p) => p.problem)).toEqual(['bicMissing'])
  })

  it('says so when there is nothing to collect', async () => {
    const { db } = await openClub()
    await setCreditor(db)
    const error = await refusal(collectionPreview(db, { collectionDate: date }, fixedClock))
    expect([error.code, error.params]).toEqual(['sepa.nothingToCollect', { date: '01.12.2026' }])
  })

  it('prefers the newest active mandate and spends a one-off mandate on one charge', async () => {
    const { db } = await openClub()
    await setCreditor(db)
    const member = await addDuesMember(db, { firstName: 'Ole', lastName: 'Einmal' })
    await addMandate(db, member, { signedOn: '2024-01-01', status: 'revoked' })
    await addMandate(db, member, { signedOn: '2025-06-01', type: 'OOFF' })
    await charge(db, member)
    await charge(db, member, 500)
    const preview = await collectionPreview(db, { collectionDate: date }, fixedClock)
    expect(preview.lines).toHaveLength(1)
    expect(preview.lines[0]?.mandateReference).toMatch(/^M-\d+-2$/)
    expect(preview.problems.map((p) => p.problem)).toEqual(['mandateUsed'])
  })
})

describe('collection export', () => {
  it('writes a valid file, books the debits and leaves the problems open', async () => {
    const { db } = await openClub()
    const club = await makeSepaClub(db)
    const path = join(tempDir(), 'lastschrift.xml')
    const { collection, preview } = await exportCollection(
      db,
      { collectionDate: date },
      path,
      fixedClock,
    )
    validate(path)
    const kept = await db.selectFrom('collection').select('xml').executeTakeFirstOrThrow()
    expect(kept.xml).toBe(readFileSync(path, 'utf8'))
    expect(collection).toMatchObject({
      messageId: 'KREIS-20261121-100000-1',
      collectionDate: date,
      fileName: 'lastschrift.xml',
      itemCount: 5,
      totalCents: 51550,
      returned: 0,
    })
    expect(preview.lines).toHaveLength(5)
    const open = await openChargesOf(db, {})
    expect(new Set(open.map((c) => c.memberId))).toEqual(
      new Set([club.dora, club.erik, club.frieda, club.gustav]),
    )
    const account = await memberAccount(db, club.anna)
    expect(account.balanceCents).toBe(0)
    const payments = account.entries.filter((e) => e.kind === 'payment')
    expect(payments.map((p) => [p.method, p.reference, p.date, -p.amountCents])).toEqual([
      ['direct_debit', expect.stringMatching(/^2026-\d{6}-1$/), date, 12000],
      ['direct_debit', expect.stringMatching(/^2026-\d{6}-1$/), date, 3550],
    ])
    const mandates = await db.selectFrom('mandate').select(['member_id', 'last_used_on']).execute()
    const used = mandates.filter((m) => m.last_used_on === date).map((m) => m.member_id)
    expect(new Set(used)).toEqual(new Set([club.anna, club.juergen, club.lukasz, club.firma]))
  })

  it('does not collect a charge twice, and a one-off mandate is spent', async () => {
    const { db } = await openClub()
    const club = await makeSepaClub(db)
    await exportCollection(db, { collectionDate: date }, join(tempDir(), 'a.xml'), fixedClock)
    await charge(db, club.lukasz, 2500)
    await charge(db, club.juergen, 2500)
    const path = join(tempDir(), 'b.xml')
    const { collection, preview } = await exportCollection(
      db,
      { collectionDate: date },
      path,
      fixedClock,
    )
    validate(path)
    expect(preview.lines.map((l) => [l.memberId, l.amountCents, l.firstDebit])).toEqual([
      [club.juergen, 2500, false],
    ])
    expect(preview.problems.filter((p) => p.memberId === club.lukasz)).toMatchObject([
      { problem: 'mandateUsed', amountCents: 2500 },
    ])
    expect(collection.messageId).toBe('KREIS-20261121-100000-2')
    expect(await listCollections(db)).toMatchObject([
      { id: collection.id, itemCount: 1 },
      { itemCount: 5 },
    ])
  })

  it('collects only what is still open on a partly paid charge', async () => {
    const { db } = await openClub()
    await setCreditor(db)
    const member = await addDuesMember(db, { firstName: 'Paul', lastName: 'Teil' })
    await addMandate(db, member)
    const chargeId = await charge(db, member)
    await inTrx(db, (trx) =>
      recordPayment(
        trx,
        {
          memberId: member,
          amountCents: 2000,
          paidOn: '2026-10-05',
          method: 'transfer',
          reference: '',
          chargeId,
        },
        fixedClock,
      ),
    )
    const path = join(tempDir(), 'teil.xml')
    const { preview } = await exportCollection(db, { collectionDate: date }, path, fixedClock)
    expect(preview.totalCents).toBe(10000)
    expect(readFileSync(path, 'utf8')).toContain('<InstdAmt Ccy="EUR">100.00</InstdAmt>')
    expect((await memberAccount(db, member)).balanceCents).toBe(0)
  })

  it('marks nothing when the file cannot be written', async () => {
    const { db } = await openClub()
    await makeSepaClub(db)
    const path = join(tempDir(), 'no-such-folder', 'lastschrift.xml')
    const error = await refusal(exportCollection(db, { collectionDate: date }, path, fixedClock))
    expect(error.code).toBe('file.notFound')
    expect(error.params['path']).toBe(path)
    expect(existsSync(path)).toBe(false)
    expect(await db.selectFrom('payment').selectAll().execute()).toEqual([])
    expect(await db.selectFrom('collection').selectAll().execute()).toEqual([])
    const mandates = await db.selectFrom('mandate').select('last_used_on').execute()
    expect(mandates.filter((m) => m.last_used_on === date)).toEqual([])
  })

  it('refuses an export where nobody can be debited, and writes no file', async () => {
    const { db } = await openClub()
    await setCreditor(db)
    const member = await addDuesMember(db, { firstName: 'Nora', lastName: 'Ohne' })
    await charge(db, member)
    const path = join(tempDir(), 'leer.xml')
    const error = await refusal(exportCollection(db, { collectionDate: date }, path, fixedClock))
    expect([error.code, error.params]).toEqual(['sepa.nothingToCollect', { date: '01.12.2026' }])
    expect(existsSync(path)).toBe(false)
  })
})

describe('returns', () => {
  it('reverses the debit with the reason code and reopens the charge', async () => {
    const { db } = await openClub()
    const club = await makeSepaClub(db)
    const path = join(tempDir(), 'lastschrift.xml')
    const { preview } = await exportCollection(db, { collectionDate: date }, path, fixedClock)
    const line = preview.lines.find((l) => l.memberId === club.juergen)
    const chargeId = line?.chargeId ?? 0
    const account = await recordReturn(
      db,
      { chargeId, date: '2026-12-08', reason: 'AC04' },
      fixedClock,
    )
    expect(account.balanceCents).toBe(12000)
    expect(account.openCharges.map((c) => c.id)).toEqual([chargeId])
    expect(account.entries.at(-1)).toMatchObject({
      kind: 'reversal',
      date: '2026-12-08',
      description: 'AC04',
      amountCents: 12000,
    })
    const item = await db
      .selectFrom('collection_item')
      .selectAll()
      .where('charge_id', '=', chargeId)
      .executeTakeFirstOrThrow()
    expect([item.returned_on, item.return_reason]).toEqual(['2026-12-08', 'AC04'])
    expect((await listCollections(db))[0]?.returned).toBe(1)

    const again = await refusal(
      recordReturn(db, { chargeId, date: '2026-12-09', reason: 'AC04' }, fixedClock),
    )
    expect(again.code).toBe('sepa.notCollected')

    const next = join(tempDir(), 'erneut.xml')
    const retry = await exportCollection(db, { collectionDate: '2026-12-15' }, next, fixedClock)
    validate(next)
    expect(retry.preview.lines.map((l) => l.chargeId)).toEqual([chargeId])
    expect(readFileSync(next, 'utf8')).toContain(`<EndToEndId>${line?.chargeNumber}-2</EndToEndId>`)
  })

  it('refuses a return for a charge that was never collected', async () => {
    const { db } = await openClub()
    const club = await makeSepaClub(db)
    const [open] = await openChargesOf(db, { memberIds: [club.dora] })
    const error = await refusal(
      recordReturn(db, { chargeId: open?.id ?? 0, date: '2026-12-08', reason: 'MD01' }, fixedClock),
    )
    expect(error.code).toBe('sepa.notCollected')
    expect(error.params['number']).toBe(open?.number)
  })
})
