import { describe, expect, it } from 'vitest'
import { openClubFile } from '../../../src/core/db/openClubFile.ts'
import { runCli } from '../../support/cli.ts'
import { makeClub } from '../../support/clubFiles.ts'
import { makeDuesClub } from '../../support/duesClub.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'

const tempDir = useTempDir()

/** The CLI's output with the no-break space amounts are written with as a plain one. */
async function run(args: readonly string[], env?: Record<string, string>) {
  const result = await runCli(args, env)
  const plain = (text: string) => text.replace(/\u00a0/g, ' ')
  return { ...result, out: plain(result.out), err: plain(result.err) }
}

/** A club file with the dues club's types and members; returns its path and member numbers. */
async function duesClubFile(): Promise<{ path: string; numbers: Record<string, string> }> {
  const path = await makeClub(tempDir())
  const file = await openClubFile(path, { clock: fixedClock })
  try {
    const { members } = await makeDuesClub(file.db)
    const rows = await file.db.selectFrom('member').select(['id', 'member_number']).execute()
    const numberOf = new Map(rows.map((r) => [r.id, r.member_number]))
    const numbers = Object.fromEntries(
      Object.entries(members).map(([name, id]) => [name, numberOf.get(id) ?? '']),
    )
    return { path, numbers }
  } finally {
    await file.db.destroy()
  }
}

describe('kreis dues', () => {
  it('lists membership types with their fees', async () => {
    const { path } = await duesClubFile()
    const text = await run(['dues', 'types', path])
    expect(text.code).toBe(0)
    expect(text.out).toMatch(
      /Aktiv\s+2\s+120,00\s€\s+jährlich\s+nach Monaten\s+50,00\s€\s+01\.01\.2020/,
    )
    expect(text.out).toContain('beitragsfrei')
    const json = await run(['dues', 'types', path, '--json'])
    const types = JSON.parse(json.out) as { name: string; current: { amountCents: number } }[]
    expect(types.map((t) => [t.name, t.current.amountCents])).toEqual([
      ['Aktiv', 12000],
      ['Ehrenmitglied', 0],
      ['Junges Mitglied', 6000],
      ['Firmenmitglied', 3000],
    ])
  })

  it('previews a dry run, then bills, then bills nobody twice', async () => {
    const { path } = await duesClubFile()
    const dry = await run(['dues', 'bill', path, '--period', '2026/27', '--dry-run'])
    expect(dry.err).toBe('')
    expect(dry.code).toBe(0)
    expect(dry.out).toContain('10 von 12 Monaten von 120,00 € (05.09.2026–30.06.2027)')
    expect(dry.out).toContain('8 Forderungen über zusammen 450,00 € für 2026/27')
    expect(dry.out).toMatch(/Emil Ärmel\s+keine Mitgliedsart/)
    expect(dry.out).toContain('Probelauf: es wurde nichts gebucht.')

    const billed = await run(['dues', 'bill', path, '--period', '2026/27', '--json'])
    expect(billed.code).toBe(0)
    const result = JSON.parse(billed.out) as { run: { chargeCount: number; totalCents: number } }
    expect(result.run).toMatchObject({ chargeCount: 8, totalCents: 45000 })

    const again = await run(['dues', 'bill', path, '--period', '2026/27'], { LANG: 'en_GB.UTF-8' })
    expect(again.code).toBe(1)
    expect(again.out).toMatch(/Anna Müller\s+already billed/)
    expect(again.err).toBe('Nobody is to be billed for 2026/27; nothing was booked.')
  })

  it('refuses a missing or wrong period', async () => {
    const { path } = await duesClubFile()
    const missing = await run(['dues', 'bill', path])
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('--period')
    const wrong = await run(['dues', 'bill', path, '--period', '2026'])
    expect(wrong.code).toBe(2)
    expect(wrong.out).toBe('')
    expect(wrong.err).toContain('„--period“: „2026“ ist kein Abrechnungszeitraum')
    const month = await run(['dues', 'bill', path, '--period', '2026-13', '--json'])
    expect(month.code).toBe(2)
    expect(JSON.parse(month.err)).toEqual({
      error: { code: 'input.invalid', params: { field: 'period', reason: 'format' } },
    })
    const english = await run(['dues', 'bill', path, '--period', '2026-13'], {
      LANG: 'en_GB.UTF-8',
    })
    expect(english.code).toBe(2)
    expect(english.err).toContain('“--period”: “2026-13” is not a billing period')
  })

  it('books a payment against the oldest charge and shows the account', async () => {
    const { path, numbers } = await duesClubFile()
    await run(['dues', 'bill', path, '--period', '2026/27'])
    const zeta = numbers['zeta'] ?? ''
    const paid = await run(['dues', 'pay', path, zeta, '45,50', '--date', '2026-11-20'])
    expect(paid.err).toBe('')
    expect(paid.code).toBe(0)
    expect(paid.out).toContain(`Zahlung über 45,50 € gebucht für Firma Zeta GmbH (${zeta}).`)
    expect(paid.out).toContain('Saldo: 74,50 €')
    expect(paid.out).toMatch(/Mitgliedsbeitrag 01\.10\.2026–31\.12\.2026\s+15\.10\.2026\s+14,50 €/)

    const json = await run(['dues', 'pay', path, zeta, '100.00', '--method', 'cash', '--json'])
    const account = JSON.parse(json.out) as { balanceCents: number; creditCents: number }
    expect(account).toMatchObject({ balanceCents: -2550, creditCents: 2550 })

    const owed = await run(['dues', 'outstanding', path])
    expect(owed.code).toBe(0)
    expect(owed.out).not.toContain('Firma Zeta')
    expect(owed.out).toMatch(/Anna Müller\s+120,00 €\s+1\s+15\.07\.2026\s+129\s+0\s+nein/)
    expect(owed.out).toContain('3 Mitglieder mit offenen Posten, zusammen 330,00 €.')
    const rows = JSON.parse((await run(['dues', 'outstanding', path, '--json'])).out) as unknown[]
    expect(rows).toHaveLength(3)
  })

  it('refuses a bad amount, date, method or member by name', async () => {
    const { path, numbers } = await duesClubFile()
    const anna = numbers['anna'] ?? ''
    const amount = await run(['dues', 'pay', path, anna, '12,345'])
    expect(amount).toMatchObject({ code: 2 })
    expect(amount.err).toContain('„12,345“ ist kein Betrag')
    const zero = await run(['dues', 'pay', path, anna, '0', '--json'])
    expect(zero.code).toBe(2)
    expect(JSON.parse(zero.err)).toEqual({
      error: { code: 'input.invalid', params: { field: 'amountCents', reason: 'format' } },
    })
    const date = await run(['dues', 'pay', path, anna, '10', '--date', '2026-02-30'])
    expect(date).toMatchObject({ code: 2 })
    expect(date.err).toContain('„--date“: „2026-02-30“ ist kein gültiges Datum')
    const method = await run(['dues', 'pay', path, anna, '10', '--method', 'bitcoin'], {
      LANG: 'en_US.UTF-8',
    })
    expect(method.code).toBe(2)
    expect(method.err).toBe(
      '“--method”: “bitcoin” is not allowed. Choose from: transfer, cash, direct_debit.',
    )
    const missing = await run(['dues', 'pay', path, anna, '--json'])
    expect(missing.code).toBe(2)
    expect(JSON.parse(missing.err)).toEqual({
      error: { code: 'input.invalid', params: { field: 'amountCents', reason: 'required' } },
    })
    const dateJson = await run(['dues', 'pay', path, anna, '10', '--date', 'gestern', '--json'])
    expect(JSON.parse(dateJson.err)).toEqual({
      error: { code: 'input.invalid', params: { field: 'paidOn', reason: 'date' } },
    })
    const methodJson = await run(['dues', 'pay', path, anna, '10', '--method', 'x', '--json'])
    expect(JSON.parse(methodJson.err)).toEqual({
      error: { code: 'input.invalid', params: { field: 'method', reason: 'notAllowed' } },
    })
    const nobody = await run(['dues', 'pay', path, 'X-999', '10'])
    expect(nobody.code).toBe(1)
    expect(nobody.err).toBe('Dieses Mitglied gibt es nicht (mehr).')
  })
})
