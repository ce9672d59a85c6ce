import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { maxCents } from '../../src/api/money.ts'
import { formatAmount, formatMoney, parseMoney } from '../../src/ui/money.ts'

// Intl separates the amount and the sign with a no-break space.
const plain = (text: string) => text.replace(/\u00a0/g, ' ')

describe('money in the renderer', () => {
  it('shows cents as euros the way each language writes them', () => {
    expect(plain(formatMoney(12050, 'de'))).toBe('120,50 €')
    expect(plain(formatMoney(123456789, 'de'))).toBe('1.234.567,89 €')
    expect(formatMoney(12050, 'en')).toBe('€120.50')
    expect(formatMoney(123456789, 'en')).toBe('€1,234,567.89')
    expect(plain(formatMoney(0, 'de'))).toBe('0,00 €')
    expect(plain(formatMoney(-2000, 'de'))).toBe('-20,00 €')
    expect(formatAmount(12050, 'de')).toBe('120,50')
    expect(formatAmount(5, 'en')).toBe('0.05')
    expect(formatAmount(100000, 'de')).toBe('1000,00')
  })

  it('reads German amounts, with or without thousands and cents', () => {
    expect(parseMoney('120,50', 'de')).toBe(12050)
    expect(parseMoney('120', 'de')).toBe(12000)
    expect(parseMoney('120,5', 'de')).toBe(12050)
    expect(parseMoney(' 1.200,50 € ', 'de')).toBe(120050)
    expect(parseMoney('1.200', 'de')).toBe(120000)
    expect(parseMoney('0,01', 'de')).toBe(1)
    // Pasted with a point before the cents: still the amount meant.
    expect(parseMoney('120.50', 'de')).toBe(12050)
  })

  it('reads English amounts', () => {
    expect(parseMoney('120.50', 'en')).toBe(12050)
    expect(parseMoney('€1,200.50', 'en')).toBe(120050)
    expect(parseMoney('1,200', 'en')).toBe(120000)
    expect(parseMoney('120,50', 'en')).toBe(12050)
    expect(parseMoney('99 EUR', 'en')).toBe(9900)
  })

  it('refuses what is not an amount in cents', () => {
    for (const text of ['', ' ', 'abc', '12a', '-5', '1,2,3', '120,505', '1.20.0', '1.2345,00'])
      expect(parseMoney(text, 'de'), text).toBeNull()
    expect(parseMoney('10000000,01', 'de')).toBeNull()
    expect(parseMoney('10000000', 'de')).toBe(maxCents)
  })

  it('reads back every amount it shows, to the cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: maxCents }),
        fc.constantFrom('de' as const, 'en' as const),
        (cents, locale) => {
          expect(parseMoney(formatAmount(cents, locale), locale)).toBe(cents)
          expect(parseMoney(formatMoney(cents, locale), locale)).toBe(cents)
        },
      ),
    )
  })
})
